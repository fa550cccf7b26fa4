import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { createTestAccount } from '../../../test/support/factories';
import { TestClient } from '../../../test/support/http-client';
import { postMultipart } from '../../../test/support/multipart';
import { testDatabaseKinds } from '../../../test/support/test-database';
import * as plans from './plan.service';

const periodId = 1; // the sample 2022 period, open on the test day (2022-11-20)

for (const kind of testDatabaseKinds()) {
  describe(`the import page and the JSON API's writes [${kind}]`, () => {
    const ctx = useTestContext(kind);

    async function signedIn(options: Parameters<typeof createTestAccount>[1]): Promise<TestClient> {
      const account = await createTestAccount(ctx().deps, options);
      const client = new TestClient(ctx().app);
      await client.signIn(account.email, account.password);
      return client;
    }
    /** A personal API token, made on /account/tokens as a person would. */
    async function tokenOf(client: TestClient): Promise<string> {
      const page = await client.post('/account/tokens', { name: 'reporting script' });
      const token = /id="new-token">\s*(icat_[\w-]+)/.exec(page.body)?.[1];
      if (!token) throw new Error('no token on the page');
      return token;
    }
    function api(method: 'GET' | 'POST', url: string, token: string, body?: unknown) {
      return ctx().app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
      });
    }
    async function item(code: string) {
      const plan = await plans.findPlanForYear(ctx().deps, 2022);
      const found = plan?.items.find((candidate) => candidate.code === code);
      if (!found) throw new Error(`no item ${code}`);
      return found;
    }
    const count = async () =>
      Number(
        (
          await ctx()
            .database.db.selectFrom('progress_updates')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('lets the secretariat import a CSV or XLSX file from the period page, and lists a bad file’s problems', async () => {
      const admin = await signedIn({ roles: ['admin'] });
      const period = await admin.get(`/progress/periods/${periodId}`);
      expect(period.body).toContain(`href="/progress/periods/${periodId}/import"`);
      const page = await admin.get(`/progress/periods/${periodId}/import`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('enctype="multipart/form-data"');

      const template = await admin.get(`/progress/periods/${periodId}/import-template.csv`);
      expect(template.statusCode).toBe(200);
      expect(template.headers['content-disposition']).toContain('attachment');
      expect(template.body).toContain('organization,item,pledge,status,narrative,evidence_links,state,indicator_');

      // The template read back as it is: nothing changes.
      const before = await count();
      const same = await postMultipart(admin, `/progress/periods/${periodId}/import`, {}, [{ field: 'file', fileName: 'template.csv', bytes: template.rawPayload, contentType: 'text/csv' }]);
      expect(same.statusCode).toBe(200);
      expect(same.body).toContain('0 created, 0 updated');
      expect(await count()).toBe(before);

      const xlsxTemplate = await admin.get(`/progress/periods/${periodId}/import-template.xlsx`);
      expect(xlsxTemplate.statusCode).toBe(200);
      expect(xlsxTemplate.rawPayload.subarray(0, 2).toString()).toBe('PK');
      const sameXlsx = await postMultipart(admin, `/progress/periods/${periodId}/import`, {}, [{ field: 'file', fileName: 'template.xlsx', bytes: xlsxTemplate.rawPayload }]);
      expect(sameXlsx.statusCode).toBe(200);
      expect(sameXlsx.body).toContain('0 created, 0 updated');
      expect(await count()).toBe(before);

      const bad = Buffer.from('organization,item,status\nNOPE,6.1.1,on_track\nUNHCR,6.1.1,sideways\n');
      const refused = await postMultipart(admin, `/progress/periods/${periodId}/import`, {}, [{ field: 'file', fileName: 'bad.csv', bytes: bad }]);
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain('Nothing was imported: 2 problems to fix.');
      expect(refused.body).toMatch(/<td>2<\/td>\s*<td>\s*<code>organization<\/code>\s*<\/td>\s*<td>&quot;NOPE&quot; is not a known organization<\/td>/);
      expect(refused.body).toMatch(/<td>3<\/td>\s*<td>\s*<code>status<\/code>/);
      expect(await count()).toBe(before);

      const notASheet = await postMultipart(admin, `/progress/periods/${periodId}/import`, {}, [{ field: 'file', fileName: 'photo.png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) }]);
      expect(notASheet.statusCode).toBe(400);
      expect(notASheet.body).toContain('photo.png is neither a CSV file nor an Excel workbook');

      // An Excel workbook, as the secretariat fills it in.
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Progress');
      sheet.addRow(['organization', 'item', 'status', 'narrative', 'state']);
      sheet.addRow(['UNICEF', '6.1.1', 'On track', 'Sent in by mail (sample data).', 'submitted']);
      const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
      const imported = await postMultipart(admin, `/progress/periods/${periodId}/import`, {}, [{ field: 'file', fileName: 'unicef.xlsx', bytes }]);
      expect(imported.statusCode).toBe(200);
      expect(imported.body).toContain('1 row imported: 1 created');
      expect(await count()).toBe(before + 1);
      const row = await ctx().database.db.selectFrom('progress_updates').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
      expect([row.state, row.status]).toEqual(['submitted', 'on_track']);

      // A focal point sees neither the link nor the page.
      const focalPoint = await signedIn({ roles: ['focal_point'], entity: 'UNHCR' });
      expect((await focalPoint.get(`/progress/periods/${periodId}`)).body).not.toContain(`/progress/periods/${periodId}/import"`);
      expect((await focalPoint.get(`/progress/periods/${periodId}/import`)).statusCode).toBe(403);
      expect((await focalPoint.get(`/progress/periods/${periodId}/import-template.csv`)).statusCode).toBe(403);
      const forbidden = await postMultipart(focalPoint, `/progress/periods/${periodId}/import`, {}, [
        { field: 'file', fileName: 'x.csv', bytes: Buffer.from('organization,item,status\nUNHCR,6.1.1,on_track\n') },
      ]);
      expect(forbidden.statusCode).toBe(403);
      expect(await count()).toBe(before + 1);
    });

    it('files and edits updates through the JSON API with a token, with the form’s rights and versions', async () => {
      const unhcr = await signedIn({ roles: ['focal_point'], entity: 'UNHCR' });
      const unicef = await signedIn({ roles: ['focal_point'], entity: 'UNICEF' });
      const [unhcrToken, unicefToken] = [await tokenOf(unhcr), await tokenOf(unicef)];
      const sixOne = await item('6.1.1');
      const [number, percentage] = sixOne.indicators;

      const created = await api('POST', '/api/v1/progress/updates', unhcrToken, {
        period: periodId,
        item: sixOne.id,
        status: 'on_track',
        narrative: 'Briefed two mechanisms (sample data).',
        evidence_links: ['https://example.org/brief Brief'],
        values: { [String(number?.id)]: 12, [String(percentage?.id)]: '40' },
      });
      expect(created.statusCode).toBe(201);
      const update = created.json().update;
      expect(update).toMatchObject({
        state: 'draft',
        status: 'on_track',
        organization: 'UNHCR',
        target: { kind: 'item', code: '6.1.1' },
        evidenceLinks: [{ url: 'https://example.org/brief', title: 'Brief' }],
      });
      expect(update.values.map((value: { value: number }) => value.value)).toEqual([12, 40]);
      expect(created.headers.location).toBe(`/progress/updates/${update.id}`);

      // Bad values: 400 with each field named; nothing written.
      const before = await count();
      const invalid = await api('POST', '/api/v1/progress/updates', unicefToken, { period: periodId, item: sixOne.id, status: 'sideways', values: { [String(number?.id)]: 'three' } });
      expect(invalid.statusCode).toBe(400);
      expect(
        invalid
          .json()
          .error.fields.map((field: { field: string }) => field.field)
          .sort(),
      ).toEqual([`indicator_${number?.id}`, 'status'].sort());
      expect(await count()).toBe(before);

      // Another organization: its update cannot be edited (403), nor can one be filed in its name.
      const foreignEdit = await api('POST', `/api/v1/progress/updates/${update.id}`, unicefToken, { version: update.version, status: 'delayed' });
      expect(foreignEdit.statusCode).toBe(403);
      const inItsName = await api('POST', '/api/v1/progress/updates', unicefToken, { organization: 'UNHCR', period: periodId, item: sixOne.id, status: 'on_track' });
      expect(inItsName.statusCode).toBe(403);
      expect(await count()).toBe(before);
      expect((await api('GET', `/progress/updates/${update.id}`, unicefToken)).statusCode).toBe(403);

      // The edit carries the version it was made on; a stale one is 409 with what is saved now.
      const edited = await api('POST', `/api/v1/progress/updates/${update.id}`, unhcrToken, { version: update.version, status: 'delayed', narrative: 'Postponed (sample data).', intent: 'submit' });
      expect(edited.statusCode).toBe(200);
      expect(edited.json().update).toMatchObject({ state: 'submitted', status: 'delayed', version: update.version + 1 });
      const stale = await api('POST', `/api/v1/progress/updates/${update.id}`, unhcrToken, { version: update.version, status: 'achieved' });
      expect(stale.statusCode).toBe(409);
      // Submitted: it no longer changes (409 as in the form), and the stale write changed nothing.
      const saved = await ctx().database.db.selectFrom('progress_updates').selectAll().where('id', '=', update.id).executeTakeFirstOrThrow();
      expect([saved.status, saved.version]).toEqual(['delayed', update.version + 1]);

      // Without a token, or with a wrong one: 401.
      expect((await ctx().app.inject({ method: 'POST', url: '/api/v1/progress/updates', payload: {} })).statusCode).toBe(403); // no session, no token: CSRF first
      expect((await api('POST', '/api/v1/progress/updates', 'icat_wrong', {})).statusCode).toBe(401);
    });

    it('answers hostile API bodies with a clear 4xx, never a 500, writing only the one valid body', async () => {
      // UNODC has no update on 6.1.1 in this file's other tests.
      const unodc = await signedIn({ roles: ['focal_point'], entity: 'UNODC' });
      const token = await tokenOf(unodc);
      const sixOne = await item('6.1.1');
      const before = await count();
      const bodies: [unknown, number][] = [
        [[1, 2, 3], 400],
        ['just text', 400],
        [null, 400],
        [{ period: periodId, item: sixOne.id, status: 'on_track', narrative: 'a\u0000b' }, 400],
        [{ period: periodId, item: sixOne.id, status: 'on_track', narrative: 'x'.repeat(20_001) }, 400],
        [{ period: periodId, item: '1 OR 1=1', status: 'on_track' }, 400],
        [{ period: periodId, item: sixOne.id, pledge: 1, status: 'on_track' }, 400],
        [{ period: 99_999, item: sixOne.id, status: 'on_track' }, 404],
        [{ period: periodId, item: sixOne.id, status: 'on_track', values: [1, 2] }, 201], // not an object: no values, as an empty form
        [{ period: periodId, item: sixOne.id, status: 'on_track', evidence_links: [{ url: 'javascript:alert(1)' }] }, 400],
      ];
      const statuses: number[] = [];
      for (const [body, expected] of bodies) {
        const response = await ctx().app.inject({
          method: 'POST',
          url: '/api/v1/progress/updates',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          payload: JSON.stringify(body),
        });
        statuses.push(response.statusCode);
        if (response.statusCode !== expected) throw new Error(`${JSON.stringify(body).slice(0, 80)}: ${response.statusCode} ${response.body.slice(0, 300)}`);
      }
      expect(statuses).toEqual(bodies.map(([, expected]) => expected));
      expect(await count()).toBe(before + 1);
      const narrativeError = await api('POST', '/api/v1/progress/updates', token, { period: periodId, item: sixOne.id, status: 'on_track', narrative: 'a\u0000b' });
      expect(narrativeError.json().error.fields[0]).toMatchObject({ field: 'narrative' });
    });

    it('keeps a stale edit out: 409 with the saved update, for a draft still being edited', async () => {
      const iom = await signedIn({ roles: ['focal_point'], entity: 'IOM' });
      const token = await tokenOf(iom);
      const target = await item('2.1.1');
      const created = (await api('POST', '/api/v1/progress/updates', token, { period: periodId, item: target.id, status: 'on_track', narrative: 'First (sample data).' })).json().update;
      const first = await api('POST', `/api/v1/progress/updates/${created.id}`, token, { version: created.version, status: 'delayed', narrative: 'Second (sample data).' });
      expect(first.statusCode).toBe(200);
      const second = await api('POST', `/api/v1/progress/updates/${created.id}`, token, { version: created.version, status: 'achieved', narrative: 'Lost? (sample data).' });
      expect(second.statusCode).toBe(409);
      expect(second.json()).toMatchObject({ error: { code: 'STALE_VERSION' }, current: { status: 'delayed', version: created.version + 1 } });
    });

    it('lets two organizations post at once, each seeing only its own drafts', async () => {
      const [ohchr, unwomen] = [await signedIn({ roles: ['focal_point'], entity: 'OHCHR' }), await signedIn({ roles: ['focal_point'], entity: 'UN Women' })];
      const [ohchrToken, unwomenToken] = [await tokenOf(ohchr), await tokenOf(unwomen)];
      const targets = [await item('1.1.2'), await item('1.1.1'), await item('5.1.1')];
      const posts = targets.flatMap((target) => [
        api('POST', '/api/v1/progress/updates', ohchrToken, { period: periodId, item: target.id, status: 'on_track', narrative: `OHCHR on ${target.code} (sample data).` }),
        api('POST', '/api/v1/progress/updates', unwomenToken, { period: periodId, item: target.id, status: 'delayed', narrative: `UN Women on ${target.code} (sample data).` }),
      ]);
      const answers = await Promise.all(posts);
      expect(answers.map((answer) => answer.statusCode)).toEqual(Array(6).fill(201));
      const ids = answers.map((answer) => answer.json().update as { id: number; organization: string; narrative: string });
      for (const update of ids) expect(update.narrative.startsWith(update.organization)).toBe(true);
      for (const update of ids) {
        const [own, other] = update.organization === 'OHCHR' ? [ohchrToken, unwomenToken] : [unwomenToken, ohchrToken];
        expect((await api('GET', `/progress/updates/${update.id}`, own)).statusCode).toBe(200);
        expect((await api('GET', `/progress/updates/${update.id}`, other)).statusCode).toBe(403);
      }
      // Posting the same item again is refused (one update per organization, item and period).
      const again = await api('POST', '/api/v1/progress/updates', ohchrToken, { period: periodId, item: targets[0]?.id, status: 'on_track' });
      expect(again.statusCode).toBe(409);
    });
  });
}
