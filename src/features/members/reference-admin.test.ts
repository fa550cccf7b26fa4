import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { commandEnvironment, icatCommand } from '../../../test/support/cli';
import { signedInPeople } from '../../../test/support/factories';
import { makeTempDir, testDatabaseKinds } from '../../../test/support/test-database';
import { commandLineActor } from '../../policy/actor';
import { createMemberOrganization } from './organizations.service';

/** A made-up organization for the tests: no real organization is named or described. */
const sample = {
  acronym: 'TSTORG',
  name: 'Test Sample Organization (sample data)',
  kind: 'regional',
  status: 'member',
  joined_year: '2020',
  mandate: 'Sample data for the tests.',
  sources: 'https://example.org/test-sample-organization\nhttps://example.org/second-source',
};

for (const kind of testDatabaseKinds()) {
  describe(`member organizations kept by the secretariat [${kind}]`, { timeout: 240_000 }, () => {
    const ctx = useTestContext(kind);
    const people = signedInPeople(ctx);
    const admin = () => people.client('admin', { roles: ['admin'], entity: 'UNODC' });
    const otherAdmin = () => people.client('other admin', { roles: ['admin'] });
    const focalPoint = () => people.client('icmpd focal point', { roles: ['focal_point'], entity: 'ICMPD' });
    const otherFocalPoint = () => people.client('osce focal point', { roles: ['focal_point'], entity: 'OSCE' });
    const organizationCount = async () =>
      Number(
        (
          await ctx()
            .deps.db.selectFrom('entities')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    /** A made-up organization of the test's own, so that no test depends on one another made. */
    const organization = (acronym: string) => createMemberOrganization(ctx().deps, commandLineActor('test'), { ...sample, acronym });
    const auditOf = async (table: string, action: string) => ctx().deps.db.selectFrom('audit_log').selectAll().where('table_name', '=', table).where('action', '=', action).orderBy('id').execute();

    it('creates an organization that the directory, accounts and the profile import then know', async () => {
      const client = await admin();
      const form = await client.get('/admin/members/new');
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain('Regional organization');
      const created = await client.post('/admin/members', sample);
      expect(created.statusCode).toBe(303);
      expect(created.headers.location).toBe('/admin/members/tstorg?notice=created');
      const page = await ctx().app.inject('/members/tstorg');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Test Sample Organization (sample data)');
      expect((await client.get('/admin/members')).body).toContain('TSTORG');
      const [entry] = await auditOf('entities', 'create');
      expect(entry?.after).toMatchObject({ acronym: 'TSTORG', slug: 'tstorg', kind: 'regional', joined_year: 2020 });

      // The command line, run as an operator would against the same database, accepts the new organization.
      const env = { ...commandEnvironment(ctx().database), LOG_LEVEL: 'silent' };
      const user = await icatCommand(
        ['user', 'add', '--email', 'fp@tstorg.example.org', '--name', 'A Focal Point', '--entity', 'tstorg', '--role', 'focal_point', '--password-stdin'],
        env,
        'a password from stdin\n',
      );
      expect(user.stderr).toBe('');
      expect(user.stdout).toContain('Created fp@tstorg.example.org (focal_point, TSTORG)');
      const csv = join(makeTempDir('icat-reference-'), 'profiles.csv');
      writeFileSync(csv, 'acronym,as_of,sample,regions,forms\nTSTORG,2022-11-01,yes,europe_central_asia,labour\n');
      const imported = await icatCommand(['import-profiles', csv], env);
      expect(imported.stderr).toBe('');
      expect(imported.stdout).toContain('1 profile(s) read, 1 written');
    });

    it('refuses an acronym on record whatever its case, or one that gives the same address, and changes nothing', async () => {
      const client = await admin();
      const before = await organizationCount();
      for (const acronym of ['icmpd', 'Un Women', 'un-women']) {
        const refused = await client.post('/admin/members', { ...sample, acronym });
        expect(refused.statusCode).toBe(400);
        expect(refused.body).toMatch(/is already the acronym of (ICMPD|UN Women)/);
        expect(refused.body).toContain(`value="${acronym}"`);
      }
      expect(await organizationCount()).toBe(before);

      // Two admins adding the same new acronym at the same moment: one gets it, the other is told it is taken.
      const [one, two] = await Promise.all([client.post('/admin/members', { ...sample, acronym: 'TSTRACE' }), (await otherAdmin()).post('/admin/members', { ...sample, acronym: 'tstrace' })]);
      expect([one.statusCode, two.statusCode].filter((status) => status === 303)).toHaveLength(1);
      expect([one, two].find((response) => response.statusCode !== 303)?.body).toMatch(/is already the acronym of TSTRACE|is already the acronym of tstrace/);
      expect(await organizationCount()).toBe(before + 1);
    });

    it('refuses hostile input with a message beside each field, and changes nothing', async () => {
      const client = await admin();
      const before = await organizationCount();
      const refused = await client.post('/admin/members', {
        acronym: '<script>x</script>',
        name: 'x'.repeat(201),
        kind: 'planet',
        status: 'emperor',
        joined_year: '1800',
        left_year: 'soon',
        sources: 'javascript:alert(1)',
      });
      expect(refused.statusCode).toBe(400);
      const body = refused.body;
      expect(body).toContain('must start with a letter or digit');
      expect(body).toContain('must be one of: un_entity, international, regional');
      expect(body).toContain('line 1: &quot;javascript:alert(1)&quot; is not a web address');
      expect(body).toContain('must be a year');
      expect(body).not.toContain('<script>x</script>');
      expect(await organizationCount()).toBe(before);
      const tooMany = await client.post('/admin/members', { ...sample, acronym: 'TST2', sources: Array.from({ length: 31 }, (_, index) => `https://example.org/${index}`).join('\n') });
      expect(tooMany.statusCode).toBe(400);
      expect(tooMany.body).toContain('may list at most 30 sources');
      // A name is text: shown escaped, never as markup.
      const odd = await client.post('/admin/members', { ...sample, acronym: 'TST3', name: '<img src=x onerror=alert(1)> Sample' });
      expect(odd.statusCode).toBe(303);
      expect((await ctx().app.inject('/members/tst3')).body).toContain('&lt;img src=x onerror=alert(1)&gt; Sample');
    });

    it('lets only the secretariat in: focal points of this or another organization are refused', async () => {
      for (const client of [await focalPoint(), await otherFocalPoint()]) {
        expect((await client.get('/admin/members')).statusCode).toBe(403);
        expect((await client.post('/admin/members', { ...sample, acronym: 'TST4' })).statusCode).toBe(403);
        expect((await client.post('/admin/members/icmpd', { name: 'Renamed' })).statusCode).toBe(403);
        expect((await client.post('/admin/members/icmpd/retire', { retire_left_year: '2022', version: '1' })).statusCode).toBe(403);
      }
      expect((await ctx().app.inject('/api/v1/members/tst4')).statusCode).toBe(404);
      expect((await ctx().app.inject('/api/v1/members/icmpd')).json().name).toBe('International Centre for Migration Policy Development');
    });

    it('edits the record, sources included; of two admins on one version, the second gets 409 with what they typed kept', async () => {
      await organization('TSTEDIT');
      const first = await admin();
      const second = await otherAdmin();
      const form = await first.get('/admin/members/tstedit');
      const version = /name="version" value="(\d+)"/.exec(form.body)?.[1] ?? '';
      await second.get('/admin/members/tstedit');
      const edit = { ...sample, acronym: 'TSTEDIT', name: 'Test Sample Organization, renamed (sample data)', sources: 'https://example.org/only-source', uncertain: 'true', version };
      const saved = await first.post('/admin/members/tstedit', edit);
      expect(saved.statusCode).toBe(303);
      const stale = await second.post('/admin/members/tstedit', { ...edit, name: 'Typed by the second admin', version });
      expect(stale.statusCode).toBe(409);
      expect(stale.body).toContain('value="Typed by the second admin"');
      expect(stale.body).toContain('Test Sample Organization, renamed (sample data)');
      expect(stale.body).toContain(`name="version" value="${Number(version) + 1}"`);
      const detail = (await ctx().app.inject('/api/v1/members/tstedit')).json();
      expect(detail).toMatchObject({ name: 'Test Sample Organization, renamed (sample data)', sources: ['https://example.org/only-source'], uncertain: true });
      expect((await auditOf('entities', 'update')).at(-1)?.before).toMatchObject({ name: 'Test Sample Organization (sample data)' });
    });

    it('retires an organization with the year it left and its successor, after checking both', async () => {
      await organization('TSTRETIRE');
      await organization('TSTNEXT');
      const client = await admin();
      const version = /name="version" value="(\d+)"/.exec((await client.get('/admin/members/tstretire')).body)?.[1] ?? '';
      const bad = await client.post('/admin/members/tstretire/retire', { retire_left_year: '2019', successor: 'NOBODY', version });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('must not be before the year joined');
      expect(bad.body).toContain('&quot;NOBODY&quot; is not a known organization');
      const self = await client.post('/admin/members/tstretire/retire', { retire_left_year: '2022', successor: 'tstretire', version });
      expect(self.body).toContain('cannot be the organization itself');
      expect((await ctx().app.inject('/api/v1/members/tstretire')).json().status).toBe('member');
      const retired = await client.post('/admin/members/tstretire/retire', { retire_left_year: '2022', successor: 'TSTNEXT', version });
      expect(retired.statusCode).toBe(303);
      const detail = (await ctx().app.inject('/api/v1/members/tstretire')).json();
      expect(detail).toMatchObject({ status: 'former', leftYear: 2022, successor: { acronym: 'TSTNEXT' } });
      expect((await ctx().app.inject('/members/tstnext')).body).toContain('TSTRETIRE');
      expect(await auditOf('entities', 'retire')).toHaveLength(1);
      const again = await client.post('/admin/members/tstretire/retire', { retire_left_year: '2022', version });
      expect(again.statusCode).toBe(409);
    });

    it('gives the service the same checks for plain data, as an importer sends it', async () => {
      const deps = ctx().deps;
      const created = await createMemberOrganization(deps, commandLineActor('test'), {
        acronym: 'TST5',
        name: 'Fifth test organization (sample data)',
        kind: 'international',
        sources: ['https://example.org/5'],
      });
      expect(created).toMatchObject({ slug: 'tst5', status: 'member', sources: ['https://example.org/5'] });
      await expect(createMemberOrganization(deps, commandLineActor('test'), { acronym: 'tst5', name: 'Again', kind: 'international' })).rejects.toMatchObject({
        code: 'VALIDATION',
        details: { fields: [{ field: 'acronym', message: 'is already the acronym of TST5' }] },
      });
    });

    it('adds, edits and deletes membership counts and history entries, shown on /about', async () => {
      const client = await admin();
      const bad = await client.post('/admin/about/counts', { as_of: '2022-13', count: '0', sources: 'ftp://example.org/x' });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('must be a real date');
      expect(bad.body).toContain('must be 1 or more');
      expect(bad.body).toContain('is not a web address');
      const taken = await client.post('/admin/about/counts', { as_of: '2022-12', count: '40', sources: '' });
      expect(taken.statusCode).toBe(400);
      expect(taken.body).toContain('already has a count on record');
      const added = await client.post('/admin/about/counts', { as_of: '2026-11', count: '33', note: 'Sample data for the tests', sources: 'https://example.org/count' });
      expect(added.statusCode).toBe(303);
      let aboutPage = await ctx().app.inject('/about');
      expect(aboutPage.body).toMatch(/November 2026<\/th><td>33<\/td>/);
      expect(aboutPage.body).toContain('<p class="note">Sample data for the tests</p>');

      const history = await client.post('/admin/about/history', { occurred_on: '2026-11-30', summary: 'Sample history entry for the tests.', sources: 'https://example.org/history' });
      expect(history.statusCode).toBe(303);
      aboutPage = await ctx().app.inject('/about');
      expect(aboutPage.body).toContain('Sample history entry for the tests.');

      const list = await client.get('/admin/about');
      const countId = /href="\/admin\/about\/counts\/(\d+)">November 2026/.exec(list.body)?.[1];
      const historyId = /href="\/admin\/about\/history\/(\d+)">30 November 2026/.exec(list.body)?.[1];
      expect(countId).toBeDefined();
      expect(historyId).toBeDefined();

      // Two admins on one version of the count: the second is refused with what they typed, and sees what is saved.
      const second = await otherAdmin();
      const saved = await client.post(`/admin/about/counts/${countId}`, { as_of: '2026-11', count: '34', sources: 'https://example.org/count', version: '1' });
      expect(saved.statusCode).toBe(303);
      const stale = await second.post(`/admin/about/counts/${countId}`, { as_of: '2026-11', count: '35', sources: 'https://example.org/count', version: '1' });
      expect(stale.statusCode).toBe(409);
      expect(stale.body).toContain('value="35"');
      expect(stale.body).toContain('<dd>34</dd>');
      const staleDelete = await second.post(`/admin/about/counts/${countId}/delete`, { version: '1' });
      expect(staleDelete.statusCode).toBe(409);
      expect((await ctx().app.inject('/about')).body).toMatch(/November 2026<\/th><td>34<\/td>/);

      const edited = await client.post(`/admin/about/history/${historyId}`, { occurred_on: '2026-11', summary: 'Sample history entry for the tests, edited.', sources: '', version: '1' });
      expect(edited.statusCode).toBe(303);
      expect((await ctx().app.inject('/about')).body).toContain('Sample history entry for the tests, edited.');
      expect((await client.post(`/admin/about/history/${historyId}/delete`, { version: '2' })).statusCode).toBe(303);
      expect((await client.post(`/admin/about/counts/${countId}/delete`, { version: '2' })).statusCode).toBe(303);
      aboutPage = await ctx().app.inject('/about');
      expect(aboutPage.body).not.toContain('Sample history entry');
      expect(aboutPage.body).not.toMatch(/November 2026<\/th>/);
      expect((await client.get(`/admin/about/counts/${countId}`)).statusCode).toBe(404);
      expect((await auditOf('membership_counts', 'delete'))[0]?.before).toMatchObject({ as_of: '2026-11', count: 34 });
      expect(await auditOf('group_history', 'update')).toHaveLength(1);

      const refused = await (await focalPoint()).post('/admin/about/counts', { as_of: '2027', count: '40' });
      expect(refused.statusCode).toBe(403);
    });
  });
}
