import { describe, expect, it } from 'vitest';
import { useTestContext } from '../../../test/support/build-test-app';
import { testDatabaseKinds } from '../../../test/support/test-database';
import { toCsv } from '../../lib/csv';
import { isAppError } from '../../lib/errors';
import type { Sheet } from '../../lib/spreadsheet';
import { commandLineActor } from '../../policy/actor';
import * as plans from './plan.service';
import { importProgress, readUploadedSheet, type ImportIssue } from './progress-import.service';
import { importTemplate } from './progress-import.template';
import * as progress from './progress.service';
import * as updates from './updates.service';

const periodId = 1; // the sample 2022 period, open on the test day (2022-11-20)
const secretariat = commandLineActor();

/** A sheet from rows of cells, read the way an uploaded CSV file is read. */
async function sheetOf(header: string[], rows: (string | number)[][]): Promise<Sheet> {
  return readUploadedSheet(Buffer.from(toCsv(header, rows)), 'updates.csv');
}

for (const kind of testDatabaseKinds()) {
  describe(`progress updates imported from a spreadsheet [${kind}]`, () => {
    const ctx = useTestContext(kind);

    async function item(code: string) {
      const plan = await plans.findPlanForYear(ctx().deps, 2022);
      const found = plan?.items.find((candidate) => candidate.code === code);
      if (!found) throw new Error(`no item ${code}`);
      return found;
    }
    /** What an import may change: the updates, their versions, values, evidence and the audit log. */
    async function progressTables() {
      const db = ctx().database.db;
      const [updates, versions, values, evidence, audit] = await Promise.all([
        db.selectFrom('progress_updates').selectAll().orderBy('id').execute(),
        db.selectFrom('progress_update_versions').selectAll().orderBy('id').execute(),
        db.selectFrom('indicator_values').selectAll().execute(),
        db.selectFrom('progress_evidence').selectAll().orderBy('id').execute(),
        db.selectFrom('audit_log').select(['id', 'action', 'table_name', 'record_id']).orderBy('id').execute(),
      ]);
      return JSON.stringify({ updates, versions, values, evidence, audit });
    }
    async function issuesOf(promise: Promise<unknown>): Promise<ImportIssue[]> {
      const error = await promise.then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(isAppError(error, 'IMPORT_INVALID')).toBe(true);
      return ((error as { details: { issues: ImportIssue[] } }).details.issues ?? []).map(({ row, column, message }) => ({ row, column, message }));
    }

    it('imports a good file in one go, and importing it again changes nothing', async () => {
      const [sixOne, threeTwo] = [await item('6.1.1'), await item('3.1.2')];
      const [number, percentage] = sixOne.indicators;
      const share = threeTwo.indicators[0];
      const pledge = (await progress.listPledges(ctx().deps, 2022))[0];
      const header = [
        'Organization',
        'Item',
        'Pledge',
        'Status',
        'Narrative',
        'Evidence links',
        'State',
        `indicator_${number?.id} people trained`,
        `indicator_${percentage?.id}`,
        `indicator_${share?.id}`,
      ];
      const rows = [
        ['unhcr', '6.1.1', '', 'On track', 'Briefed two mechanisms (sample data).', 'https://example.org/brief Brief\nhttps://example.org/second', 'draft', 12, 40, ''],
        ['UNICEF', '3.1.2', '', 'delayed', 'Survey postponed (sample data).', '', 'submitted', '', '', 55.5],
        ['OSCE', '', pledge?.title ?? '', 'achieved', '=HYPERLINK("http://evil.example")', '', '', '', '', ''],
        ['IOM', '2.1.1', '', '', '', '', '', '', '', ''], // a template row nobody filled in
      ];
      const before = await ctx().database.db.selectFrom('progress_updates').select('id').execute();
      const result = await importProgress(ctx().deps, secretariat, periodId, await sheetOf(header, rows), 'updates.csv');
      expect(result).toMatchObject({ rows: 3, created: 3, updated: 0, unchanged: 0, blank: 1 });

      const created = await ctx()
        .database.db.selectFrom('progress_updates')
        .selectAll()
        .where(
          'id',
          'not in',
          before.map((row) => row.id),
        )
        .orderBy('id')
        .execute();
      expect(created.map((row) => [row.state, row.status, row.author_label])).toEqual([
        ['draft', 'on_track', 'icat command line'],
        ['submitted', 'delayed', 'icat command line'],
        ['draft', 'achieved', 'icat command line'],
      ]);
      // A formula is kept as text: the apostrophe the CSV writer put in front of it is read back off.
      expect(created[2]?.narrative).toBe('=HYPERLINK("http://evil.example")');
      const [hydrated] = await progress.hydrateUpdates(ctx().deps, [created[0] as never]);
      expect(hydrated?.values.map((value) => [value.indicatorId, value.value])).toEqual([
        [number?.id, 12],
        [percentage?.id, 40],
      ]);
      expect(hydrated?.evidence.map((entry) => [entry.url, entry.title])).toEqual([
        ['https://example.org/brief', 'Brief'],
        ['https://example.org/second', 'example.org'],
      ]);
      const audit = await ctx().database.db.selectFrom('audit_log').select(['action', 'record_id']).where('table_name', '=', 'progress_updates').where('action', '=', 'import').execute();
      expect(audit.map((entry) => entry.record_id).sort()).toEqual(created.map((row) => String(row.id)).sort());

      const snapshot = await progressTables();
      const again = await importProgress(ctx().deps, secretariat, periodId, await sheetOf(header, rows), 'updates.csv');
      expect(again).toMatchObject({ rows: 3, created: 0, updated: 0, unchanged: 3 });
      expect(await progressTables()).toBe(snapshot);

      // A changed row edits the draft already there (a new version), it does not add another update.
      const changed = rows.map((row) => [...row]);
      (changed[0] as (string | number)[])[8] = 45;
      const third = await importProgress(ctx().deps, secretariat, periodId, await sheetOf(header, changed), 'updates.csv');
      expect(third).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
      const edited = await ctx()
        .database.db.selectFrom('progress_updates')
        .selectAll()
        .where('id', '=', created[0]?.id as number)
        .executeTakeFirstOrThrow();
      expect(edited.version).toBe((created[0]?.version ?? 0) + 1);
      const versions = await ctx().database.db.selectFrom('progress_update_versions').select('action').where('update_id', '=', edited.id).orderBy('number').execute();
      expect(versions.map((version) => version.action)).toEqual(['import', 'import']);
    });

    it('lists every problem of a bad file with its row and column, and writes nothing', async () => {
      const [sixOne, oneTwo] = [await item('6.1.1'), await item('1.1.2')];
      const [number, percentage] = sixOne.indicators;
      const yesNo = oneTwo.indicators[0];
      const header = ['organization', 'item', 'pledge', 'status', 'narrative', 'state', `indicator_${number?.id}`, `indicator_${percentage?.id}`, `indicator_${yesNo?.id}`];
      const rows = [
        ['NOPE', '6.1.1', '', 'on_track', 'x', '', '', '', ''],
        ['UNHCR', '9.9.9', '', 'on_track', 'x', '', '', '', ''],
        ['UNHCR', '6.1.1', '', 'sideways', 'x', 'maybe', 'three', '150', ''],
        ['UNICEF', '6.1.1', '', 'on_track', '', 'submitted', '', '', 'yes'],
        ['UNICEF', '6.1.1', '', 'on_track', 'again', '', '', '', ''],
        ['ILO', '6.1.1', 'Some pledge', 'on_track', 'x', '', '', '', ''],
        ['OHCHR', '1.1.2', '', 'on_track', 'x'.repeat(20_001), '', '', '', 'perhaps'],
        // ICMPD's update on 1.1.1 is accepted: a row that says something else cannot change it.
        ['ICMPD', '1.1.1', '', 'delayed', 'Something else', 'submitted', '', '', ''],
      ];
      const before = await progressTables();
      const issues = await issuesOf(importProgress(ctx().deps, secretariat, periodId, await sheetOf(header, rows), 'bad.csv'));
      const at = (row: number, column: string) => issues.filter((issue) => issue.row === row && issue.column === column).map((issue) => issue.message);
      expect(at(2, 'organization')).toEqual(['"NOPE" is not a known organization']);
      expect(at(3, 'item')).toEqual(['"9.9.9" is not the code of an item of the plan for 2022']);
      expect(at(4, 'status')[0]).toContain('"sideways" is not a status');
      expect(at(4, 'state')).toEqual(['"maybe" must be draft or submitted']);
      expect(at(4, `indicator_${number?.id}`)).toEqual(['must be a number']);
      expect(at(4, `indicator_${percentage?.id}`)).toEqual(['must be a percentage from 0 to 100']);
      expect(at(5, 'narrative').length).toBe(1); // submitted without a narrative
      expect(at(5, `indicator_${yesNo?.id}`)[0]).toContain('does not belong to 6.1.1');
      expect(at(6, 'item')).toEqual(['repeats row 5 (the same organization and item or pledge)']);
      expect(at(7, 'pledge')).toEqual(['give either a plan item code or a pledge, not both']);
      expect(at(8, 'narrative').length).toBe(1); // too long
      expect(at(8, `indicator_${yesNo?.id}`)).toEqual(['must be yes or no']);
      expect(at(9, 'status')[0]).toContain('already accepted');
      expect(await progressTables()).toBe(before);

      // The header is checked first: unknown columns and a missing one, each named.
      const headerIssues = await issuesOf(importProgress(ctx().deps, secretariat, periodId, await sheetOf(['organisation', 'item', 'indicator_999999'], [['UNHCR', '6.1.1', '1']]), 'bad.csv'));
      expect(headerIssues.map((issue) => `${issue.row}:${issue.column}`).sort()).toEqual(['1:indicator_999999', '1:organisation', '1:organization', '1:status']);
      expect(await progressTables()).toBe(before);
    });

    it('refuses hostile files with a message and changes nothing', async () => {
      const before = await progressTables();
      const binary = await readUploadedSheet(Buffer.from([0x00, 0x01, 0x02, 0xff]), 'evil.xls').catch((error: unknown) => error);
      expect(isAppError(binary, 'IMPORT_INVALID')).toBe(true);
      expect((binary as Error).message).toContain('evil.xls is neither a CSV file nor an Excel workbook');
      const control = await readUploadedSheet(Buffer.from('organization,item,status\nUNHCR,6.1.1,on\u0007track\n'), 'ctl.csv').catch((error: unknown) => error);
      expect(isAppError(control, 'IMPORT_INVALID')).toBe(true);
      expect((control as Error).message).toMatch(/^ctl\.csv:2:15:/); // the place in the file, not a temporary path
      const brokenZip = await readUploadedSheet(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)]), 'broken.xlsx').catch((error: unknown) => error);
      expect(isAppError(brokenZip, 'IMPORT_INVALID')).toBe(true);
      expect((brokenZip as Error).message).not.toContain('icat-import-');
      // Markup is kept as text (the page renders Markdown through the sanitizer).
      const header = ['organization', 'item', 'status', 'narrative'];
      const result = await importProgress(ctx().deps, secretariat, periodId, await sheetOf(header, [['UNICEF', '6.1.1', 'on_track', '<script>alert(1)</script> **ok**']]), 'x.csv');
      expect(result.created).toBe(1);
      expect(await progressTables()).not.toBe(before);
    });

    it('never loses an edit made in the form while a file is imported', async () => {
      const target = await item('2.1.1');
      // OHCHR has no update on 2.1.1 in this file's other tests.
      const focalPoint = {
        ...secretariat,
        accountId: 0,
        name: 'OHCHR focal point',
        roles: ['focal_point' as const],
        entityId: (await ctx().database.db.selectFrom('entities').select('id').where('acronym', '=', 'OHCHR').executeTakeFirstOrThrow()).id,
      };
      const draft = await updates.createUpdate(ctx().deps, focalPoint, { period: String(periodId), item: String(target.id), status: 'on_track', narrative: 'First draft (sample data).' });
      const sheet = await sheetOf(['organization', 'item', 'status', 'narrative'], [['OHCHR', '2.1.1', 'delayed', 'From the file (sample data).']]);
      for (let round = 0; round < 3; round++) {
        const before = await ctx().database.db.selectFrom('progress_updates').selectAll().where('id', '=', draft.id).executeTakeFirstOrThrow();
        const narrative = `From the form, round ${round} (sample data).`;
        const [fromFile, fromForm] = await Promise.allSettled([
          importProgress(ctx().deps, secretariat, periodId, sheet, 'x.csv'),
          updates.saveUpdate(ctx().deps, focalPoint, draft.id, { version: String(before.version), status: 'achieved', narrative }),
        ]);
        const after = await ctx().database.db.selectFrom('progress_updates').selectAll().where('id', '=', draft.id).executeTakeFirstOrThrow();
        const fileChanged = fromFile.status === 'fulfilled' && fromFile.value.updated === 1;
        const formSaved = fromForm.status === 'fulfilled';
        // A refusal is a stale version (409), said as such; every write that succeeded is a version, none is lost.
        if (fromFile.status === 'rejected') expect(isAppError(fromFile.reason, 'STALE_VERSION')).toBe(true);
        if (fromForm.status === 'rejected') expect(isAppError(fromForm.reason, 'STALE_VERSION')).toBe(true);
        expect(after.version).toBe(before.version + Number(fileChanged) + Number(formSaved));
        const versions = await ctx().database.db.selectFrom('progress_update_versions').select('number').where('update_id', '=', draft.id).execute();
        expect(versions.length).toBe(after.version);
        if (formSaved && !fileChanged) expect(after.narrative).toBe(narrative);
        if (fileChanged && !formSaved) expect(after.narrative).toBe('From the file (sample data).');
      }
    });

    it('is for the secretariat only, and not into a locked period', async () => {
      const sheet = await sheetOf(['organization', 'item', 'status'], [['UNHCR', '6.1.1', 'on_track']]);
      const focalPoint = { ...secretariat, accountId: 99, roles: ['focal_point' as const], entityId: 1 };
      const refused = await importProgress(ctx().deps, focalPoint, periodId, sheet, 'x.csv').catch((error: unknown) => error);
      expect(isAppError(refused, 'FORBIDDEN')).toBe(true);
      await ctx()
        .database.db.updateTable('reporting_periods')
        .set({ locked_at: new Date('2022-11-19T00:00:00Z') })
        .where('id', '=', periodId)
        .execute();
      try {
        const locked = await importProgress(ctx().deps, secretariat, periodId, sheet, 'x.csv').catch((error: unknown) => error);
        expect(isAppError(locked, 'CONFLICT')).toBe(true);
      } finally {
        await ctx().database.db.updateTable('reporting_periods').set({ locked_at: null }).where('id', '=', periodId).execute();
      }
    });

    it('gives a template that reads back without changing anything', async () => {
      const { table } = await importTemplate(ctx().deps, secretariat, periodId);
      expect(table.header.slice(0, 7)).toEqual(['organization', 'item', 'pledge', 'status', 'narrative', 'evidence_links', 'state']);
      expect(table.header.some((column) => /^indicator_\d+ 6\.1\.1 /.test(column))).toBe(true);
      // Every activity the plan names ICMPD on has a row; the accepted sample update is filled in.
      const icmpd = table.rows.filter((row) => row[0] === 'ICMPD').map((row) => row[1]);
      expect(icmpd).toEqual(expect.arrayContaining(['1.1.1', '2.1.1', '5.1.1', '5.1.2']));
      expect(table.rows.find((row) => row[0] === 'ICMPD' && row[1] === '1.1.1')?.[6]).toBe('submitted');
      const before = await progressTables();
      const result = await importProgress(ctx().deps, secretariat, periodId, await sheetOf(table.header, table.rows as (string | number)[][]), 'template.csv');
      expect(result.created + result.updated).toBe(0);
      expect(result.unchanged).toBeGreaterThanOrEqual(6);
      expect(await progressTables()).toBe(before);
    });
  });
}
