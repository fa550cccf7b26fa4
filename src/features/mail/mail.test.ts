import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { settleJobs, useTestContext } from '../../../test/support/build-test-app';
import { createTestAccount } from '../../../test/support/factories';
import { TestClient } from '../../../test/support/http-client';
import { testDatabaseKinds } from '../../../test/support/test-database';
import type { Deps } from '../../deps';
import { commandLineActor } from '../../policy/actor';
import * as mail from './mail.service';

function emlFiles(deps: Deps): string[] {
  const dir = deps.config.mail.outboxDir;
  return existsSync(dir) ? readdirSync(dir).map((file) => readFileSync(join(dir, file), 'utf8')) : [];
}

async function statusOf(deps: Deps, id: number) {
  return deps.db.selectFrom('outgoing_mail').select(['status', 'attempts', 'last_error']).where('id', '=', id).executeTakeFirstOrThrow();
}

/** The same platform, with a mail server that refuses every connection. */
function withDeadMailServer(deps: Deps): Deps {
  return { ...deps, config: { ...deps.config, mail: { ...deps.config.mail, smtpUrl: 'smtp://127.0.0.1:1' } } };
}

for (const kind of testDatabaseKinds()) {
  describe(`the mail outbox [${kind}]`, () => {
    const ctx = useTestContext(kind);

    it('delivers a queued mail through its job, once', async () => {
      const id = await mail.queueMail(ctx().deps, { to: 'reader@example.org', subject: 'Outbox delivery', text: 'Delivered by the job.' });
      await settleJobs(ctx().deps);
      expect((await statusOf(ctx().deps, id)).status).toBe('sent');
      const delivered = emlFiles(ctx().deps).filter((text) => text.includes('Subject: Outbox delivery'));
      expect(delivered).toHaveLength(1);
      expect(delivered[0]).toContain('To: reader@example.org');
      expect(delivered[0]).toContain('Delivered by the job.');
    });

    it('sends a mail once when two senders reach for it at the same moment', async () => {
      const id = await ctx()
        .deps.db.transaction()
        .execute(async (trx) => {
          // Queued inside a transaction that has not committed yet: the job cannot take it before the race.
          return mail.queueMail(ctx().deps, { to: 'race@example.org', subject: 'Only once', text: 'Once.' }, trx);
        });
      await Promise.all([mail.deliverMail(ctx().deps, id, false), mail.deliverMail(ctx().deps, id, false), mail.deliverWaitingMail(ctx().deps)]);
      await settleJobs(ctx().deps);
      expect((await statusOf(ctx().deps, id)).status).toBe('sent');
      expect(emlFiles(ctx().deps).filter((text) => text.includes('Subject: Only once'))).toHaveLength(1);
    });

    it('queues nothing when the transaction that asked for the mail fails', async () => {
      const failed = ctx()
        .deps.db.transaction()
        .execute(async (trx) => {
          await mail.queueMail(ctx().deps, { to: 'never@example.org', subject: 'Never sent', text: 'x' }, trx);
          throw new Error('the change was refused');
        });
      await expect(failed).rejects.toThrow('refused');
      const rows = await ctx().deps.db.selectFrom('outgoing_mail').select('id').where('recipient', '=', 'never@example.org').execute();
      expect(rows).toEqual([]);
      const jobs = await sql<{ count: number }>`select count(*)::int as count from pgboss.job where name = 'mail.deliver' and data->>'subject' = 'Never sent'`.execute(ctx().deps.db);
      expect(jobs.rows[0]?.count).toBe(0);
    });

    it('keeps a mail the server refuses, tries again, marks it failed after the last attempt, and lets an admin send it again', async () => {
      const dead = withDeadMailServer(ctx().deps);
      // The outbox row without its job: the queue's worker would otherwise deliver it first, through the working transport.
      const id = await ctx()
        .deps.db.transaction()
        .execute(async (trx) => {
          const queued = await mail.queueMail(dead, { to: 'bounce@example.org', subject: 'Refused', text: 'x' }, trx);
          const job = await sql`delete from pgboss.job where name = 'mail.deliver' and data->>'id' = ${String(queued)}`.execute(trx);
          expect(Number(job.numAffectedRows)).toBe(1);
          return queued;
        });
      await expect(mail.deliverMail(dead, id, false)).rejects.toThrow();
      expect(await statusOf(ctx().deps, id)).toMatchObject({ status: 'queued', attempts: 1, last_error: expect.stringMatching(/ECONNREFUSED|connect/) });
      await expect(mail.deliverMail(dead, id, true)).rejects.toThrow();
      expect(await statusOf(ctx().deps, id)).toMatchObject({ status: 'failed', attempts: 2 });

      const admin = await createTestAccount(ctx().deps, { roles: ['admin'] });
      const client = new TestClient(ctx().app);
      await client.signIn(admin.email, admin.password);
      const page = await client.get('/admin/jobs');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('bounce@example.org');
      expect(page.body).toMatch(/ECONNREFUSED|connect/);
      expect((await client.post(`/admin/jobs/mail/${id}/retry`)).statusCode).toBe(303);
      await settleJobs(ctx().deps);
      expect((await statusOf(ctx().deps, id)).status).toBe('sent');
      const audit = await ctx().deps.db.selectFrom('audit_log').select(['action', 'actor_label']).where('table_name', '=', 'outgoing_mail').execute();
      expect(audit).toEqual([{ action: 'retry', actor_label: expect.stringContaining(admin.email) }]);
    });

    it('lets only administrators see the outbox and send a mail again', async () => {
      const member = await createTestAccount(ctx().deps, { roles: ['focal_point'], entity: 'UNODC' });
      const client = new TestClient(ctx().app);
      await client.signIn(member.email, member.password);
      expect((await client.get('/admin/jobs')).statusCode).toBe(403);
      await expect(mail.retryMail(ctx().deps, commandLineActor(), 999_999)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });
}
