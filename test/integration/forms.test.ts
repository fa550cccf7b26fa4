/**
 * Forms as a person meets them (the GOV.UK error summary pattern): every problem at once, at the top,
 * each named by the field's visible label and linked to it, the field marked, what was typed kept;
 * refusals and bad addresses in plain words.
 */
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../support/build-test-app';
import { createTestAccount, signedInPeople } from '../support/factories';
import { TestClient } from '../support/http-client';
import { postMultipart } from '../support/multipart';
import { sampleHtml } from '../support/sample-files';
import { testDatabaseKinds } from '../support/test-database';
import * as plans from '../../src/features/progress/plan.service';
import { labelErrorSummaries } from '../../src/views/components/forms';
import { setPasswordForm } from '../../src/features/accounts/accounts.schemas';
import { meetingForm } from '../../src/features/meetings/meetings.schemas';
import { parsePlanYaml } from '../../src/features/progress/plan.format';
import { evidenceLinksField, newUpdateQuery, periodForm } from '../../src/features/progress/progress.schemas';
import { inLocale, translator, type Locale } from '../../src/lib/i18n';
import { fieldIssues } from '../../src/lib/validation';

/** The error summary of a page: each entry's link target and text. */
function summaryOf(page: string): { href: string | null; text: string }[] {
  const summary = /<div class="error-summary"[\s\S]*?<\/div>/.exec(page)?.[0] ?? '';
  return [...summary.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((match) => ({
    href: /href="([^"]*)"/.exec(match[1] ?? '')?.[1] ?? null,
    text: (match[1] ?? '')
      .replace(/<[^>]*>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/\s+/g, ' ')
      .trim(),
  }));
}

