/**
 * The admin screen for vocabularies and what follows from it: a value added, renamed and retired as
 * the secretariat sees it, a retired value kept (marked) in the profile that had it and never offered
 * anew, a value unknown to the group refused with the group's list, two admins saving at once, the
 * "no data" sentence in place of an empty figure, and the profile's JSON API.
 */
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { createTestAccount } from '../../../test/support/factories';
import { TestClient } from '../../../test/support/http-client';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { compileReport } from '../reports/report.compile';
import { walkBlocks } from '../reports/report.model';

const version = (html: string) => /name="version" value="(\d+)"/.exec(html)?.[1] as string;
const englishOnly = (prefix: string, en: string) => ({ [`${prefix}_en`]: en });

for (const kind of testDatabaseKinds()) {
  describe(`vocabulary screens [${kind}]`, () => {
    const ctx = useTestContext(kind);

    async function signedIn(roles: ('admin' | 'focal_point')[], entity?: string): Promise<TestClient> {
      const account = await createTestAccount(ctx().deps, { roles, ...(entity ? { entity } : {}) });
      const client = new TestClient(ctx().app);
      await client.signIn(account.email, account.password);
      return client;
    }

    it('lists the group’s dimensions and kinds for the secretariat only', async () => {
      const admin = await signedIn(['admin']);
      const page = await admin.get('/admin/vocabularies');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Form of exploitation');
      expect(page.body).toContain('UN entity');
      const focal = await signedIn(['focal_point'], 'OSCE');
      expect((await focal.get('/admin/vocabularies')).statusCode).toBe(403);
      expect((await focal.post('/admin/vocabularies/forms/values', { code: 'sneaky', label_en: 'Sneaky' })).statusCode).toBe(403);
    });

    it('adds a value, renames another, and the profile form and mapping follow', async () => {
      const admin = await signedIn(['admin']);
      const added = await admin.post('/admin/vocabularies/forms/values', { code: 'online_exploitation', label_en: 'Online exploitation', label_fr: 'Exploitation en ligne' });
      expect(added.statusCode).toBe(303);
      const valuePage = await admin.get('/admin/vocabularies/forms/values/labour');
      const renamed = await admin.post('/admin/vocabularies/forms/values/labour', {
        ...englishOnly('label', 'Forced labour'),
        label_fr: 'Travail forcé',
        position: '1',
        version: version(valuePage.body),
      });
      expect(renamed.statusCode).toBe(303);
      const form = await admin.get('/members/osce/profile');
      expect(form.body).toContain('value="online_exploitation"');
      expect(form.body).toMatch(/<legend>Form of exploitation<\/legend><label class="checkbox"><input type="checkbox" name="forms" value="labour"[^>]*> Forced labour/);
      const mapping = await ctx().app.inject('/mapping');
      expect(mapping.body).toContain('Forced labour');
      const french = await ctx().app.inject({ url: '/mapping', headers: { 'accept-language': 'fr' } });
      expect(french.body).toContain('Travail forcé');
      const duplicate = await admin.post('/admin/vocabularies/forms/values', { code: 'labour', label_en: 'Again' });
      expect(duplicate.statusCode).toBe(400);
      expect(duplicate.body).toContain('&quot;labour&quot; is already used');
      const badCode = await admin.post('/admin/vocabularies/forms/values', { code: 'Not A Code', label_en: '' });
      expect(badCode.statusCode).toBe(400);
      expect(badCode.body).toContain('Not A Code');
      // A code that every object has as a property would read as that wherever codes are keys.
      for (const [url, code] of [
        ['/admin/vocabularies/forms/values', 'constructor'],
        ['/admin/vocabularies', 'constructor'],
      ] as const) {
        const reserved = await admin.post(url, { code, label_en: 'Reserved', name_en: 'Reserved' });
        expect(reserved.statusCode, url).toBe(400);
        expect(reserved.body).toContain('is a name the platform already uses');
      }
      expect((await ctx().app.inject('/mapping')).statusCode).toBe(200);
    });

    it('retires a value: still shown, marked, where it was chosen; not offered anew; refused if posted', async () => {
      const admin = await signedIn(['admin']);
      const osceForm = await admin.get('/members/osce/profile');
      expect((await admin.post('/members/osce/profile', { version: version(osceForm.body), forms: ['organ_removal', 'labour'] })).statusCode).toBe(303);
      const valuePage = await admin.get('/admin/vocabularies/forms/values/organ_removal');
      const retired = await admin.post('/admin/vocabularies/forms/values/organ_removal', { label_en: 'Organ removal', position: '5', retired: 'on', version: version(valuePage.body) });
      expect(retired.statusCode).toBe(303);
      expect((await admin.get('/admin/vocabularies/forms')).body).toContain('Retired in 2022');
      const osce = await ctx().app.inject('/members/osce');
      expect(osce.body).toContain('Organ removal (retired)');
      const osceAgain = await admin.get('/members/osce/profile');
      expect(osceAgain.body).toMatch(/value="organ_removal" checked> Organ removal \(retired\)/);
      const ilo = await admin.get('/members/ilo/profile');
      expect(ilo.body).not.toContain('value="organ_removal"');
      const mapping = await ctx().app.inject('/mapping');
      expect(mapping.body).not.toMatch(/<option value="organ_removal"/);
      const kept = await admin.post('/members/osce/profile', { version: version(osceAgain.body), forms: ['organ_removal'] });
      expect(kept.statusCode).toBe(303);
      const refused = await admin.post('/members/ilo/profile', { version: version(ilo.body), forms: ['organ_removal', 'physical'] });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain('&quot;organ_removal&quot; is retired and can no longer be chosen');
      expect(refused.body).toContain('&quot;physical&quot; is not a known value; use one of: labour, sexual, child, forced_marriage, forced_criminality, other, online_exploitation');
    });

    it('lets one of two admins renaming a dimension at once win; the other gets 409 with what they typed', async () => {
      const first = await signedIn(['admin']);
      const second = await signedIn(['admin']);
      const page = await first.get('/admin/vocabularies/levels');
      await second.get('/admin/vocabularies/levels');
      const form = { name_en: 'Level of action', position: '4', charted: 'on', version: version(page.body) };
      expect((await first.post('/admin/vocabularies/levels', form)).statusCode).toBe(303);
      const stale = await second.post('/admin/vocabularies/levels', { ...form, name_en: 'Scale of work' });
      expect(stale.statusCode).toBe(409);
      expect(stale.body).toContain('value="Scale of work"');
      expect(stale.body).toContain('Level of action');
      const audit = await ctx().deps.db.selectFrom('audit_log').selectAll().where('table_name', '=', 'vocabularies').execute();
      expect(audit.filter((row) => row.action === 'update')).toHaveLength(1);
    });

    it('says in a sentence that a dimension has no data, on the site and in the report, instead of an empty chart', async () => {
      const admin = await signedIn(['admin']);
      expect((await admin.post('/admin/vocabularies', { code: 'impairments', name_en: 'Impairment addressed', charted: 'on' })).statusCode).toBe(303);
      expect((await admin.post('/admin/vocabularies/impairments/values', { code: 'physical', label_en: 'Physical' })).statusCode).toBe(303);
      const mapping = await ctx().app.inject('/mapping');
      expect(mapping.body).toContain('There is no data yet for Impairment addressed: no organization’s profile names one of its values.');
      expect(mapping.body).not.toContain('id="figure-impairments"><div');
      expect(mapping.body.match(/<figure /g)).toHaveLength(4);
      const model = await compileReport(ctx().deps, { year: 2022, status: 'draft', narratives: {} });
      const blocks = model.sections.flatMap((section) => [...walkBlocks(section.blocks)]);
      expect(blocks).toContainEqual({ kind: 'empty', text: 'There is no data yet for Impairment addressed: no organization’s profile names one of its values.' });
      expect(model.figures.map((figure) => figure.id)).not.toContain('figure-mapping-impairments');
      const csv = await ctx().app.inject('/mapping.csv');
      expect(csv.body.replace(/^\ufeff/, '').split('\r\n')[0]).toBe('acronym,name,as_of,sample,regions,forms,interventions,levels,target_groups,impairments');
    });

    it('saves a profile through the JSON API with a personal token, checked like the form, and refuses another organization', async () => {
      const focal = await signedIn(['focal_point'], 'UNHCR');
      const page = await focal.post('/account/tokens', { name: 'profile script' });
      const token = /id="new-token">\s*(icat_[\w-]+)/.exec(page.body)?.[1] as string;
      expect(token).toBeTruthy();
      const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
      const current = (await ctx().app.inject('/api/v1/members/unhcr')).json().profile;
      const body = { version: current?.version ?? 0, regions: ['africa', 'americas'], forms: 'labour', initiatives: ['Sample initiative'], expertise: 'Sample expertise' };
      const saved = await ctx().app.inject({ method: 'POST', url: '/api/v1/members/unhcr/profile', headers, payload: JSON.stringify(body) });
      expect(saved.statusCode).toBe(200);
      expect(saved.json().profile).toMatchObject({ values: { regions: ['africa', 'americas'], forms: ['labour'] }, initiatives: [{ title: 'Sample initiative' }], expertise: 'Sample expertise' });
      const stale = await ctx().app.inject({ method: 'POST', url: '/api/v1/members/unhcr/profile', headers, payload: JSON.stringify(body) });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.current.values.regions).toEqual(['africa', 'americas']);
      const unknown = await ctx().app.inject({
        method: 'POST',
        url: '/api/v1/members/unhcr/profile',
        headers,
        payload: JSON.stringify({ ...body, version: saved.json().profile.version, regions: ['atlantis'], colour: ['blue'] }),
      });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().error.fields).toEqual(
        expect.arrayContaining([
          { field: 'colour', message: 'is not a field of the profile; the fields are: regions, forms, interventions, levels, target_groups, impairments' },
          expect.objectContaining({ field: 'regions', message: expect.stringContaining('"atlantis" is not a known value; use one of: africa') }),
        ]),
      );
      const other = await ctx().app.inject({ method: 'POST', url: '/api/v1/members/unodc/profile', headers, payload: JSON.stringify({ version: 1, regions: ['africa'] }) });
      expect(other.statusCode).toBe(403);
      expect((await ctx().app.inject('/api/v1/members/unodc')).json().profile?.values.regions).not.toEqual(['africa']);
    });
  });
}
