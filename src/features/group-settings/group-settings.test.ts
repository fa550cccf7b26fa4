import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createTestContext, useTestContext } from '../../../test/support/build-test-app';
import { createTestAccount } from '../../../test/support/factories';
import { TestClient } from '../../../test/support/http-client';
import { postMultipart } from '../../../test/support/multipart';
import { zipText } from '../../../test/support/documents';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { bestTextOn, contrastRatio, shownRatio } from '../../lib/group';
import { supportedLocales } from '../../lib/i18n';
import { textFieldName, textFieldNames } from './group-settings.schemas';
import { isAppError } from '../../lib/errors';
import { senderFor, defaultMailFrom } from '../../lib/mail';
import { commandLineActor, type Actor } from '../../policy/actor';
import { beginSecondFactor } from '../accounts/second-factor.service';
import { documentFileName } from '../reports/report.files';
import * as groupSettings from './group-settings.service';
import * as meetings from '../meetings/meetings.service';
import { up as keepIcatIdentity } from '../../db/migrations/202612041210_keep_icat_identity';
import { up as keepIcatCrisesSection } from '../../db/migrations/202612041501_keep_icat_crises_section';
import { compileReport } from '../reports/report.compile';
import { icat, useGroup } from '../../../test/support/group-words';
import { reportSectionFieldName } from './group-settings.schemas';

const logoSvg = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" viewBox="0 0 10 10"><!-- a comment --><sodipodi:namedview id="editor"/><title>NCG</title><rect width="10" height="10" fill="#0b3954"/><use href="#r"/></svg>',
);

/** What the form sends: every field, as the page shows them, with changes. */
function formFrom(values: Record<string, string>, changes: Record<string, string>): Record<string, string> {
  return { ...values, ...changes };
}

/** A new group writes its texts in English (and its name in French): every other text is left empty. */
const emptyTranslations = Object.fromEntries(supportedLocales.filter((locale) => locale !== 'en').flatMap((locale) => textFieldNames.map((field) => [textFieldName(field, locale), ''])));

const northern = {
  ...emptyTranslations,
  shortName: 'NCG',
  fullName_en: 'Northern Coordination Group on Migration',
  fullName_fr: 'Groupe de coordination du Nord sur les migrations',
  description_en: 'Coordinating the north together',
  homeText_en: 'The **Northern Coordination Group** brings agencies together.',
  aboutText_en: 'How the *Northern* group began.',
  principals_en: 'Heads of agency',
  principalsMeeting_en: 'Heads of agency meeting',
  advisors_en: '',
  prefix_principal: 'HAM',
  primaryColour: '#0b3954',
  accentColour: '#1d5f8a',
  contactEmail: 'secretariat@ncg.example.org',
};

