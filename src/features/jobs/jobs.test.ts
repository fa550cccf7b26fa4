import { describe, expect, it } from 'vitest';
import { settleJobs, useTestContext } from '../../../test/support/build-test-app';
import { signedInPeople } from '../../../test/support/factories';
import { testDatabaseKinds } from '../../../test/support/test-database';

for (const kind of testDatabaseKinds()) {
  describe(`background jobs, as the administrators see them [${kind}]`, () => {
    const ctx = useTestContext(kind);
    const people = signedInPeople(ctx);
    const admin = () => people.client('admin', { roles: ['admin'], entity: 'UNODC' });

    it('cancels a waiting job and runs it again, each written to the audit log', async () => {
      const later = new Date(Date.now() + 60 * 60 * 1000);
      const id = (await ctx().deps.jobs.send('search.reindex', {}, { startAfter: later })) as string;
      const waiting = await (await admin()).get('/admin/jobs?jobs=waiting');
      expect(waiting.body).toContain('Rebuild the search index');
      expect(waiting.body).toContain(`/admin/jobs/${id}/cancel`);

      expect((await (await admin()).post(`/admin/jobs/${id}/cancel`)).statusCode).toBe(303);
      const failedList = await (await admin()).get('/admin/jobs?jobs=failed');
      expect(failedList.body).toContain('Cancelled');
      expect(failedList.body).toContain(`/admin/jobs/${id}/retry`);
      expect((await (await admin()).post(`/admin/jobs/${id}/cancel`)).statusCode).toBe(409);

      expect((await (await admin()).post(`/admin/jobs/${id}/retry`)).statusCode).toBe(303);
      await settleJobs(ctx().deps);
      const done = await (await admin()).get('/admin/jobs?jobs=done');
      expect(done.body).toContain('Rebuild the search index');
      const audit = await ctx().deps.db.selectFrom('audit_log').select('action').where('table_name', '=', 'jobs').where('record_id', '=', id).orderBy('id').execute();
      expect(audit.map((row) => row.action)).toEqual(['cancel', 'retry']);
    });

    it('rebuilds the search index on request, bringing back a document that went missing', async () => {
      const before = await ctx().deps.db.selectFrom('search_index').select(['kind', 'record_id']).orderBy('kind').orderBy('record_id').execute();
      expect(before.length).toBeGreaterThan(0);
      const lost = before[0] as { kind: string; record_id: number };
      await ctx().deps.db.deleteFrom('search_index').where('kind', '=', lost.kind).where('record_id', '=', lost.record_id).execute();
      expect((await (await admin()).post('/admin/jobs/search-index')).statusCode).toBe(303);
      await settleJobs(ctx().deps);
      const after = await ctx().deps.db.selectFrom('search_index').select(['kind', 'record_id']).orderBy('kind').orderBy('record_id').execute();
      expect(after).toEqual(before);
    });

    it('refuses a job id that is not one, and everyone who is not an administrator', async () => {
      expect((await (await admin()).post('/admin/jobs/not-a-job/retry')).statusCode).toBe(400);
      expect((await (await admin()).post('/admin/jobs/00000000-0000-4000-8000-000000000000/retry')).statusCode).toBe(404);
      const focal = await people.client('focal', { roles: ['focal_point'], entity: 'ICMPD' });
      expect((await focal.get('/admin/jobs')).statusCode).toBe(403);
      expect((await focal.post('/admin/jobs/search-index')).statusCode).toBe(403);
    });
  });
}
