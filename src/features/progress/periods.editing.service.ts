/**
 * Editing a reporting period after it was opened: its label, kind, opening date and deadline. The
 * co-chairs of its year and the secretariat, as for creating one; audited, and refused when stale.
 */
import type { Deps } from '../../deps';
import { AppError, notFound } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import { parseWithChecks } from '../../lib/validation';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import { periodEditForm, type PeriodEditInput } from './periods.schemas';
import { toPeriod, type Period } from './progress.model';
import * as repo from './progress.repository';

export class StalePeriodError extends AppError {
  constructor(readonly current: Period) {
    super('STALE_VERSION', localized('raised.period.stale'));
  }
}

export async function periodForEditing(deps: Deps, actor: Actor | null, id: number): Promise<Period> {
  const row = await repo.findPeriod(deps.db, id);
  if (!row) throw notFound('reportingPeriod');
  authorize(actor, 'progress.period.manage', { year: row.year });
  return toPeriod(row, deps.clock.now());
}

export async function updateReportingPeriod(deps: Deps, actor: Actor | null, id: number, raw: PeriodEditInput | unknown): Promise<Period> {
  const period = await periodForEditing(deps, actor, id);
  const input = await parseWithChecks(periodEditForm, raw, [
    {
      field: 'label',
      reads: ['label'],
      problem: async ({ label }) => {
        const clash = await repo.findPeriodByLabel(deps.db, period.year, label);
        return clash && clash.id !== id ? localized('raised.period.labelTaken', { year: String(period.year) }) : null;
      },
    },
  ]);
  const now = deps.clock.now();
  const stale = new Error('stale period');
  try {
    const saved = await deps.db.transaction().execute(async (trx) => {
      const before = await repo.findPeriod(trx, id);
      const updated = await repo.updatePeriod(trx, id, input.version, { label: input.label, kind: input.kind, opens_on: input.opens_on, deadline: input.deadline, updated_at: now });
      if (!updated) throw stale;
      await audit.record(trx, now, { actor, action: 'update', table: 'reporting_periods', recordId: id, before: before ?? null, after: updated });
      return updated;
    });
    return toPeriod(saved, now);
  } catch (error) {
    if ((error as { code?: string } | null)?.code === '23505') {
      const message = localized('raised.period.labelTaken', { year: String(period.year) });
      throw new AppError('CONFLICT', localized('raised.field', { field: 'label', problem: message }), { fields: [{ field: 'label', message }] });
    }
    if (error !== stale) throw error;
    const current = await repo.findPeriod(deps.db, id);
    if (!current) throw notFound('reportingPeriod');
    throw new StalePeriodError(toPeriod(current, now));
  }
}
