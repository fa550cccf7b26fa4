import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { createTestAccount } from '../../../test/support/factories';
import { icat, madeUpGroup, useGroup } from '../../../test/support/group-words';
import { outbox } from '../../../test/support/mail';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { commandLineActor, type Actor } from '../../policy/actor';
import * as plans from './plan.service';
import * as progress from './progress.service';
import * as updates from './updates.service';

function recipients(mails: string[]): string[] {
  return mails.map((mail) => /^To: (.+)$/m.exec(mail)?.[1]?.trim() ?? '').sort();
}

const cli = commandLineActor('reminder test');

for (const kind of testDatabaseKinds()) {
  describe(`deadline reminders [${kind}]`, () => {
    const ctx = useTestContext(kind); // 2022-11-20: the sample 2022 period's deadline (25 November) is 5 days away

    it('mails the focal points of organizations that have not handed in, once per period', async () => {
      const icmpd = await createTestAccount(ctx().deps, { roles: ['focal_point'], entity: 'ICMPD', email: 'fp@icmpd.example.org' });
      await createTestAccount(ctx().deps, { roles: ['member'], entity: 'ICMPD', email: 'member@icmpd.example.org' });
      const ohchr = await createTestAccount(ctx().deps, { roles: ['focal_point'], entity: 'OHCHR', email: 'fp@ohchr.example.org' });
      // OHCHR hands in both activities the plan names it on: it is complete and gets no reminder.
      const plan = await plans.findPlanForYear(ctx().deps, 2022);
      const ohchrActor: Actor = {
        ...cli,
        accountId: ohchr.id,
        roles: ['focal_point'],
        entityId: (await ctx().database.db.selectFrom('entities').select('id').where('acronym', '=', 'OHCHR').executeTakeFirstOrThrow()).id,
      };
      for (const code of ['1.1.2', '7.1.1']) {
        const item = plan?.items.find((candidate) => candidate.code === code);
        await updates.createUpdate(ctx().deps, ohchrActor, { period: '1', item: String(item?.id), status: 'on_track', narrative: 'Done.', intent: 'submit' });
      }
      const status = await progress.completeness(ctx().deps, 1);
      expect(status.entities.find((entry) => entry.entity.acronym === 'OHCHR')?.complete).toBe(true);
      expect(status.pending.map((entity) => entity.acronym)).toContain('ICMPD');

      const first = await progress.sendReminders(ctx().deps, cli);
      expect(first.periods.map((period) => period.label)).toEqual(['2022']);
      expect(first.sent.map((sent) => sent.email)).toEqual([icmpd.email]);
      const mails = await outbox(ctx().deps);
      expect(recipients(mails)).toEqual([icmpd.email]);
      expect(mails[0]).toContain('Subject: Reminder: ICAT progress report 2022 due on 2022-11-25');
      expect(mails[0]).toContain('/progress/report');

      const second = await progress.sendReminders(ctx().deps, cli);
      expect(second.sent).toEqual([]);
      expect(second.alreadySent).toBe(1);
      expect(await outbox(ctx().deps)).toHaveLength(1);

      // A focal point who joins later still gets their one reminder.
      // Written in French, which they chose, naming the group whose platform it is.
      const late = await createTestAccount(ctx().deps, { roles: ['focal_point'], entity: 'UNODC', email: 'fp@unodc.example.org' });
      await ctx().database.db.updateTable('accounts').set({ locale: 'fr' }).where('id', '=', late.id).execute();
      useGroup(madeUpGroup);
      const third = await progress.sendReminders(ctx().deps, cli).finally(() => useGroup(icat));
      expect(third.sent.map((sent) => sent.email)).toEqual([late.email]);
      expect(await outbox(ctx().deps)).toHaveLength(2);
      const french = (await outbox(ctx().deps))[1] as string;
      expect(french).toContain('Rappel : rapport d’activité RWCN pour la période 2022, à remettre le 2022-11-25');
      expect(french).toContain('Les rapports d’activité de l’organisation UNODC pour la période 2022');
      expect(french).not.toContain('ICAT');
      const audit = await ctx().database.db.selectFrom('audit_log').select('action').where('table_name', '=', 'progress_reminders').execute();
      expect(audit).toHaveLength(2);
    });

    it('only the secretariat (or the command line) sends them', async () => {
      await expect(progress.sendReminders(ctx().deps, null)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
      await expect(progress.sendReminders(ctx().deps, { ...cli, accountId: 99, roles: ['cochair'], cochairYears: [2022] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });
  });

  describe(`no reminder before the last 7 days [${kind}]`, () => {
    const ctx = useTestContext(kind, { now: '2022-11-10T10:00:00Z' });

    it('sends nothing 15 days before the deadline', async () => {
      await createTestAccount(ctx().deps, { roles: ['focal_point'], entity: 'ICMPD' });
      const result = await progress.sendReminders(ctx().deps, cli);
      expect(result.periods).toEqual([]);
      expect(await outbox(ctx().deps)).toEqual([]);
    });
  });
}
