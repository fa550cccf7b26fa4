/**
 * Progress updates imported from a spreadsheet for one reporting period: the secretariat collects
 * them by mail, in Excel, and loads them at once. One row is one organization's update on one plan
 * item or pledge, with the same fields as the update form (status, narrative, evidence links, a value
 * per indicator) and whether it is handed in.
 *
 * The whole file is checked first, each row with the form's own check (`checkInput`): every problem
 * is listed with its row (as Excel shows it) and column, and nothing is written unless the file is
 * clean. Then every row is written in one transaction, versioned and audited like an edit in the form.
 * The same organization, target and period update the update already there rather than adding one, and
 * a row that says what is already saved changes nothing, so importing the same file twice changes
 * nothing. An update already submitted or accepted is never changed by an import: a row that says the
 * same is left alone, a row that says something else is a problem of the file (the co-chairs return
 * the update first).
 *
 * The file is checked in progress-import.checking.service.ts; this file reads an upload, writes the
 * checked rows and finds the period a command names.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deps } from '../../deps';
import { updateVersioned } from '../../db/versioned';
import { AppError, staleRecord, staleVersion } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import { readSpreadsheet, type Sheet } from '../../lib/spreadsheet';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import { handOffUpdate } from './hand-offs.service';
import { loadContext, planImport, type Planned } from './progress-import.checking.service';
import type { Period, ProgressUpdate } from './progress.model';
import * as repo from './progress.repository';
import { importColumns, type ImportIssue } from './progress.schemas';
import { actorLabel, getPeriod, hydrateUpdates } from './progress.service';
import { editable, periodOrThrow, recordVersion } from './updates.service';

export { importColumns, type ImportIssue };

export interface ProgressImportResult {
  period: Period;
  /** Rows that report something (blank rows of the template are skipped). */
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  blank: number;
}

/** A row the import checked was changed (in a form) before it was written: the whole file is refused. */
const rowsChangedMeanwhile = staleRecord<null>('progressImport.changedMeanwhile');

function changedMeanwhile(): AppError {
  return staleVersion(rowsChangedMeanwhile, null);
}

/** The period whose updates the actor imports from a spreadsheet: the secretariat's page (else FORBIDDEN or UNAUTHENTICATED). */
export async function periodForImport(deps: Deps, actor: Actor | null, periodId: number): Promise<Period> {
  authorize(actor, 'progress.import');
  return getPeriod(deps, periodId);
}

/**
 * Imports a sheet of updates into a reporting period: all rows or none. The secretariat (and the
 * command line) may; the period must accept filing (open, or past its deadline but not locked).
 */
