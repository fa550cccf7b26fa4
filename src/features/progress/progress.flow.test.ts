import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { createTestAccount, type TestAccount } from '../../../test/support/factories';
import { TestClient } from '../../../test/support/http-client';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { isAppError } from '../../lib/errors';
import { commandLineActor } from '../../policy/actor';
import * as plans from './plan.service';
import * as progress from './progress.service';
import * as updates from './updates.service';

const periodId = 1; // the sample 2022 period, open on the test day (2022-11-20)

for (const kind of testDatabaseKinds()) {
  describe(`progress reporting flow [${kind}]`, () => {
    const ctx = useTestContext(kind);
    const clients = new Map<string, TestClient>();

    async function as(name: string, options: Parameters<typeof createTestAccount>[1]): Promise<TestClient> {
      const existing = clients.get(name);
      if (existing) return existing;
      const account: TestAccount = await createTestAccount(ctx().deps, options);
      const client = new TestClient(ctx().app);
      await client.signIn(account.email, account.password);
      clients.set(name, client);
      return client;
    }
    const unhcr = () => as('unhcr', { roles: ['focal_point'], entity: 'UNHCR' });
    const osce = () => as('osce', { roles: ['focal_point'], entity: 'OSCE' });
    const unodcChair = () => as('unodc-chair', { roles: ['cochair', 'focal_point'], entity: 'UNODC' });
    const iomChair = () => as('iom-chair', { roles: ['cochair', 'focal_point'], entity: 'IOM' });
    const admin = () => as('admin', { roles: ['admin'], entity: 'UNODC' });

    async function activity(code: string) {
      const plan = await plans.findPlanForYear(ctx().deps, 2022);
      const item = plan?.items.find((candidate) => candidate.code === code);
      if (!item) throw new Error(`no item ${code}`);
      return item;
    }
    async function row(id: number) {
      return ctx().database.db.selectFrom('progress_updates').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    }
    const idFrom = (location: unknown) => Number(/\/progress\/updates\/(\d+)/.exec(String(location))?.[1]);

    it('rejects invalid indicator values field by field and writes nothing', async () => {
      const item = await activity('6.1.1');
      const [number, percentage] = item.indicators;
      const before = await ctx()
        .database.db.selectFrom('progress_updates')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      const response = await (await unhcr()).post('/progress/updates', {
        period: String(periodId),
        item: String(item.id),
        status: 'on_track',
        narrative: 'Briefed two mechanisms.',
        [`indicator_${number?.id}`]: 'three',
        [`indicator_${percentage?.id}`]: '150',
      });
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain(`indicator_${number?.id}-error`);
      expect(response.body).toContain('must be a number');
      expect(response.body).toContain('must be a percentage from 0 to 100');
      expect(response.body).toContain('value="three"'); // what was typed is kept

      const yesNo = (await activity('1.1.2')).indicators[0];
      const error = await updates
        .createUpdate(
          ctx().deps,
          { ...commandLineActor(), roles: ['focal_point'], entityId: (await row(1)).entity_id },
          {
            period: String(periodId),
            item: String((await activity('1.1.2')).id),
            status: 'sideways',
            [`indicator_${yesNo?.id}`]: 'maybe',
          },
        )
        .catch((caught: unknown) => caught);
      expect(isAppError(error, 'VALIDATION')).toBe(true);
      const fields = (error as { details: { fields: { field: string; message: string }[] } }).details.fields;
      expect(fields.map((field) => field.field).sort()).toEqual(['status', `indicator_${yesNo?.id}`].sort());
      expect(fields.find((field) => field.field === `indicator_${yesNo?.id}`)?.message).toContain('must be yes or no');
      const after = await ctx()
        .database.db.selectFrom('progress_updates')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      expect(after.count).toBe(before.count);
    });

    it('files, submits, returns, resubmits, accepts, locks and reopens, keeping every version', async () => {
      const item = await activity('6.1.1');
      const [number, percentage] = item.indicators;
      const focal = await unhcr();

      const form = await focal.get(`/progress/updates/new?period=${periodId}&item=${item.id}`);
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain(`name="indicator_${number?.id}"`);

      const created = await focal.post('/progress/updates', {
        period: String(periodId),
        item: String(item.id),
        status: 'on_track',
        narrative: 'Briefed **two** mechanisms. <script>alert(1)</script>',
        evidence_links: 'https://example.org/briefing.pdf Briefing note',
        [`indicator_${number?.id}`]: '2',
        [`indicator_${percentage?.id}`]: '50',
        intent: 'save',
      });
      expect(created.statusCode).toBe(303);
      const id = idFrom(created.headers.location);
      expect(await row(id)).toMatchObject({ state: 'draft', version: 1 });

      // Another organization's focal point can neither see nor change the draft.
      const other = await osce();
      expect((await other.get(`/progress/updates/${id}`)).statusCode).toBe(403);
      expect((await other.post(`/progress/updates/${id}`, { version: '1', status: 'delayed', narrative: 'Not mine' })).statusCode).toBe(403);
      expect((await other.post(`/progress/updates/${id}/submit`, { version: '1' })).statusCode).toBe(403);
      expect((await other.get(`/progress/updates/${id}/edit`)).statusCode).toBe(403);
      expect((await row(id)).narrative).toContain('two');

      const page = await focal.get(`/progress/updates/${id}`);
      expect(page.body).toContain('<strong>two</strong>');
      expect(page.body).not.toContain('<script>alert(1)</script>');
      expect(page.body).toContain('https://example.org/briefing.pdf');

      expect((await focal.post(`/progress/updates/${id}/submit`, { version: '1' })).statusCode).toBe(303);
      expect(await row(id)).toMatchObject({ state: 'submitted', version: 2 });

      // A co-chair of another year, and the filer, may not review.
      expect((await (await iomChair()).post(`/progress/updates/${id}/accept`, { version: '2' })).statusCode).toBe(403);
      expect((await focal.post(`/progress/updates/${id}/accept`, { version: '2' })).statusCode).toBe(403);

      const chair = await unodcChair();
      const noComment = await chair.post(`/progress/updates/${id}/return`, { version: '2', comment: '' });
      expect(noComment.statusCode).toBe(400);
      expect(noComment.body).toContain('say what to change');
      expect((await chair.post(`/progress/updates/${id}/return`, { version: '2', comment: 'Please name the two countries.' })).statusCode).toBe(303);
      expect(await row(id)).toMatchObject({ state: 'returned', version: 3, review_comment: 'Please name the two countries.' });

      const edit = await focal.get(`/progress/updates/${id}/edit`);
      expect(edit.statusCode).toBe(200);
      expect(edit.body).toContain('Please name the two countries.');
      // A stale save (the version before the return) is refused and shows what is saved now.
      const stale = await focal.post(`/progress/updates/${id}`, { version: '2', status: 'on_track', narrative: 'Stale', intent: 'save' });
      expect(stale.statusCode).toBe(409);
      expect(stale.body).toContain('name="version" value="3"');
      const resubmitted = await focal.post(`/progress/updates/${id}`, {
        version: '3',
        status: 'achieved',
        narrative: 'Briefed the mechanisms of Country A and Country B.',
        [`indicator_${number?.id}`]: '2',
        [`indicator_${percentage?.id}`]: '100',
        intent: 'submit',
      });
      expect(resubmitted.statusCode).toBe(303);
      expect(await row(id)).toMatchObject({ state: 'submitted', version: 4, status: 'achieved' });

      expect((await chair.post(`/progress/updates/${id}/accept`, { version: '4', comment: 'Thank you.' })).statusCode).toBe(303);
      expect(await row(id)).toMatchObject({ state: 'accepted', version: 5 });

      const history = await ctx().database.db.selectFrom('progress_update_versions').selectAll().where('update_id', '=', id).orderBy('number').execute();
      expect(history.map((version) => [version.number, version.action, version.state])).toEqual([
        [1, 'create', 'draft'],
        [2, 'submit', 'submitted'],
        [3, 'return', 'returned'],
        [4, 'resubmit', 'submitted'],
        [5, 'accept', 'accepted'],
      ]);
      expect(history[0]?.snapshot.narrative).toContain('two');
      expect(history[3]?.snapshot.values.map((value) => value.value).sort()).toEqual([100, 2]);
      const shown = await other.get(`/progress/updates/${id}`); // accepted: every signed-in member reads it
      expect(shown.statusCode).toBe(200);
      expect(shown.body).toContain('Submitted again');
      expect(shown.body.match(/id="version-\d+"/g)).toHaveLength(5);

      // Lock: nothing changes any more; only the secretariat reopens, and the audit log says so.
      const period = await progress.getPeriod(ctx().deps, periodId);
      expect((await focal.post(`/progress/periods/${periodId}/lock`, { version: String(period.version) })).statusCode).toBe(403);
      expect((await chair.post(`/progress/periods/${periodId}/lock`, { version: String(period.version) })).statusCode).toBe(303);
      const locked = await progress.getPeriod(ctx().deps, periodId);
      expect(locked.phase).toBe('locked');
      const late = await focal.post('/progress/updates', { period: String(periodId), item: String((await activity('1.1.1')).id), status: 'on_track', narrative: 'Late' });
      expect(late.statusCode).toBe(409);
      expect(late.body).toContain('locked');
      expect((await chair.post(`/progress/periods/${periodId}/reopen`, { version: String(locked.version) })).statusCode).toBe(403);
      expect((await (await admin()).post(`/progress/periods/${periodId}/reopen`, { version: String(locked.version) })).statusCode).toBe(303);
      expect((await progress.getPeriod(ctx().deps, periodId)).phase).toBe('open');
      const audit = await ctx()
        .database.db.selectFrom('audit_log')
        .select(['action', 'actor_label'])
        .where('table_name', '=', 'reporting_periods')
        .where('record_id', '=', String(periodId))
        .orderBy('id')
        .execute();
      expect(audit.map((entry) => entry.action)).toEqual(['seed', 'lock', 'reopen']);
      const reviewAudit = await ctx().database.db.selectFrom('audit_log').select('action').where('table_name', '=', 'progress_updates').where('record_id', '=', String(id)).orderBy('id').execute();
      expect(reviewAudit.map((entry) => entry.action)).toEqual(['create', 'submit', 'return', 'submit', 'accept']);
      expect((await focal.post('/progress/updates', { period: String(periodId), item: String((await activity('1.1.1')).id), status: 'on_track', narrative: 'After the reopening' })).statusCode).toBe(
        303,
      );
    });

    it('refuses a second update of the same organization on the same item and period', async () => {
      const item = await activity('6.1.1');
      const again = await (await unhcr()).get(`/progress/updates/new?period=${periodId}&item=${item.id}`);
      expect(again.statusCode).toBe(303);
      expect(again.headers.location).toMatch(/\/progress\/updates\/\d+\?notice=exists/);
      const posted = await (await unhcr()).post('/progress/updates', { period: String(periodId), item: String(item.id), status: 'on_track', narrative: 'Twice' });
      expect(posted.statusCode).toBe(409);
    });
  });
}
