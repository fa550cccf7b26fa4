import { beforeAll, describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { createTestAccount, type TestAccount } from '../../../test/support/factories';
import { TestClient } from '../../../test/support/http-client';
import { outbox } from '../../../test/support/mail';
import { postMultipart } from '../../../test/support/multipart';
import { sampleDocx, sampleExecutable, sampleHtml, samplePdf } from '../../../test/support/sample-files';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { maxUploadBytes } from '../../lib/uploads';
import { commandLineActor } from '../../policy/actor';
import { createGroup } from './groups.service';
import { sendDigests } from './notifications.service';

const postFields = (title: string, summary: string) => ({
  kind: 'policy_brief',
  title,
  summary,
  crises: 'Sahel',
  themes: 'Identification',
  regions: 'Africa',
  links: 'https://example.org/brief Brief online',
});

for (const kind of testDatabaseKinds()) {
  describe(`working groups [${kind}]`, () => {
    const ctx = useTestContext(kind);
    const people: Record<'icmpd' | 'osce' | 'unodc' | 'advisor' | 'admin', TestAccount> = {} as never;
    const clients: Record<keyof typeof people | 'public', TestClient> = {} as never;
    const restricted = '/groups/restricted-test-group';
    const storedFileNames = async () => (await ctx().deps.db.selectFrom('stored_files').select('name').orderBy('name').execute()).map((row) => row.name);

    beforeAll(async () => {
      const deps = ctx().deps;
      people.icmpd = await createTestAccount(deps, { roles: ['focal_point'], entity: 'ICMPD', name: 'Ida ICMPD' });
      people.osce = await createTestAccount(deps, { roles: ['member'], entity: 'OSCE', name: 'Otto OSCE' });
      people.unodc = await createTestAccount(deps, { roles: ['member'], entity: 'UNODC', name: 'Una UNODC' });
      people.advisor = await createTestAccount(deps, { roles: ['survivor_advisor'], name: 'Sam Advisor' });
      people.admin = await createTestAccount(deps, { roles: ['admin'], name: 'Ada Admin' });
      for (const [name, account] of Object.entries(people)) {
        const client = new TestClient(ctx().app);
        await client.signIn(account.email, account.password);
        clients[name as keyof typeof people] = client;
      }
      clients.public = new TestClient(ctx().app);
      await createGroup(deps, commandLineActor(), {
        name: 'Restricted test group',
        kind: 'ad_hoc',
        mandate: 'Only ICMPD and OSCE.',
        formed_on: '2022-03',
        formed_reason: undefined,
        closed_on: undefined,
        entities: ['ICMPD', 'OSCE'],
        conveners: ['ICMPD'],
        version: 0,
      });
    });

    it('seeds the Policy Support Group with every current member and the 2010 Working Group', async () => {
      const page = await clients.unodc.get('/groups');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Policy Support Group');
      expect(page.body).toContain('ICAT Working Group');
      const psg = await clients.unodc.get('/groups/policy-support-group');
      expect(psg.body).toContain('escalation of the conflict in Ukraine');
      expect(psg.body).toContain('15 member organizations');
      expect(psg.body).toContain('Sample data made up for demonstration');
      const wg = await clients.unodc.get('/groups/working-group');
      expect(wg.body).toContain('October 2010');
    });

    it('shares a post with a file, and shows it only inside the group', async () => {
      const docx = await sampleDocx();
      const created = await postMultipart(clients.icmpd, `${restricted}/posts`, postFields('Brief on the Sahel', 'Mentions the word quokkaword.'), [
        { field: 'files', fileName: 'brief.docx', bytes: docx },
      ]);
      expect(created.statusCode).toBe(303);
      const postUrl = (created.headers.location as string).split('?')[0] as string;
      const page = await clients.osce.get(postUrl);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Brief on the Sahel');
      expect(page.body).toContain('brief.docx');
      const fileHref = /href="([^"]+\/files\/\d+)"/.exec(page.body)?.[1] as string;
      const download = await clients.osce.get(fileHref);
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(docx)).toBe(true);
      expect(download.headers['content-disposition']).toBe(`attachment; filename="brief.docx"; filename*=UTF-8''brief.docx`);
      expect(download.headers['x-content-type-options']).toBe('nosniff');

      for (const outsider of [clients.unodc, clients.advisor]) {
        expect((await outsider.get(postUrl)).statusCode).toBe(403);
        expect((await outsider.get(fileHref)).statusCode).toBe(403);
        expect((await outsider.get(`${restricted}/coordination`)).statusCode).toBe(403);
        const groupPage = await outsider.get(restricted);
        expect(groupPage.statusCode).toBe(200);
        expect(groupPage.body).not.toContain('Brief on the Sahel');
      }
      expect((await clients.public.get(postUrl)).statusCode).toBe(303);
      expect((await clients.public.get(fileHref)).statusCode).toBe(303);
      expect((await clients.admin.get(postUrl)).statusCode).toBe(200);
      expect((await clients.unodc.get(`/api/v1${restricted}/posts`)).statusCode).toBe(403);
      expect((await clients.osce.get(`/api/v1${restricted}/posts`)).json().items[0].title).toBe('Brief on the Sahel');

      const found = async (client: TestClient) => (await client.get('/search?q=quokkaword')).body.includes('Brief on the Sahel');
      expect(await found(clients.osce)).toBe(true);
      expect(await found(clients.admin)).toBe(true);
      expect(await found(clients.unodc)).toBe(false);
      expect(await found(clients.advisor)).toBe(false);
      expect(await found(clients.public)).toBe(false);
      expect(JSON.stringify((await clients.unodc.get('/api/v1/search?q=quokkaword')).json().items)).toBe('[]');
    });

    it('refuses a file whose content is not allowed, whatever its name', async () => {
      for (const [name, bytes] of [
        ['report.pdf', sampleHtml],
        ['data.csv', sampleExecutable],
      ] as const) {
        const before = await storedFileNames();
        const response = await postMultipart(clients.icmpd, `${restricted}/posts`, postFields(`Refused ${name}`, 'x'), [{ field: 'files', fileName: name, bytes, contentType: 'application/pdf' }]);
        expect(response.statusCode).toBe(415);
        expect(response.body).toContain('not a file type we accept');
        expect(response.body).toContain(`Refused ${name}`); // the form keeps what was typed
        expect(await storedFileNames()).toEqual(before);
      }
      expect((await clients.icmpd.get(`/api/v1${restricted}/posts`)).json().items.map((post: { title: string }) => post.title)).not.toContain('Refused report.pdf');
    });

    it('refuses a file over 10 MiB with 413, and stores nothing', async () => {
      const before = await storedFileNames();
      const large = Buffer.concat([samplePdf, Buffer.alloc(maxUploadBytes + 1024, 0x20)]);
      const response = await postMultipart(clients.icmpd, `${restricted}/posts`, postFields('Too large', 'x'), [{ field: 'files', fileName: 'big.pdf', bytes: large }]);
      expect(response.statusCode).toBe(413);
      expect(response.body).toContain('10 MiB');
      expect(await storedFileNames()).toEqual(before);
    });

    it('keeps path tricks in a file name harmless', async () => {
      const response = await postMultipart(clients.icmpd, `${restricted}/posts`, postFields('Tricky name', 'x'), [
        { field: 'files', fileName: '../../../etc/passwd.pdf', bytes: samplePdf },
        { field: 'files', fileName: '..\\..\\évil; filename=x.exe.pdf', bytes: samplePdf },
      ]);
      expect(response.statusCode).toBe(303);
      const stored = await storedFileNames();
      expect(stored.every((name) => /^[a-f0-9]{32}$/.test(name))).toBe(true);
      const page = await clients.icmpd.get((response.headers.location as string).split('?')[0] as string);
      const hrefs = [...page.body.matchAll(/href="([^"]+\/files\/\d+)"/g)].map((match) => match[1] as string);
      expect(hrefs).toHaveLength(2);
      const dispositions = await Promise.all(hrefs.map(async (href) => (await clients.icmpd.get(href)).headers['content-disposition']));
      expect(dispositions[0]).toBe(`attachment; filename="passwd.pdf"; filename*=UTF-8''passwd.pdf`);
      expect(dispositions[1]).toBe(`attachment; filename="evil filename=x.exe.pdf"; filename*=UTF-8''%C3%A9vil%20filename%3Dx.exe.pdf`);
    });

    it('refuses a multipart post without the CSRF token', async () => {
      const response = await postMultipart(clients.icmpd, `${restricted}/posts`, postFields('No token', 'x'), [], { csrf: false });
      expect(response.statusCode).toBe(403);
    });

    it('threads replies, and lets only the author edit, with a version check', async () => {
      const created = await postMultipart(clients.osce, `${restricted}/posts`, postFields('Thread start', 'Start.'), []);
      const postUrl = (created.headers.location as string).split('?')[0] as string;
      const first = await clients.icmpd.post(`${postUrl}/replies`, { body: 'First reply' });
      expect(first.statusCode).toBe(303);
      const firstId = /reply-(\d+)/.exec(first.headers.location as string)?.[1] as string;
      expect((await clients.osce.post(`${postUrl}/replies`, { body: 'Answer to the first', parent_reply_id: firstId })).statusCode).toBe(303);
      const page = await clients.osce.get(postUrl);
      const nested = page.body.slice(page.body.indexOf('First reply'));
      expect(nested).toContain('Answer to the first');
      expect(page.body.indexOf('First reply')).toBeLessThan(page.body.indexOf('Answer to the first'));
      expect((await clients.osce.post(`${postUrl}/replies`, { body: '' })).statusCode).toBe(400);
      expect((await clients.unodc.post(`${postUrl}/replies`, { body: 'Outsider' })).statusCode).toBe(403);

      expect((await clients.icmpd.get(`${postUrl}/edit`)).statusCode).toBe(403);
      const edit = { ...postFields('Thread start, edited', 'Edited.'), version: '1' };
      expect((await postMultipart(clients.osce, `${postUrl}/edit`, edit, [])).statusCode).toBe(303);
      const stale = await postMultipart(clients.osce, `${postUrl}/edit`, { ...edit, title: 'Lost edit' }, []);
      expect(stale.statusCode).toBe(409);
      expect(stale.body).toContain('Lost edit');
      expect(stale.body).toContain('Thread start, edited');
    });

    it('shows who does what on a crisis, with the gaps, and exports it', async () => {
      const matrix = await clients.icmpd.get(`${restricted}/coordination?by=crisis&tag=Sahel`);
      expect(matrix.statusCode).toBe(200);
      expect(matrix.body).toContain('Brief on the Sahel');
      // An empty cell is a dash, explained once under the table, not "Nothing shared" in every cell.
      expect(matrix.body).toContain('<td class="gap">–</td>');
      expect(matrix.body).toContain('– : nothing shared in that kind of work.');
      expect(matrix.body.split('Nothing shared').length - 1).toBe(2); // one a row: "Nothing shared in 5 kinds of work"
      const csv = await clients.icmpd.get(`${restricted}/coordination.csv?by=crisis&tag=Sahel`);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.body).toContain('ICMPD');
      expect(csv.body).toContain('Brief on the Sahel');
      const xlsx = await clients.icmpd.get(`${restricted}/coordination.xlsx?by=crisis&tag=Sahel`);
      expect(xlsx.statusCode).toBe(200);
      expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    });

    it('mails immediate subscribers at once and digest subscribers weekly, only inside the group', async () => {
      expect((await clients.osce.post(`${restricted}/subscription`, { mode: 'immediate' })).statusCode).toBe(303);
      expect((await clients.admin.post(`${restricted}/subscription`, { mode: 'digest' })).statusCode).toBe(303);
      expect((await clients.unodc.post(`${restricted}/subscription`, { mode: 'immediate' })).statusCode).toBe(403);
      const before = (await outbox(ctx().deps)).length;
      await postMultipart(clients.icmpd, `${restricted}/posts`, postFields('Mail me', 'A post to mail.'), []);
      const mails = (await outbox(ctx().deps)).slice(before);
      expect(mails).toHaveLength(1);
      expect(mails[0]).toContain('Mail me');
      expect(mails[0]).toContain(people.osce.email);

      const deps = ctx().deps;
      const later = { ...deps, clock: { now: () => new Date('2022-11-26T10:00:00Z') } };
      const report = await sendDigests(later);
      expect(report.sent).toBe(1);
      const digest = (await outbox(ctx().deps)).at(-1) as string;
      expect(digest).toContain('Weekly digest');
      expect(digest).toContain(people.admin.email);
      expect(digest).toContain('Mail me');
      expect((await sendDigests(later)).sent).toBe(0);
    });

    it('lets the author delete a post, with its search entry', async () => {
      const created = await postMultipart(clients.icmpd, `${restricted}/posts`, postFields('Delete me', 'zebrafinch'), []);
      const postUrl = (created.headers.location as string).split('?')[0] as string;
      expect((await clients.osce.post(`${postUrl}/delete`)).statusCode).toBe(403);
      expect((await clients.icmpd.post(`${postUrl}/delete`)).statusCode).toBe(303);
      expect((await clients.icmpd.get(postUrl)).statusCode).toBe(404);
      expect((await clients.icmpd.get('/search?q=zebrafinch')).body).toContain('Nothing matches');
    });
  });
}
