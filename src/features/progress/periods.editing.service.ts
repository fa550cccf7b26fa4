/**
 * Editing a reporting period after it was opened: its label, kind, opening date and deadline. The
 * co-chairs of its year and the secretariat, as for creating one; audited, and refused when stale.
 */
import type { Deps } from '../../deps';
import { updateVersioned } from '../../db/versioned';
import { AppError, notFound, staleRecord } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import { parseWithChecks } from '../../lib/validation';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import { periodEditForm, type PeriodEditInput } from './periods.schemas';
import { toPeriod, type Period } from './progress.model';
import * as repo from './progress.repository';

export const stalePeriod = staleRecord<Period>('raised.period.stale');

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
  try {
    const saved = await deps.db.transaction().execute(async (trx) => {
      const before = await repo.findPeriod(trx, id);
      if (!before) throw notFound('reportingPeriod');
      return updateVersioned(trx, {
        table: 'reporting_periods',
        before,
        expectedVersion: input.version,
        changes: { label: input.label, kind: input.kind, opens_on: input.opens_on, deadline: input.deadline, updated_at: now },
        stale: stalePeriod,
        show: (current) => toPeriod(current, now),
        audit: (updated) => audit.record(trx, now, { actor, action: 'update', table: 'reporting_periods', recordId: id, before, after: updated }),
      });
    });
    return toPeriod(saved, now);
  } catch (error) {
    if ((error as { code?: string } | null)?.code === '23505') {
      const message = localized('raised.period.labelTaken', { year: String(period.year) });
      throw new AppError('CONFLICT', localized('raised.field', { field: 'label', problem: message }), { fields: [{ field: 'label', message }] });
    }
    throw error;
  }
}