export async function importProgress(deps: Deps, actor: Actor | null, periodId: number, sheet: Sheet, source: string): Promise<ProgressImportResult> {
  authorize(actor, 'progress.import');
  const context = await loadContext(deps, periodId);
  const { period } = context;
  const { planned, blank } = await planImport(deps, context, sheet, source);
  const now = deps.clock.now();
  const label = actorLabel(actor);
  const submitted: repo.UpdateRow[] = [];
  try {
    await deps.db.transaction().execute(async (trx) => {
      const locked = await repo.lockPeriodRow(trx, period.id);
      if (!locked || locked.locked_at !== null) throw new AppError('CONFLICT', localized('raised.period.locked', { label: period.label }));
      for (const row of planned) {
        const submit = row.input.intent === 'submit';
        if (row.change === 'none') {
          // Still what was checked: a form may have changed it since.
          if (row.existing && (await repo.findUpdate(trx, row.existing.id))?.version !== row.existing.version) throw changedMeanwhile();
          continue;
        }
        if (row.change === 'create') {
          const created = await repo.insertUpdate(trx, {
            period_id: period.id,
            entity_id: row.entityId,
            plan_item_id: row.itemId,
            pledge_id: row.pledgeId,
            state: submit ? 'submitted' : 'draft',
            status: row.input.status,
            narrative: row.input.narrative,
            submitted_at: submit ? now : null,
            created_by: actor.accountId > 0 ? actor.accountId : null,
            author_label: label,
            created_at: now,
            updated_at: now,
          });
          await repo.replaceLinks(trx, created.id, row.input.evidence_links, now);
          await repo.replaceValues(trx, created.id, period.year, row.values);
          await recordVersion(trx, created, 'import', actor, now);
          await audit.record(trx, now, {
            actor,
            action: 'import',
            table: 'progress_updates',
            recordId: created.id,
            entityId: row.entityId,
            after: { ...created, links: row.input.evidence_links, values: row.values },
          });
          if (submit) submitted.push(created);
          continue;
        }
        const existing = row.existing as NonNullable<Planned['existing']>;
        const before = await repo.lockUpdate(trx, existing.id);
        if (!before || !editable.includes(before.state)) throw changedMeanwhile();
        const updated = await updateVersioned(trx, {
          table: 'progress_updates',
          before,
          expectedVersion: existing.version,
          changes: { status: row.input.status, narrative: row.input.narrative, ...(submit ? { state: 'submitted' as const, submitted_at: now } : {}), updated_at: now },
          stale: rowsChangedMeanwhile,
          show: () => null,
          related: async (after) => {
            await repo.replaceLinks(trx, before.id, row.input.evidence_links, now);
            await repo.replaceValues(trx, before.id, period.year, row.values);
            await recordVersion(trx, after, 'import', actor, now);
          },
          audit: (after) =>
            audit.record(trx, now, {
              actor,
              action: 'import',
              table: 'progress_updates',
              recordId: before.id,
              entityId: before.entity_id,
              before,
              after: { ...after, links: row.input.evidence_links, values: row.values },
            }),
        });
        if (submit) submitted.push(updated);
      }
    });
  } catch (error) {
    if ((error as { code?: string } | null)?.code === '23505') throw changedMeanwhile();
    throw error;
  }
  // A submitted update goes to the co-chairs, as when it is submitted in the form.
  for (const update of await hydrateUpdates(deps, submitted)) await handOffUpdate(deps, actor, update as ProgressUpdate);
  return {
    period,
    rows: planned.length,
    created: planned.filter((row) => row.change === 'create').length,
    updated: planned.filter((row) => row.change === 'update').length,
    unchanged: planned.filter((row) => row.change === 'none').length,
    blank,
  };
}

/** Reads an uploaded file by its content (an .xlsx is a ZIP archive; anything else must be CSV text). */
export async function readUploadedSheet(bytes: Buffer, fileName: string): Promise<Sheet> {
  const source = fileName.replace(/[\u0000-\u001f\u007f]/g, '').slice(-120) || 'upload';
  const isZip = bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  if (!isZip && (bytes.subarray(0, 8192).includes(0) || bytes.length === 0)) throw new AppError('IMPORT_INVALID', localized('progressImport.notSpreadsheet', { source }));
  const dir = await mkdtemp(join(tmpdir(), 'icat-import-'));
  const path = join(dir, isZip ? 'upload.xlsx' : 'upload.csv');
  try {
    await writeFile(path, bytes);
    return await readSpreadsheet(path);
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, error.message.replaceAll(path, source), error.details);
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The period a command names: its number, or its year and label ("2023 H1"; "2022" for a yearly one). */
export async function findPeriodByName(deps: Deps, name: string): Promise<Period | null> {
  const trimmed = name.trim();
  if (/^\d{1,9}$/.test(trimmed)) {
    const byId = await repo.findPeriod(deps.db, Number(trimmed));
    if (byId) return periodOrThrow(deps, byId.id);
  }
  const match = /^(\d{4})(?:\s+(.+))?$/.exec(trimmed);
  if (!match) return null;
  const year = Number(match[1]);
  const row = await repo.findPeriodByLabel(deps.db, year, match[2] ?? trimmed);
  return row ? periodOrThrow(deps, row.id) : null;
}