for (const kind of testDatabaseKinds()) {
  describe(`forms and refusals [${kind}]`, () => {
    const ctx = useTestContext(kind);
    const { client } = signedInPeople(ctx);

    async function as(roles: Parameters<typeof createTestAccount>[1]['roles'], entity: string): Promise<TestClient> {
      const account = await createTestAccount(ctx().deps, { roles, entity });
      const client = new TestClient(ctx().app);
      await client.signIn(account.email, account.password);
      return client;
    }

    it('lists every problem of a progress update at once, by label, linked to its field, keeping what was typed', async () => {
      const plan = await plans.findPlanForYear(ctx().deps, 2022);
      const item = plan?.items.find((candidate) => candidate.code === '6.1.1');
      const indicator = item?.indicators[0];
      const focal = await as(['focal_point'], 'UNHCR');
      const before = await ctx()
        .database.db.selectFrom('progress_updates')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      const response = await focal.post('/progress/updates', {
        period: '1',
        item: String(item?.id),
        status: 'on_track',
        narrative: '',
        evidence_links: 'https://example.org/a Fine\nnot-a-link',
        [`indicator_${indicator?.id}`]: 'three',
        intent: 'submit',
      });
      expect(response.statusCode).toBe(400);
      const entries = summaryOf(response.body);
      expect(entries.map((entry) => entry.href).sort()).toEqual(['#evidence_links', `#indicator_${indicator?.id}`, '#narrative'].sort());
      expect(entries.find((entry) => entry.href === '#narrative')?.text).toBe('What was done (Markdown): is required to submit: say what was done');
      expect(entries.find((entry) => entry.href === '#evidence_links')?.text).toMatch(/^Evidence links: line 2: "not-a-link" is not a web address/);
      expect(entries.find((entry) => entry.href === `#indicator_${indicator?.id}`)?.text).toBe(`${indicator?.name} (${indicator?.unit}): must be a number`);
      expect(response.body).not.toMatch(/>(evidence_links|indicator_\d+|narrative)</);
      expect(response.body).toContain('id="narrative" name="narrative" rows="8" aria-describedby="narrative-hint" aria-invalid="true"');
      expect(response.body).toContain('value="three"');
      expect(response.body).toContain('not-a-link</textarea>');
      const after = await ctx()
        .database.db.selectFrom('progress_updates')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      expect(after.count).toBe(before.count);
    });

    it('reports a rule across fields (left before joined) together with the other problems', async () => {
      const admin = await as(['admin'], 'UNODC');
      const form = await admin.get('/members/icmpd/edit');
      const version = /name="version" value="(\d+)"/.exec(form.body)?.[1] ?? '1';
      const refused = await admin.post('/members/icmpd/edit', { name: '', kind: 'international', status: 'member', joined_year: '2010', left_year: '2005', version });
      expect(refused.statusCode).toBe(400);
      expect(summaryOf(refused.body).map((entry) => entry.href)).toEqual(['#name', '#left_year']);

      const meeting = await admin.post('/meetings', { level: 'group', title: '', date: '2022-12-01', time: '10:00', end_time: '09:00', time_zone: 'UTC', visibility: 'public' });
      expect(meeting.statusCode).toBe(400);
      expect(summaryOf(meeting.body).map((entry) => entry.href)).toEqual(['#title', '#end_time']);
    });

    it('shows a refused upload beside its field, and comes back scrolled there', async () => {
      const focal = await as(['focal_point'], 'UNICEF');
      const created = await focal.post('/progress/updates', { period: '1', item: '1', status: 'on_track', narrative: 'With a file' });
      const id = Number(/\/progress\/updates\/(\d+)/.exec(String(created.headers.location))?.[1]);
      const refused = await postMultipart(focal, `/progress/updates/${id}/files`, {}, [{ field: 'files', fileName: 'page.pdf', bytes: sampleHtml }]);
      expect(refused.statusCode).toBe(415);
      expect(refused.body).toMatch(/action="\/progress\/updates\/\d+\/files\?_csrf=[^"#]+#attach"/);
      const attach = refused.body.indexOf('<div id="attach">');
      const summary = refused.body.indexOf('class="error-summary"');
      const field = refused.body.indexOf('<input id="files"');
      expect(attach).toBeGreaterThan(0);
      expect(summary).toBeGreaterThan(attach);
      expect(field).toBeGreaterThan(summary);
      expect(refused.body.match(/class="error-summary"/g)).toHaveLength(1);
      expect(summaryOf(refused.body)[0]?.href).toBe('#files');
    });

    it('gives a statement page of several forms a short contents, one link a section', async () => {
      const chair = await as(['cochair', 'focal_point'], 'ICMPD');
      const created = await chair.post('/statements/new', { kind: 'joint_statement', title: 'A statement with many forms', body: 'We, the members, ...' });
      expect(created.statusCode).toBe(303);
      const page = await chair.get(String(created.headers.location));
      const contents = /<nav class="page-contents[\s\S]*?<\/nav>/.exec(page.body)?.[0] ?? '';
      const links = [...contents.matchAll(/<a href="#([^"]+)">([^<]+)<\/a>/g)].map((match) => [match[1], match[2]]);
      expect(links.map(([, label]) => label)).toEqual(expect.arrayContaining(['Text', 'Open a consultation', 'Open an endorsement round']));
      for (const [id] of links) expect(page.body).toContain(`<h2 id="${id}"`);
      const anonymous = await new TestClient(ctx().app).get('/statements/call-to-action-humanitarian-crises-2022');
      expect(anonymous.body).not.toContain('page-contents');
    });

    it('has the invitation choose its organization from a list, and names the field by its label', async () => {
      const admin = await as(['admin'], 'UNODC');
      const form = await admin.get('/account/invite');
      expect(form.body).toMatch(/<select id="entity" name="entity"[^>]*>/);
      expect(form.body).toContain('<option value="ICMPD">ICMPD: International Centre for Migration Policy Development</option>');
      const refused = await admin.post('/account/invite', { name: 'A. Person', email: 'a.person@example.org', entity: 'IMO', roles: 'member' });
      expect(refused.statusCode).toBe(400);
      expect(summaryOf(refused.body)).toEqual([{ href: '#entity', text: 'Organization: "IMO" is not a known organization' }]);
      expect(refused.body).toContain('value="a.person@example.org"');
    });

    it("reports what the data or the clock refuses together with the form's other problems, and changes nothing", async () => {
      const db = ctx().database.db;
      const count = async (table: 'publications' | 'pledges' | 'endorsement_rounds' | 'identity_providers' | 'statement_consultations') =>
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as('count'))
            .executeTakeFirstOrThrow()
        ).count;
      const counts = async () => ({
        publications: await count('publications'),
        pledges: await count('pledges'),
        rounds: await count('endorsement_rounds'),
        providers: await count('identity_providers'),
        consultations: await count('statement_consultations'),
      });
      const before = await counts();
      const admin = await as(['admin'], 'UNODC');
      const fields = (page: string) => summaryOf(page).map((entry) => entry.href);

      const pledge = await admin.post('/progress/pledges', { year: '2031', title: '', items: 'Z.9.9' });
      expect(pledge.statusCode).toBe(400);
      expect(fields(pledge.body)).toEqual(expect.arrayContaining(['#title', '#items']));
      const texts = summaryOf(pledge.body).map((entry) => entry.text);
      expect(texts).toEqual(expect.arrayContaining([expect.stringContaining('has no term on record'), expect.stringContaining('there is no plan for 2031')]));

      const chair = await as(['cochair', 'focal_point'], 'ICMPD');
      const created = await chair.post('/statements/new', { kind: 'joint_statement', title: 'A round refused at once', body: 'We, the members, ...' });
      const slug = new URL(String(created.headers.location), 'http://localhost').pathname.split('/').pop();
      const round = await chair.post(`/statements/${slug}/rounds`, { rule: 'sometimes', quorum: '999', deadline: '2022-11-01' });
      expect(round.statusCode).toBe(400);
      expect(fields(round.body)).toEqual(expect.arrayContaining(['#rule', '#quorum', '#deadline']));
      expect(round.body).toContain('must be in the future');
      expect(round.body).toMatch(/must not exceed the \d+ members/);
      const consultation = await chair.post(`/statements/${slug}/consultation`, { deadline: '2022-11-01' });
      expect(consultation.statusCode).toBe(400);
      const consultationProblems = summaryOf(consultation.body).map((entry) => entry.text);
      expect(consultationProblems).toEqual(expect.arrayContaining([expect.stringContaining('invite at least one group'), expect.stringContaining('must be in the future')]));

      const provider = await admin.post('/admin/sign-in/providers', { name: '', issuer: 'https://login.example.org/t', clientId: 'c', entities: 'NOPE', domains: 'example.org' });
      expect(provider.statusCode).toBe(400);
      expect(fields(provider.body)).toEqual(expect.arrayContaining(['#name', '#entities', '#clientSecret']));
      expect(provider.body).toContain('NOPE: not a known organization');

      const numbered = await db
        .selectFrom('publications')
        .select(['kind', 'number', 'title'])
        .where('number', 'is not', null)
        .where('number_uncertain', '=', false)
        .orderBy('id')
        .executeTakeFirstOrThrow();
      const publication = await postMultipart(admin, '/publications', { kind: numbered.kind, number: String(numbered.number), title: 'x', year: '2022', url: 'not a link' }, []);
      expect(publication.statusCode).toBe(400);
      expect(fields(publication.body)).toEqual(expect.arrayContaining(['#title', '#url', '#number']));
      expect(publication.body).toContain(`already used by &quot;${numbered.title}&quot;`);

      expect(await counts()).toEqual(before);
    });

    it('refuses in plain words, and names a bad value of the address as the address bar shows it', async () => {
      const member = await as(['member'], 'UNODC');
      const refused = await member.get('/admin/audit');
      expect(refused.statusCode).toBe(403);
      expect(refused.body).toContain('Your account does not give access to this page or action.');
      expect(refused.body).not.toMatch(/may not|audit read/);

      const focal = await as(['focal_point'], 'UNHCR');
      const bad = await focal.get('/progress/updates/new?period=1&item=0');
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('This address has a mistake in it');
      expect(bad.body).toContain('<strong><code>item=0</code></strong>: must be the number of a record, from 1');
    });

    it("words a field's own rule in the reader's language", async () => {
      const focal = await client('focal-fr', { roles: ['focal_point'], entity: 'UNHCR' });
      const french = translator('fr');
      const noItem = await focal.get('/progress/updates/new?period=1&lang=fr');
      expect(noItem.statusCode).toBe(400);
      expect(noItem.body).toContain(`<strong>item</strong>: ${french('fields.itemOrPledge')}`);
      const badItem = await focal.get('/progress/updates/new?period=1&item=0&lang=fr');
      expect(badItem.statusCode).toBe(400);
      expect(badItem.body).toContain(`<strong><code>item=0</code></strong>: ${french('fields.recordNumber')}`);
      expect(badItem.body).not.toContain('must be the number of a record');
    });
  });
}

