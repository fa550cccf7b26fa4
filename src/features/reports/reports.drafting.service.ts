/** Drafting the report: the co-chairs write its narrative sections, each with its own version (a stale save gets 409). */
import { updateVersioned } from '../../db/versioned';
import type { Deps } from '../../deps';
import { AppError, staleRecord, staleVersion } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import type { NarrativeKey, ReportStatus } from './report.model';
import * as repo from './reports.repository';
import type { NarrativeRow } from './reports.repository';
import { actorLabel, toNarrativeView } from './reports.read.service';
import type { NarrativeInput, NarrativeView } from './reports.schemas';

export const staleNarrative = staleRecord<NarrativeView>('raised.report.staleSection');

function notDraft(year: number, status: ReportStatus): AppError {
  return new AppError('CONFLICT', localized('raised.report.notDraft', { year: String(year), status }));
}

/** Saves a narrative section if nobody saved it since the version the form was opened on. */
export async function saveNarrative(deps: Deps, actor: Actor | null, year: number, key: NarrativeKey, input: Pick<NarrativeInput, 'markdown' | 'version'>): Promise<NarrativeView> {
  authorize(actor, 'report.edit', { year });
  const now = deps.clock.now();
  const markdown = input.markdown.replace(/\r\n/g, '\n');
  return deps.db.transaction().execute(async (trx) => {
    const { row: report, created } = await repo.lockOrCreateReport(trx, year, now);
    if (created) await audit.record(trx, now, { actor, action: 'create', table: 'reports', recordId: report.id, after: { year, status: report.status } });
    if (report.status !== 'draft') throw notDraft(year, report.status);
    const before = await repo.lockNarrative(trx, report.id, key);
    // A section nobody has written yet is at version 0; once written, updateVersioned checks its version.
    if (!before && input.version !== 0) throw staleVersion(staleNarrative, toNarrativeView(key, before));
    const values = { markdown, updated_by_label: actorLabel(actor), updated_at: now };
    const recordHistory = async (saved: NarrativeRow) => {
      await repo.insertNarrativeVersion(trx, {
        report_id: report.id,
        key,
        version: saved.version,
        markdown,
        saved_by_account_id: actor.accountId > 0 ? actor.accountId : null,
        saved_by_label: actorLabel(actor),
        saved_at: now,
      });
      // A narrative change moves the report's version, so a finalize based on older text is refused.
      await repo.updateReport(trx, report.id, report.version, {}, now);
    };
    const recordAudit = (saved: NarrativeRow) =>
      audit.record(trx, now, {
        actor,
        action: before ? 'update' : 'create',
        table: 'report_narratives',
        recordId: `${report.id}:${key}`,
        before: before ? { year, key, version: before.version, markdown: before.markdown } : null,
        after: { year, key, version: saved.version, markdown: saved.markdown },
      });
    if (before) {
      const saved = await updateVersioned(trx, {
        table: 'report_narratives',
        key: { report_id: report.id, key },
        before,
        expectedVersion: input.version,
        changes: values,
        stale: staleNarrative,
        show: (row) => toNarrativeView(key, row),
        related: recordHistory,
        audit: recordAudit,
      });
      return toNarrativeView(key, saved);
    }
    const saved = await repo.insertNarrative(trx, { report_id: report.id, key, ...values });
    await recordHistory(saved);
    await recordAudit(saved);
    return toNarrativeView(key, saved);
  });
}
