import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { signedInPeople } from '../../../test/support/factories';
import { testDatabaseKinds } from '../../../test/support/test-database';

for (const kind of testDatabaseKinds()) {
  describe(`editing a reporting period [${kind}]`, { timeout: 240_000 }, () => {
    const ctx = useTestContext(kind);
    const people = signedInPeople(ctx);
    const period = async () => ctx().deps.db.selectFrom('reporting_periods').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();

    it('lets the secretariat and the year\u2019s co-chairs change label and dates, refuses bad input and stale saves', async () => {
      const admin = await people.client('admin', { roles: ['admin'] });
      const chair = await people.client('cochair', { roles: ['cochair', 'focal_point'], entity: 'ICMPD' });
      const focalPoint = await people.client('osce', { roles: ['focal_point'], entity: 'OSCE' });
      const before = await period();
      expect((await admin.get('/progress/periods/1')).body).toContain('href="/progress/periods/1/edit"');
      expect((await focalPoint.get('/progress/periods/1/edit')).statusCode).toBe(403);
      expect((await focalPoint.post('/progress/periods/1/edit', { label: 'x', kind: 'yearly', opens_on: '2022-01-01', deadline: '2022-12-31', version: String(before.version) })).statusCode).toBe(403);

      const bad = await admin.post('/progress/periods/1/edit', { label: '', kind: 'monthly', opens_on: '2022-12-01', deadline: '2022-02-30', version: String(before.version) });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('is required');
      expect(bad.body).toContain('must be yearly or half-yearly');
      expect(bad.body).toContain('must be a real date');
      expect(await period()).toEqual(before);

      const form = { label: `${before.label} (edited)`, kind: before.kind, opens_on: before.opens_on, deadline: '2022-12-20', version: String(before.version) };
      expect((await chair.post('/progress/periods/1/edit', form)).statusCode).toBe(303);
      const stale = await admin.post('/progress/periods/1/edit', { ...form, label: 'Typed by the secretariat' });
      expect(stale.statusCode).toBe(409);
      expect(stale.body).toContain('value="Typed by the secretariat"');
      expect(stale.body).toContain(`<dd>${before.label} (edited)</dd>`);
      expect(await period()).toMatchObject({ label: `${before.label} (edited)`, deadline: '2022-12-20', version: before.version + 1 });
      const entry = await ctx().deps.db.selectFrom('audit_log').selectAll().where('table_name', '=', 'reporting_periods').where('action', '=', 'update').executeTakeFirstOrThrow();
      expect(entry.before).toMatchObject({ deadline: before.deadline });
    });
  });
}
