import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { createTestAccount } from '../../../test/support/factories';
import { TestClient } from '../../../test/support/http-client';
import { postMultipart } from '../../../test/support/multipart';
import { samplePdf } from '../../../test/support/sample-files';
import { testDatabaseKinds } from '../../../test/support/test-database';

/** Throws unless the text is well-formed XML (namespaces checked). */
function parseXml(text: string): string[] {
  const names: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => names.push(tag.local));
  parser.write(text).close();
  return names;
}

const vmcEvent = '/events/2022-beyond-the-short-term-how-to-address-vulnerability-to-trafficking-in-persons-in';
const draftFields = { kind: 'paper', title: 'Secret draft on pangolinword', year: '2022', summary: 'Not public yet: pangolinword.', languages: 'English, French', version: '0' };

for (const kind of testDatabaseKinds()) {
  describe(`publications and events [${kind}]`, () => {
    const ctx = useTestContext(kind);
    const visitor = () => new TestClient(ctx().app);
    let admin: TestClient;
    let member: TestClient;
    let cochair: TestClient;

    beforeAll(async () => {
      admin = new TestClient(ctx().app);
      const adminAccount = await createTestAccount(ctx().deps, { roles: ['admin'] });
      await admin.signIn(adminAccount.email, adminAccount.password);
      member = new TestClient(ctx().app);
      const memberAccount = await createTestAccount(ctx().deps, { roles: ['focal_point'], entity: 'OSCE' });
      await member.signIn(memberAccount.email, memberAccount.password);
      cochair = new TestClient(ctx().app);
      const cochairAccount = await createTestAccount(ctx().deps, { roles: ['cochair', 'focal_point'], entity: 'ICMPD' });
      await cochair.signIn(cochairAccount.email, cochairAccount.password);
    });

    it('lists the reference publications, with issue-brief numbers only where they are sure', async () => {
      const list = await visitor().get('/publications?kind=issue_brief');
      expect(list.statusCode).toBe(200);
      expect(list.body).toContain('Issue brief 2');
      expect(list.body).toContain('Trafficking in Persons in Humanitarian Crises');
      expect(list.body).toContain('Issue brief (number 5, not confirmed)');
      expect(list.body).not.toContain('Issue brief 5<');
      expect(list.body).toContain('2021 (year not confirmed)');
      const page = await visitor().get('/publications/trafficking-in-children');
      expect(page.body).toContain('number 5, not confirmed');
      expect(page.body).toContain('icat.un.org');
      const annual = await visitor().get('/reports');
      expect(annual.body).toContain('ICAT 2022 Annual Report');
      expect(annual.body).not.toContain('Trafficking in Children');
    });

    it('lists the reference events, "Beyond the Short Term" at the Vienna Migration Conference among them', async () => {
      const list = await visitor().get('/events?year=2022');
      expect(list.body).toContain('Beyond the short term');
      expect(list.body).toContain('11 October 2022 – 12 October 2022');
      const page = await visitor().get(vmcEvent);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Vienna Migration Conference 2022');
      expect(page.body).toContain('Ms Revenco');
      expect(page.body).toContain('ICMPD, ICAT');
      expect(page.body).toContain('the sources do not state the exact day');
    });

    it('gives an .ics for an event with known days, and none for one known only to the month', async () => {
      const ics = await visitor().get(`${vmcEvent}/calendar.ics`);
      expect(ics.statusCode).toBe(200);
      expect(ics.headers['content-type']).toContain('text/calendar');
      const text = ics.body.replace(/\r\n /g, '');
      expect(text).toContain('BEGIN:VCALENDAR');
      expect(text).toContain('BEGIN:VEVENT');
      expect(text).toContain('DTSTART;VALUE=DATE:20221011');
      expect(text).toContain('DTEND;VALUE=DATE:20221013');
      expect(text).toContain('SUMMARY:Beyond the short term');
      expect(text).toContain('On the margins of Vienna Migration Conference 2022');
      expect(text).toMatch(/END:VEVENT\r\nEND:VCALENDAR/);
      const monthOnlyUrl = /href="(\/events\/2012-interactive-dialogue[^"]*)"/.exec((await visitor().get('/events?year=2012')).body)?.[1] as string;
      const monthOnly = await visitor().get(monthOnlyUrl);
      expect(monthOnly.statusCode).toBe(200);
      expect(monthOnly.body).toContain('May 2012');
      expect(monthOnly.body).toContain('no calendar file');
      expect((await visitor().get(`${monthOnlyUrl}/calendar.ics`)).statusCode).toBe(404);
    });

    it('writes a timed event in UTC from its own time zone', async () => {
      const created = await admin.post('/events', {
        title: 'Timed briefing',
        starts_on: '2022-12-02',
        start_time: '10:00',
        end_time: '12:00',
        time_zone: 'Europe/Vienna',
        place: 'Vienna',
        version: '0',
      });
      expect(created.statusCode).toBe(303);
      const slug = (created.headers.location as string).split('?')[0] as string;
      expect((await visitor().get(slug)).statusCode).toBe(404);
      expect((await admin.get(`${slug}/calendar.ics`)).body).toContain('DTSTART:20221202T090000Z');
      const invalid = await admin.post('/events', { title: 'Bad', starts_on: '2022-12', start_time: '25:00', time_zone: 'Mars/Olympus', version: '0' });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.body).toContain('must be HH:MM');
    });

    it('keeps a draft away from the public everywhere until it is published', async () => {
      const created = await postMultipart(admin, '/publications', draftFields, [{ field: 'file', fileName: 'draft.pdf', bytes: samplePdf }]);
      expect(created.statusCode).toBe(303);
      const url = (created.headers.location as string).split('?')[0] as string;
      const draftPage = await admin.get(url);
      expect(draftPage.body).toContain('Draft: not public');

      const invisible = async (client: TestClient) => {
        expect((await client.get(url)).statusCode).toBe(404);
        expect((await client.get(`${url}/file`)).statusCode).toBe(404);
        expect((await client.get('/publications')).body).not.toContain('Secret draft');
        expect((await client.get('/api/v1/publications?year=2022')).body).not.toContain('Secret draft');
        expect((await client.get('/search?q=pangolinword')).body).not.toContain('Secret draft');
        expect((await client.get('/')).body).not.toContain('Secret draft');
        expect((await client.get('/feed.atom')).body).not.toContain('Secret draft');
        expect((await client.get('/sitemap.xml')).body).not.toContain('secret-draft');
      };
      await invisible(visitor());
      await invisible(member);
      expect((await admin.get('/publications')).body).toContain('Secret draft');
      expect((await member.get(`${url}/edit`)).statusCode).toBe(403);

      const version = /name="version" value="(\d+)"/.exec((await cochair.get(url)).body)?.[1] as string;
      expect((await cochair.post(`${url}/status`, { status: 'published', version })).statusCode).toBe(303);
      const published = await visitor().get(url);
      expect(published.statusCode).toBe(200);
      expect((await visitor().get(`${url}/file`)).rawPayload.equals(samplePdf)).toBe(true);
      expect((await visitor().get('/search?q=pangolinword')).body).toContain('Secret draft');
      expect((await visitor().get('/feed.atom')).body).toContain('Secret draft');
      expect((await visitor().get('/sitemap.xml')).body).toContain('secret-draft');

      const next = /name="version" value="(\d+)"/.exec((await admin.get(url)).body)?.[1] as string;
      expect((await admin.post(`${url}/status`, { status: 'draft', version: next })).statusCode).toBe(303);
      expect((await visitor().get('/search?q=pangolinword')).body).not.toContain('Secret draft');
      expect((await admin.post(`${url}/status`, { status: 'published', version })).statusCode).toBe(409);
    });

    it('refuses a second issue brief with the same sure number, and a file that is not what it says', async () => {
      const duplicate = await postMultipart(admin, '/publications', { ...draftFields, kind: 'issue_brief', number: '2', title: 'Another brief 2' }, []);
      expect(duplicate.statusCode).toBe(400);
      expect(duplicate.body).toContain('already used by');
      const wrongFile = await postMultipart(admin, '/publications', { ...draftFields, title: 'With a fake PDF' }, [
        { field: 'file', fileName: 'x.pdf', bytes: Buffer.from('<html><script>alert(1)</script></html>') },
      ]);
      expect(wrongFile.statusCode).toBe(415);
      expect(wrongFile.body).toContain('With a fake PDF');
    });

    it('serves a valid Atom feed of publications and statements, and a valid sitemap', async () => {
      const feed = await visitor().get('/feed.atom');
      expect(feed.headers['content-type']).toContain('application/atom+xml');
      const names = parseXml(feed.body);
      expect(names[0]).toBe('feed');
      expect(names.filter((name) => name === 'entry').length).toBeGreaterThan(10);
      expect(feed.body).toContain('ICAT 2022 Annual Report');
      const sitemap = await visitor().get('/sitemap.xml');
      expect(sitemap.headers['content-type']).toContain('application/xml');
      const tags = parseXml(sitemap.body);
      expect(tags[0]).toBe('urlset');
      expect(sitemap.body).toContain('/events/2022-beyond-the-short-term');
      expect(sitemap.body).toContain('/members/icmpd');
      expect(sitemap.body).not.toContain('/groups');
    });
  });
}
