import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { signedInPeople } from '../../../test/support/factories';
import { TestClient } from '../../../test/support/http-client';
import { testDatabaseKinds } from '../../../test/support/test-database';
import type { Locale } from '../../lib/i18n';

const callToAction = 'call-to-action-humanitarian-crises-2022';

for (const kind of testDatabaseKinds()) {
  describe(`texts in several languages [${kind}]`, () => {
    const ctx = useTestContext(kind);
    const { client } = signedInPeople(ctx);
    const admin = () => client('admin', { roles: ['admin'], entity: 'UNODC' });
    const cochair = () => client('cochair', { roles: ['cochair', 'focal_point'], entity: 'ICMPD' });
    const osce = () => client('osce', { roles: ['focal_point'], entity: 'OSCE' });
    const unhcr = () => client('unhcr', { roles: ['focal_point'], entity: 'UNHCR' });
    const member = () => client('member', { roles: ['member'], entity: 'UNODC' });
    const visitor = () => new TestClient(ctx().app);

    async function idOf(table: 'statements' | 'publications' | 'events', slug: string): Promise<number> {
      const row = await ctx().database.db.selectFrom(table).select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
      return row.id;
    }

    async function versionsOf(kind: string, id: number, language: string) {
      return ctx()
        .database.db.selectFrom('text_translation_versions')
        .innerJoin('text_translations', 'text_translations.id', 'text_translation_versions.translation_id')
        .select(['number', 'title', 'body'])
        .where('text_kind', '=', kind as 'statement')
        .where('text_id', '=', id)
        .where('language', '=', language as Locale)
        .orderBy('number')
        .execute();
    }

    async function rowVersion(kind: string, id: number, language: string): Promise<string> {
      const row = await ctx()
        .database.db.selectFrom('text_translations')
        .select('version')
        .where('text_kind', '=', kind as 'statement')
        .where('text_id', '=', id)
        .where('language', '=', language as Locale)
        .executeTakeFirstOrThrow();
      return String(row.version);
    }

    it('adds, edits, compares and approves a translation; readers see only approved words, with a notice', async () => {
      const id = await idOf('statements', callToAction);
      const base = `/translations/statement/${id}`;
      const focal = await osce();

      const list = await (await admin()).get(base);
      expect(list.statusCode).toBe(200);
      expect(list.body).toContain('This text has no translation yet.');

      const added = await focal.post(base, { language: 'fr', title: 'Appel à l’action sur les crises humanitaires', body: 'Premier paragraphe en français.\n\nDeuxième paragraphe.' });
      expect(added.statusCode, added.body.slice(0, 400)).toBe(303);
      expect(added.headers.location).toBe(`${base}/fr?notice=added`);
      const page = await focal.get(`${base}/fr`);
      expect(page.body).toContain('Unofficial translation');
      expect(page.body).toContain('<article lang="fr" dir="ltr"');

      // Not approved yet: the public reads the original, told so in its own language.
      const before = await visitor().get(`/statements/${callToAction}`, { 'accept-language': 'fr' });
      expect(before.statusCode).toBe(200);
      expect(before.body).toContain('<article lang="en" dir="ltr">');
      expect(before.body).toContain('Ce texte n’a pas de traduction approuvée en français');
      expect(before.body).not.toContain('Premier paragraphe en français');

      // The secretariat approves: who and when are recorded, and audited.
      const approved = await (await admin()).post(`${base}/fr/approve`, { number: '1', version: await rowVersion('statement', id, 'fr') });
      expect(approved.statusCode, approved.body.slice(0, 400)).toBe(303);
      const official = await visitor().get(`/statements/${callToAction}?lang=fr`);
      expect(official.body).toContain('<article lang="fr" dir="ltr">');
      expect(official.body).toContain('Premier paragraphe en français.');
      expect(official.body).toContain('Appel à l’action sur les crises humanitaires');
      expect(official.body).toContain('Ceci est la traduction officielle en français');
      expect(official.body).toContain(`href="/statements/${callToAction}?lang=en"`);
      const row = await ctx().database.db.selectFrom('text_translations').selectAll().where('text_id', '=', id).where('language', '=', 'fr').executeTakeFirstOrThrow();
      expect(row.approved_version).toBe(1);
      expect(row.approved_by_label).toContain('(UNODC)');
      expect(row.approved_at).not.toBeNull();

      // A new version is unofficial until approved; readers keep the approved words meanwhile.
      const saved = await focal.post(`${base}/fr`, {
        title: 'Appel à l’action sur les crises humanitaires',
        body: 'Premier paragraphe révisé en français.\n\nDeuxième paragraphe.',
        note: 'révision',
        version: String(row.version),
      });
      expect(saved.statusCode, saved.body.slice(0, 400)).toBe(303);
      expect(saved.headers.location).toBe(`${base}/fr?notice=saved&version=2`);
      const pending = await focal.get(`${base}/fr`);
      expect(pending.body).toContain('Unofficial: version 2 awaits approval');
      const stillOld = await visitor().get(`/statements/${callToAction}?lang=fr`);
      expect(stillOld.body).toContain('Premier paragraphe en français.');
      expect(stillOld.body).not.toContain('révisé');

      // Approving from a page opened before that save: refused, the newer text shown, nothing approved.
      const staleApproval = await (await admin()).post(`${base}/fr/approve`, { number: '1', version: String(row.version) });
      expect(staleApproval.statusCode).toBe(409);
      expect(staleApproval.body).toContain('id="newer-title"');
      expect((await ctx().database.db.selectFrom('text_translations').select('approved_version').where('id', '=', row.id).executeTakeFirstOrThrow()).approved_version).toBe(1);

      const diff = await focal.get(`${base}/fr/diff?from=1&to=2`);
      expect(diff.statusCode).toBe(200);
      expect(diff.body).toMatch(/<ins>[^<]*révisé/);

      // The statement's page lists its translations for members; the endorsement stays on the original's version.
      const statementPage = await (await member()).get(`/statements/${callToAction}`);
      expect(statementPage.body).toContain('id="translations-title"');
      expect(statementPage.body).toContain(`href="${base}/fr"`);
      expect(statementPage.body).toContain('Unofficial translation');
      const versions = await ctx().database.db.selectFrom('statements').select(['current_version', 'status']).where('id', '=', id).executeTakeFirstOrThrow();
      expect(versions).toEqual({ current_version: 1, status: 'published' });

      const audit = await ctx().database.db.selectFrom('audit_log').select(['action']).where('table_name', '=', 'text_translations').orderBy('id').execute();
      expect(audit.map((entry) => entry.action)).toEqual(['create', 'approve', 'new_version']);
    });

    it('shows Arabic right to left where approved, and the original with a notice where not', async () => {
      const publication = await idOf('publications', 'trafficking-in-children');
      const pen = await admin();
      const base = `/translations/publication/${publication}`;
      expect((await pen.post(base, { language: 'ar', title: 'الاتجار بالأطفال', body: 'موجز عن الاتجار بالأطفال.' })).statusCode).toBe(303);

      const unapproved = await visitor().get('/publications/trafficking-in-children', { 'accept-language': 'ar' });
      expect(unapproved.body).toContain('<article lang="en" dir="ltr">');
      expect(unapproved.body).toContain('لا توجد ترجمة معتمدة لهذا النص إلى اللغة العربية');

      expect((await pen.post(`${base}/ar/approve`, { number: '1', version: await rowVersion('publication', publication, 'ar') })).statusCode).toBe(303);
      const shown = await visitor().get('/publications/trafficking-in-children', { 'accept-language': 'ar' });
      expect(shown.body).toContain('<article lang="ar" dir="rtl">');
      expect(shown.body).toContain('<h1 lang="ar" dir="rtl">الاتجار بالأطفال</h1>');
      expect(shown.body).toContain('هذه هي الترجمة الرسمية إلى اللغة العربية');

      // French has no translation of this publication: the original, and a notice in French.
      const french = await visitor().get('/publications/trafficking-in-children?lang=fr');
      expect(french.body).toContain('<article lang="en" dir="ltr">');
      expect(french.body).toContain('Ce texte n’a pas de traduction approuvée en français');
      // An event without translations, in the original's language: no notice at all.
      const event = await visitor().get('/events/2022-beyond-the-short-term-how-to-address-vulnerability-to-trafficking-in-persons-in');
      expect(event.body).toContain('<article lang="en" dir="ltr">');
      expect(event.body).not.toContain('text-language-notice');
    });

    it('lets one of two people editing a translation at once win; the other gets 409 with what they typed', async () => {
      const id = await idOf('events', '2022-beyond-the-short-term-how-to-address-vulnerability-to-trafficking-in-persons-in');
      const base = `/translations/event/${id}`;
      const [first, second] = await Promise.all([
        (await osce()).post(base, { language: 'es', title: 'Más allá del corto plazo', body: 'Texto de la OSCE.' }),
        (await cochair()).post(base, { language: 'es', title: 'Más allá del corto plazo (ICMPD)', body: 'Texto del ICMPD.' }),
      ]);
      expect([first.statusCode, second.statusCode].sort()).toEqual([303, 409]);
      expect((await versionsOf('event', id, 'es')).length).toBe(1);

      const version = await rowVersion('event', id, 'es');
      const [a, b] = await Promise.all([
        (await admin()).post(`${base}/es`, { title: 'Más allá del corto plazo', body: 'Versión de la secretaría.', version }),
        (await cochair()).post(`${base}/es`, { title: 'Más allá del corto plazo', body: 'Versión de la copresidencia, escrita a la vez.', version }),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([303, 409]);
      const loser = a.statusCode === 409 ? a : b;
      const winner = a.statusCode === 409 ? 'Versión de la copresidencia, escrita a la vez.' : 'Versión de la secretaría.';
      const typed = a.statusCode === 409 ? 'Versión de la secretaría.' : 'Versión de la copresidencia, escrita a la vez.';
      expect(loser.body).toContain('class="error-summary"');
      expect(loser.body).toContain(`>${typed}</textarea>`);
      expect(loser.body).toContain('id="newer-title"');
      expect(loser.body).toContain(winner);
      const versions = await versionsOf('event', id, 'es');
      expect(versions.map((version) => version.body)).toEqual([expect.any(String), winner]);
    });

    it("keeps a focal point to their own organization's translations, and approval to the secretariat", async () => {
      const publication = await idOf('publications', 'trafficking-in-persons-in-humanitarian-crises');
      const base = `/translations/publication/${publication}`;
      expect((await (await osce()).post(base, { language: 'ru', title: 'Торговля людьми в условиях гуманитарных кризисов', body: 'Перевод ОБСЕ.' })).statusCode).toBe(303);
      const version = await rowVersion('publication', publication, 'ru');

      const other = await unhcr();
      const edit = await other.post(`${base}/ru`, { title: 'Чужая правка', body: 'Не должно сохраниться.', version });
      expect(edit.statusCode).toBe(403);
      expect((await other.post(`${base}/ru/approve`, { number: '1', version })).statusCode).toBe(403);
      expect((await (await osce()).post(`${base}/ru/approve`, { number: '1', version })).statusCode).toBe(403);
      expect((await (await member()).post(base, { language: 'zh', title: '标题', body: '正文' })).statusCode).toBe(403);
      const page = await other.get(`${base}/ru`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Only the secretariat, the co-chairs and the organization that added this translation may change it.');
      expect(page.body).not.toContain('action="/translations/publication');
      expect((await versionsOf('publication', publication, 'ru')).map((row) => row.body)).toEqual(['Перевод ОБСЕ.']);
      const row = await ctx().database.db.selectFrom('text_translations').select(['approved_version']).where('text_id', '=', publication).where('language', '=', 'ru').executeTakeFirstOrThrow();
      expect(row.approved_version).toBeNull();

      // The co-chairs of the year hold the pen on every translation; the public reads none of the workspace.
      expect((await (await cochair()).post(`${base}/ru`, { title: 'Торговля людьми в условиях гуманитарных кризисов', body: 'Правка сопредседателя.', version })).statusCode).toBe(303);
      expect((await visitor().get(base)).statusCode).toBe(303);

      // Bad input: every problem at once, nothing stored.
      const bad = await (await osce()).post(base, { language: 'en', title: '', body: ' ' });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('class="error-summary"');
      expect(bad.body).toMatch(/data-error-field|href="#title"/);
      const wrongLanguage = await (await osce()).post(base, { language: 'en', title: 'Title', body: 'Body' });
      expect(wrongLanguage.statusCode).toBe(400);
      expect(wrongLanguage.body).toContain('is the language the text is written in');
      const count = await ctx()
        .database.db.selectFrom('text_translations')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('text_id', '=', publication)
        .where('text_kind', '=', 'publication')
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(1);
    });

    it('finds a text by a word of its approved Chinese, Arabic or French translation', async () => {
      const publication = await idOf('publications', 'trafficking-in-persons-in-humanitarian-crises');
      const pen = await admin();
      const base = `/translations/publication/${publication}`;
      expect((await pen.post(base, { language: 'zh', title: '人道主义危机中的贩运人口问题', body: '本简报讨论冲突局势。' })).statusCode).toBe(303);
      expect((await pen.post(base, { language: 'fr', title: 'La traite des personnes dans les crises humanitaires', body: 'Les déclarations communes des organisations.' })).statusCode).toBe(303);
      const search = async (q: string) => (await visitor().get(`/api/v1/search?q=${encodeURIComponent(q)}`)).json() as { items: { url: string; language: string }[] };

      // Unapproved words are not found.
      expect((await search('贩运')).items.map((item) => item.url)).not.toContain('/publications/trafficking-in-persons-in-humanitarian-crises?lang=zh');
      for (const language of ['zh', 'fr']) {
        expect((await pen.post(`${base}/${language}/approve`, { number: '1', version: await rowVersion('publication', publication, language) })).statusCode).toBe(303);
      }
      const children = await idOf('publications', 'trafficking-in-children');
      expect((await search('贩运')).items.map((item) => item.url)).toContain('/publications/trafficking-in-persons-in-humanitarian-crises?lang=zh');
      expect((await search('危机')).items.map((item) => item.url)).toContain('/publications/trafficking-in-persons-in-humanitarian-crises?lang=zh');
      const page = await visitor().get(`/search?q=${encodeURIComponent('贩运')}`);
      expect(page.body).toContain('<h2 class="result-title" lang="zh" dir="ltr">');
      expect(page.body).toContain(' · Chinese');
      // The Arabic title approved in an earlier test: a word of it finds it.
      expect((await search('بالأطفال')).items.map((item) => item.url)).toContain('/publications/trafficking-in-children?lang=ar');
      // French stems: the singular finds the plural.
      expect((await search('déclaration')).items.map((item) => item.url)).toContain('/publications/trafficking-in-persons-in-humanitarian-crises?lang=fr');
      // English searches work as before, and the original is still found.
      expect((await search('humanitarian crises')).items.map((item) => item.url)).toContain('/publications/trafficking-in-persons-in-humanitarian-crises');
      expect(children).toBeGreaterThan(0);
    });

    it('keeps the language a text is written in, and offers translations into the others only', async () => {
      const pen = await cochair();
      const created = await pen.post('/statements/new', {
        kind: 'joint_statement',
        title: 'Déclaration conjointe sur la traite',
        slug: 'declaration-en-francais',
        body: 'Les organisations appellent à agir.',
        original_language: 'fr',
      });
      expect(created.statusCode).toBe(303);
      const id = await idOf('statements', 'declaration-en-francais');
      const list = await pen.get(`/translations/statement/${id}`);
      expect(list.body).toContain('The text is written in French.');
      expect(list.body).not.toContain('<option value="fr"');
      expect(list.body).toContain('<option value="en"');
      expect((await pen.post(`/translations/statement/${id}`, { language: 'fr', title: 'Titre', body: 'Texte' })).statusCode).toBe(400);
      const indexed = await ctx().database.db.selectFrom('search_index').select(['language', 'is_translation']).where('kind', '=', 'statement').where('record_id', '=', id).execute();
      expect(indexed).toEqual([{ language: 'fr', is_translation: false }]);
      // A member reads it in its own language, whatever theirs, and the page says so.
      const page = await (await member()).get('/statements/declaration-en-francais');
      expect(page.body).toContain('<article lang="fr" dir="ltr">');
      const form = await (await admin()).get('/publications/trafficking-in-children/edit');
      expect(form.body).toContain('name="original_language"');
      expect(form.body).toMatch(/<option value="en" selected/);
    });

    it("translates a section of the annual report for its co-chairs, and keeps a draft report's sections from others", async () => {
      const pen = await cochair();
      const workspace = await pen.get('/reports/2022/edit');
      expect(workspace.body).toContain('href="/translations/report_section/2022.foreword"');
      const added = await pen.post('/translations/report_section/2022.foreword', { language: 'es', title: 'Prólogo', body: 'Texto del prólogo en español.' });
      expect(added.statusCode, added.body.slice(0, 300)).toBe(303);
      expect((await pen.get('/translations/report_section/2022.foreword/es')).body).toContain('Texto del prólogo en español.');
      expect((await (await osce()).get('/translations/report_section/2022.foreword')).statusCode).toBe(403);
      expect((await pen.get('/translations/report_section/2022.nosuch')).statusCode).toBe(400);
      expect((await pen.get('/translations/statement/2022.foreword')).statusCode).toBe(400);
    });
  });
}