for (const kind of testDatabaseKinds()) {
  describe(`group settings [${kind}]`, () => {
    const ctx = useTestContext(kind);

    async function signedIn(roles: ('admin' | 'member' | 'focal_point')[]) {
      const account = await createTestAccount(ctx().deps, { roles, entity: 'UNODC' });
      const client = new TestClient(ctx().app);
      await client.signIn(account.email, account.password);
      return { account, client };
    }

    async function saved() {
      return ctx().deps.db.selectFrom('group_settings').selectAll().executeTakeFirstOrThrow();
    }

    async function formValues(): Promise<Record<string, string>> {
      return (await groupSettings.groupSettingsForEditing(ctx().deps, commandLineActor())).values;
    }

    it('starts as ICAT, from the seed: title, header and home text', async () => {
      const home = await new TestClient(ctx().app).get('/');
      expect(home.body).toMatch(/<title>[^<]* · ICAT<\/title>/);
      expect(home.body).toContain('<span class="brand-long">Inter-Agency Coordination Group against Trafficking in Persons</span>');
      expect((await saved()).short_name).toBe('ICAT');
    });

    it('refuses a person who is not an administrator, and changes nothing', async () => {
      const { client } = await signedIn(['member', 'focal_point']);
      expect((await client.get('/admin/group')).statusCode).toBe(403);
      const before = await saved();
      const response = await postMultipart(client, '/admin/group', formFrom(await formValues(), { shortName: 'HACK' }), []);
      expect(response.statusCode).toBe(403);
      expect(await saved()).toEqual(before);
      const anonymous = new TestClient(ctx().app);
      expect([401, 303]).toContain((await anonymous.get('/admin/group')).statusCode);
    });

    it('refuses bad colours and logos, naming the colour, its contrast and the file, and changes nothing', async () => {
      const { client } = await signedIn(['admin']);
      const values = await formValues();
      const before = await saved();
      const cases: [Record<string, string>, { field: string; fileName: string; bytes: Buffer }[], string[]][] = [
        [{ accentColour: '#ffff00' }, [], ['#ffff00', `${Math.floor(contrastRatio('#ffffff', '#ffff00') * 100) / 100}:1`, '4.5:1']],
        [{ primaryColour: '#777777' }, [], ['#777777', `${shownRatio(bestTextOn('#777777').ratio)}:1`]],
        [{ primaryColour: 'blue' }, [], ['six hexadecimal digits']],
        [{}, [{ field: 'logo', fileName: 'evil.svg', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') }], ['evil.svg', 'a script']],
        [
          {},
          [{ field: 'logo', fileName: 'click.svg', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect onclick="alert(1)" width="1" height="1"/></svg>') }],
          ['click.svg', 'an event handler (onclick)'],
        ],
        [
          {},
          [{ field: 'logo', fileName: 'far.svg', bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(https://evil.example/x)" width="1" height="1"/></svg>') }],
          ['far.svg', 'https://evil.example/x'],
        ],
        [{}, [{ field: 'logo', fileName: 'big.png', bytes: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(600 * 1024)]) }], ['big.png', '512 KB']],
        [{}, [{ field: 'logo', fileName: 'logo.pdf', bytes: Buffer.from('%PDF-1.4\n%%EOF\n') }], ['logo.pdf', 'SVG or PNG']],
        [{ fullName_en: '' }, [], ['full name in English']],
        [{ prefix_working: 'wl m' }, [], ['capital letters']],
      ];
      for (const [changes, files, expected] of cases) {
        const response = await postMultipart(client, '/admin/group', formFrom(values, changes), files);
        expect(response.statusCode, JSON.stringify(changes)).toBe(400);
        for (const text of expected) expect(response.body, text).toContain(text.replace(/'/g, '&#39;'));
        expect(response.body).toContain('class="error-summary"');
      }
      expect(await saved()).toEqual(before);
    });

    it('saves every field as the administrator typed it, audited, and every place shows the new group', async () => {
      const { client } = await signedIn(['admin']);
      const response = await postMultipart(client, '/admin/group', formFrom(await formValues(), northern), [{ field: 'logo', fileName: 'ncg.svg', bytes: logoSvg }]);
      expect(response.statusCode, response.body.slice(0, 2000)).toBe(303);
      const row = await saved();
      expect(row.short_name).toBe('NCG');
      expect(row.full_name).toMatchObject({ en: northern.fullName_en, fr: northern.fullName_fr });
      expect(row.advisors).toEqual({});
      expect(row.decision_prefixes).toEqual({ principal: 'HAM', working: 'WLM', group: 'GLM' });
      const audit = await ctx().deps.db.selectFrom('audit_log').selectAll().where('table_name', '=', 'group_settings').where('action', '=', 'update').execute();
      expect(audit).toHaveLength(1);

      const visitor = new TestClient(ctx().app);
      const home = await visitor.get('/');
      expect(home.body).toMatch(/<title>Coordinating the north together · NCG<\/title>/);
      expect(home.body).toContain('<span class="brand-short">NCG</span>');
      expect(home.body).toContain(northern.fullName_en);
      expect(home.body).toContain('<strong>Northern Coordination Group</strong>');
      expect(home.body).toContain('<a href="mailto:secretariat@ncg.example.org">secretariat@ncg.example.org</a>');
      expect(home.body).not.toContain('Trafficking in Persons</span>');
      expect(home.body).toMatch(/<img class="brand-logo" src="\/group\/logo\?v=\d+"/);
      // French reads its own full name; a text without French falls back to English.
      const french = await visitor.get('/?lang=fr');
      expect(french.body).toContain(northern.fullName_fr);
      expect(french.body).toContain('<strong>Northern Coordination Group</strong>');
      expect((await visitor.get('/about')).body).toContain('<em>Northern</em>');
      // The colours, as the stylesheet every page links.
      expect((await visitor.get('/group/brand.css')).body).toContain('--brand-primary: #0b3954;');
      // The logo, written out again without the editor's markup and comments.
      const logo = await visitor.get('/group/logo');
      expect(logo.headers['content-type']).toContain('image/svg+xml');
      expect(logo.body).toContain('<rect width="10" height="10" fill="#0b3954">');
      expect(logo.body).not.toContain('sodipodi');
      expect(logo.body).not.toContain('comment');
      // Feed, calendar, second factor, mail sender, report and export file names (read in English).
      expect((await new TestClient(ctx().app).get('/feed.atom')).body).toContain(`<author><name>${northern.fullName_en}</name></author>`);
      const calendar = await new TestClient(ctx().app).get('/meetings.ics');
      expect(calendar.headers['content-disposition']).toContain('ncg-meetings.ics');
      expect(calendar.body).toMatch(/PRODID:-\/\/NCG\/\/coordination platform\/\/EN/);
      expect(calendar.body).toContain('X-WR-CALNAME:NCG meetings');
      const member = await createTestAccount(ctx().deps, { roles: ['member'], entity: 'UNODC' });
      const actor: Actor = { accountId: member.id, name: 'Member', email: member.email, entityId: null, entityAcronym: null, roles: ['member'], cochairYears: [], sessionId: null, locale: null };
      const totp = await beginSecondFactor(ctx().deps, actor);
      expect(totp.uri).toContain('issuer=NCG');
      expect(senderFor(defaultMailFrom, groupSettings.groupIdentity('en').shortName)).toBe('"NCG" <no-reply@localhost>');
      expect(senderFor('Secretariat <s@example.org>', 'NCG')).toBe('Secretariat <s@example.org>');
      expect(documentFileName(2025, 'pdf')).toBe('ncg-annual-report-2025.pdf');
      expect(documentFileName(2025, 'docx', 'fr')).toBe('ncg-annual-report-2025-fr.docx');
      const admin = client;
      const csv = await admin.get('/admin/audit.csv');
      expect(csv.headers['content-disposition']).toContain('ncg-audit-log.csv');
      // A new decision at a principal-level meeting takes the group's prefix.
      const meeting = await ctx().deps.db.selectFrom('meetings').select(['id', 'number', 'starts_on']).where('level', '=', 'principal').orderBy('number', 'desc').executeTakeFirstOrThrow();
      const decision = await meetings.recordDecision(ctx().deps, commandLineActor(), meeting.id, {
        type: 'other',
        title: 'A decision under the new prefix',
        body: undefined,
        statement: undefined,
        term_year: undefined,
        chairs: [],
      });
      expect(decision.reference).toMatch(new RegExp(`^HAM${meeting.number}/${meeting.starts_on.slice(0, 4)}/\\d+$`));
      // The annual report: its cover, its file names and its Word metadata.
      const report = await admin.get('/reports/2022');
      expect(report.body).toContain(`<p class="report-group">${northern.fullName_en}</p>`);
      const docx = await admin.get('/reports/2022/report.docx');
      expect(docx.headers['content-disposition']).toContain('ncg-annual-report-2022.docx');
      expect(zipText(docx.rawPayload, 'docProps/core.xml')).toContain(`<dc:creator>${northern.fullName_en}</dc:creator>`);

      // Removing the logo takes it off every page.
      const removed = await postMultipart(client, '/admin/group', formFrom(await formValues(), { removeLogo: 'on' }), []);
      expect(removed.statusCode).toBe(303);
      expect((await visitor.get('/group/logo')).statusCode).toBe(404);
      expect((await visitor.get('/')).body).not.toContain('brand-logo');
    });

    it('names the report’s crises section per language from the form, and a group that leaves every name empty has none', async () => {
      const { client } = await signedIn(['admin']);
      try {
        const page = await client.get('/admin/group');
        expect(page.body).toContain(`name="${reportSectionFieldName('crises', 'fr')}"`);
        expect(page.body).toContain('value="Réponse aux crises"');
        const names = {
          ...Object.fromEntries(supportedLocales.map((locale) => [reportSectionFieldName('crises', locale), ''])),
          reportSection_crises_en: 'Crises and conflicts',
          reportSection_crises_fr: '  Crises et conflits ',
        };
        expect((await postMultipart(client, '/admin/group', formFrom(await formValues(), names), [])).statusCode).toBe(303);
        expect((await saved()).report_sections).toEqual({ crises: { en: 'Crises and conflicts', fr: 'Crises et conflits' } });
        const french = await compileReport(ctx().deps, { year: 2022, status: 'draft', narratives: {}, locale: 'fr' });
        expect(french.sections.find((section) => section.id === 'crises')?.title).toBe('Crises et conflits');
        // Spanish has no name of its own: the English one.
        const spanish = await compileReport(ctx().deps, { year: 2022, status: 'draft', narratives: {}, locale: 'es' });
        expect(spanish.sections.find((section) => section.id === 'crises')?.title).toBe('Crises and conflicts');

        // A name too long is refused, naming the field, and nothing changes.
        const long = await postMultipart(client, '/admin/group', formFrom(await formValues(), { reportSection_crises_ru: 'к'.repeat(151) }), []);
        expect(long.statusCode).toBe(400);
        expect(long.body).toContain('at most 150 characters');
        expect((await saved()).report_sections).toEqual({ crises: { en: 'Crises and conflicts', fr: 'Crises et conflits' } });

        const none = Object.fromEntries(supportedLocales.map((locale) => [reportSectionFieldName('crises', locale), '']));
        expect((await postMultipart(client, '/admin/group', formFrom(await formValues(), none), [])).statusCode).toBe(303);
        expect((await saved()).report_sections).toEqual({});
        const without = await compileReport(ctx().deps, { year: 2022, status: 'draft', narratives: {} });
        expect(without.sections.map((section) => section.id)).not.toContain('crises');
      } finally {
        useGroup(icat);
      }
    });

    it('refuses the second of two administrators saving the same version (409), keeping what they typed', async () => {
      const first = await signedIn(['admin']);
      const second = await signedIn(['admin']);
      const values = await formValues();
      expect((await postMultipart(first.client, '/admin/group', formFrom(values, { shortName: 'FIRST' }), [])).statusCode).toBe(303);
      const stale = await postMultipart(second.client, '/admin/group', formFrom(values, { shortName: 'SECOND', description_en: 'What the second typed' }), []);
      expect(stale.statusCode).toBe(409);
      expect(stale.body).toContain('Someone else saved the group settings');
      expect(stale.body).toContain('value="SECOND"');
      expect(stale.body).toContain('What the second typed');
      expect((await saved()).short_name).toBe('FIRST');
      // Sent again from the page it got back (at the version now saved), the second save goes through.
      const version = /name="version" value="(\d+)"/.exec(stale.body)?.[1] ?? '';
      expect(Number(version)).toBe((await saved()).version);
      expect((await postMultipart(second.client, '/admin/group', formFrom(values, { shortName: 'SECOND', version }), [])).statusCode).toBe(303);
      expect((await saved()).short_name).toBe('SECOND');
    });

    it('picks up a change made by another process (the command line, another instance) while running', async () => {
      const stop = groupSettings.watchGroupSettings(ctx().deps, 50);
      try {
        await new Promise((resolve) => setTimeout(resolve, 150));
        // Another process writes the row: this one has not read it.
        await ctx()
          .deps.db.updateTable('group_settings')
          .set({ short_name: 'ELSEWHERE', version: (await saved()).version + 1, updated_at: new Date() })
          .execute();
        const visitor = new TestClient(ctx().app);
        let title = '';
        for (let attempt = 0; attempt < 60 && !title.includes('ELSEWHERE'); attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          title = /<title>([^<]*)<\/title>/.exec((await visitor.get('/')).body)?.[1] ?? '';
        }
        expect(title).toContain('· ELSEWHERE');
      } finally {
        stop();
      }
    });
  });

  describe(`a fresh install and icat init [${kind}]`, () => {
    it('shows neutral words before it is set up, prepares an empty database once, and refuses a database with data', async () => {
      const context = await createTestContext(kind, { seed: false });
      try {
        await groupSettings.loadGroupSettings(context.deps);
        const before = await new TestClient(context.app).get('/');
        expect(before.body).toMatch(/<title>[^<]* · Coordination group<\/title>/);
        expect(before.body).not.toContain('ICAT');
        expect(before.body).toContain('<span class="brand-long">Coordination group</span>');

        const group = await groupSettings.initialiseGroup(context.deps, commandLineActor('icat init'), {
          name: 'Southern Anti-Trafficking Network',
          shortName: 'SATN',
          contact: 'office@satn.example.org',
        });
        expect(group.shortName).toBe('SATN');
        expect(await groupSettings.isInitialisedForGroup(context.deps)).toBe(true);
        const after = await new TestClient(context.app).get('/');
        expect(after.body).toMatch(/<title>[^<]* · SATN<\/title>/);
        expect(after.body).toContain('Southern Anti-Trafficking Network');

        // A new install that is not ICAT's gets no ICAT row from the upgrade migration.
        await context.deps.db.deleteFrom('group_settings').execute();
        await keepIcatIdentity(context.deps.db as unknown as Kysely<unknown>);
        expect(await context.deps.db.selectFrom('group_settings').selectAll().execute()).toEqual([]);
        await groupSettings.initialiseGroup(context.deps, commandLineActor('icat init'), { name: 'Southern Anti-Trafficking Network', shortName: 'SATN' }).catch(() => undefined);
        const again = await groupSettings.initialiseGroup(context.deps, commandLineActor('icat init'), { name: 'Another', shortName: 'ANO' }).catch((error: unknown) => error);
        expect(isAppError(again, 'CONFLICT')).toBe(true);
        expect((again as Error).message).toContain('group settings');
        expect((await context.deps.db.selectFrom('group_settings').select('short_name').executeTakeFirstOrThrow()).short_name).toBe('SATN');
      } finally {
        await context.database.close();
      }
    });

    it('refuses to initialise a database that holds the demo data, naming what it holds', async () => {
      const context = await createTestContext(kind);
      try {
        await context.deps.db.deleteFrom('group_settings').execute();
        const refused = await groupSettings.initialiseGroup(context.deps, commandLineActor('icat init'), { name: 'Another', shortName: 'ANO' }).catch((error: unknown) => error);
        expect(isAppError(refused, 'CONFLICT')).toBe(true);
        expect((refused as Error).message).toMatch(/the demo data, \d+ member organizations/);
        expect(await context.deps.db.selectFrom('group_settings').selectAll().execute()).toEqual([]);
        expect(await groupSettings.isInitialisedForGroup(context.deps)).toBe(false);

        // An ICAT install upgraded from before the settings existed keeps its name: the migration writes ICAT's row.
        await keepIcatIdentity(context.deps.db as unknown as Kysely<unknown>);
        const kept = await context.deps.db.selectFrom('group_settings').selectAll().executeTakeFirstOrThrow();
        expect(kept.short_name).toBe('ICAT');
        expect(kept.full_name).toMatchObject({ en: 'Inter-Agency Coordination Group against Trafficking in Persons' });
        expect(kept.principals).toMatchObject({ en: 'Principals' });
        // ... and the next one gives it back its crises section, in the six languages.
        expect(kept.report_sections).toEqual({});
        await keepIcatCrisesSection(context.deps.db as unknown as Kysely<unknown>);
        const named = await context.deps.db.selectFrom('group_settings').select('report_sections').executeTakeFirstOrThrow();
        expect(named.report_sections).toEqual({ crises: icat.reportSections.crises });
        // Another group's settings are left alone: no crises section until it names one.
        await context.deps.db.updateTable('group_settings').set({ short_name: 'NCG', report_sections: '{}' }).execute();
        await keepIcatCrisesSection(context.deps.db as unknown as Kysely<unknown>);
        expect((await context.deps.db.selectFrom('group_settings').select('report_sections').executeTakeFirstOrThrow()).report_sections).toEqual({});
        await context.deps.db.updateTable('group_settings').set({ short_name: 'ICAT' }).execute();
        // Run again, it leaves the row alone.
        await context.deps.db.updateTable('group_settings').set({ short_name: 'ICAT2' }).execute();
        await keepIcatIdentity(context.deps.db as unknown as Kysely<unknown>);
        expect((await context.deps.db.selectFrom('group_settings').select('short_name').executeTakeFirstOrThrow()).short_name).toBe('ICAT2');
      } finally {
        await context.database.close();
      }
    });
  });
}