describe("a form's own rules in the reader's language", () => {
  const messages = (locale: Locale, schema: { safeParse(input: unknown): { error?: Parameters<typeof fieldIssues>[0] } }, input: unknown) =>
    inLocale(locale, () => fieldIssues(schema.safeParse(input).error!));

  for (const locale of ['fr', 'ar'] as const) {
    const t = translator(locale);

    it(`says them in ${locale}, with the numbers and plurals of ${locale}`, () => {
      expect(messages(locale, newUpdateQuery, { period: '1' })).toEqual([{ field: 'item', message: t('fields.itemOrPledge') }]);
      expect(messages(locale, newUpdateQuery, { period: 'one', item: '2' })).toEqual([{ field: 'period', message: t('input.notNumber') }]);
      expect(messages(locale, periodForm, { year: '1999', label: 'A', kind: 'monthly', opens_on: '2022-02-30', deadline: '2022-13-01' })).toEqual([
        { field: 'year', message: t('fields.year') },
        { field: 'kind', message: t('fields.periodKind') },
        { field: 'opens_on', message: t('fields.realDate') },
        { field: 'deadline', message: t('fields.realDate') },
      ]);
      expect(messages(locale, periodForm, { year: '2022', label: 'A', kind: 'yearly', opens_on: '2022-03-01', deadline: '2022-02-01' })).toEqual([
        { field: 'deadline', message: t('fields.notBeforeOpening') },
      ]);
      expect(messages(locale, setPasswordForm, { password: 'short', confirm: 'other' })).toEqual([{ field: 'password', message: t('input.tooShort', { count: 12 }) }]);
      const links = Array.from({ length: 21 }, (_, index) => `https://example.org/${index}`).join('\n');
      expect(messages(locale, evidenceLinksField, `${links}\nnot-a-link`)).toEqual([
        { field: 'input', message: t('fields.lineNotWebAddress', { line: 22, address: 'not-a-link' }) },
        { field: 'input', message: t('fields.atMostLinks', { count: 20 }) },
      ]);
      const agenda = messages(locale, meetingForm, { level: 'working', title: 'A meeting', date: '2022-01-01', time_zone: 'Mars/Olympus', visibility: 'public', agenda: 'x'.repeat(501) });
      expect(agenda).toContainEqual({ field: 'time_zone', message: t('fields.timeZone') });
      expect(agenda).toContainEqual({ field: 'agenda', message: t('fields.agendaItemTooLong', { count: 500 }) });
      const plan = inLocale(locale, () => parsePlanYaml('key: Plan\ntitle: ""\nperiod: {start: 1999, end: 2030}\nsample: maybe\n').issues.map((issue) => issue.message));
      expect(plan).toContain(`key: ${t('fields.planKey')}`);
      expect(plan).toContain(`title: ${t('fields.notEmpty')}`);
      expect(plan).toContain(`period.start: ${t('fields.yearFrom', { year: '2000' })}`);
      expect(plan).toContain(`sample: ${t('fields.trueOrFalse')}`);
    });
  }

  it('says them in English where no language is asked for, as before', () => {
    expect(fieldIssues(newUpdateQuery.safeParse({ period: '1' }).error!)).toEqual([{ field: 'item', message: 'choose a plan item or a pledge' }]);
    expect(fieldIssues(evidenceLinksField.safeParse('nope').error!)).toEqual([{ field: 'input', message: 'line 1: "nope" is not a web address (http:// or https://)' }]);
  });
});

describe('error summary labels', () => {
  it('names a field that has no control on the page in words, without a link', () => {
    const page = labelErrorSummaries('<div class="error-summary"><ul><li><a href="#start_date" data-error-field="start_date">start_date</a>: is wrong</li></ul></div>');
    expect(page).toContain('<span class="error-summary-field">Start date</span>: is wrong');
  });

  it('links a field by name to its control when the id differs, and takes a legend for a group', () => {
    const page = labelErrorSummaries(
      '<a href="#x" data-error-field="x">x</a><a href="#roles" data-error-field="roles">roles</a>' +
        '<label for="field-x">Title <span>*</span></label><input id="field-x" name="x">' +
        '<fieldset class="field" id="roles"><legend>Roles</legend></fieldset>',
    );
    expect(page).toContain('<a href="#field-x">Title</a>');
    expect(page).toContain('<a href="#roles">Roles</a>');
  });
});
