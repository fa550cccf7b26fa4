/**
 * Reporting periods: opening, locking and reopening them, who has reported in one (completeness), and
 * the reminders sent before a deadline.
 */
import type { Deps } from '../../deps';
import { isoDay } from '../../lib/clock';
import { updateVersioned } from '../../db/versioned';
import { stalePeriod } from './periods.editing.service';
import { AppError, notFound } from '../../lib/errors';
import { parseInput } from '../../lib/validation';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as accounts from '../accounts/accounts.service';
import * as audit from '../audit/audit.service';
import * as mail from '../mail/mail.service';
import type { MemberSummary } from '../members/members.schemas';
import * as members from '../members/members.service';
import * as plans from './plan.service';
import type { PlanSummary } from './plan.service';
import { toPeriod, type ItemRef, type Period } from './progress.model';
import * as repo from './progress.repository';
import * as periodsRepo from './progress.periods.repository';
import * as documentsRepo from './progress.documents.repository';
import { periodForm, versionForm } from './progress.schemas';
import type { UpdateState } from './progress.table';
import { localized, translator, type Locale } from '../../lib/i18n';
import { yearOf } from './progress.pledges.service';
import { type EntitySummary, periodFromJson } from './progress.read.service';

// ---- reporting periods ----

export async function listPeriods(deps: Deps, year?: number): Promise<Period[]> {
  const now = deps.clock.now();
  return (await periodsRepo.listPeriods(deps.db, year)).map((row) => toPeriod(row, now));
}

export async function getPeriod(deps: Deps, id: number): Promise<Period> {
  const row = await repo.findPeriod(deps.db, id);
  if (!row) throw notFound('reportingPeriod');
  return toPeriod(row, deps.clock.now());
}

/** The periods open for filing now (opened, not locked), most recent first. */
export async function listFilingPeriods(deps: Deps): Promise<Period[]> {
  return (await listPeriods(deps)).filter((period) => period.phase === 'open' || period.phase === 'overdue');
}

export async function createPeriod(deps: Deps, actor: Actor | null, raw: unknown): Promise<Period> {
  authorize(actor, 'progress.period.manage', { year: yearOf(raw) });
  const input = parseInput(periodForm, raw);
  const now = deps.clock.now();
  const row = await deps.db.transaction().execute(async (trx) => {
    if (await repo.findPeriodByLabel(trx, input.year, input.label)) {
      throw new AppError('CONFLICT', localized('raised.period.labelTaken.summary', { year: String(input.year), label: input.label }), {
        fields: [{ field: 'label', message: localized('raised.period.labelTaken', { year: String(input.year) }) }],
      });
    }
    const created = await periodsRepo.insertPeriod(trx, {
      year: input.year,
      label: input.label,
      kind: input.kind,
      opens_on: input.opens_on,
      deadline: input.deadline,
      created_at: now,
      updated_at: now,
    });
    await audit.record(trx, now, { actor, action: 'create', table: 'reporting_periods', recordId: created.id, after: created });
    return created;
  });
  return toPeriod(row, now);
}

async function changeLock(deps: Deps, actor: Actor | null, id: number, raw: unknown, lock: boolean): Promise<Period> {
  const row = await repo.findPeriod(deps.db, id);
  if (!row) throw notFound('reportingPeriod');
  if (lock) authorize(actor, 'progress.period.manage', { year: row.year });
  else authorize(actor, 'progress.period.reopen', { year: row.year });
  const { version } = parseInput(versionForm, raw);
  if (lock === (row.locked_at !== null)) throw new AppError('CONFLICT', lock ? 'This period is locked already.' : 'This period is not locked.');
  const now = deps.clock.now();
  const saved = await deps.db.transaction().execute((trx) =>
    updateVersioned(trx, {
      table: 'reporting_periods',
      before: row,
      expectedVersion: version,
      changes: { locked_at: lock ? now : null, updated_at: now },
      stale: stalePeriod,
      show: (current) => toPeriod(current, now),
      audit: (updated) => audit.record(trx, now, { actor, action: lock ? 'lock' : 'reopen', table: 'reporting_periods', recordId: id, before: row, after: updated }),
    }),
  );
  return toPeriod(saved, now);
}

/** Locks a period: no update in it changes any more. The co-chairs of its year or the secretariat. */
export async function lockPeriod(deps: Deps, actor: Actor | null, id: number, raw: unknown): Promise<Period> {
  return changeLock(deps, actor, id, raw, true);
}

/** Reopens a locked period: the secretariat only, and the audit log records it. */
export async function reopenPeriod(deps: Deps, actor: Actor | null, id: number, raw: unknown): Promise<Period> {
  return changeLock(deps, actor, id, raw, false);
}

// ---- completeness and reminders ----

export interface ExpectedReport {
  item: ItemRef;
  role: 'lead' | 'contributor';
  update: { id: number; state: UpdateState } | null;
}

export interface EntityCompleteness {
  entity: EntitySummary;
  expected: ExpectedReport[];
  /** Updates on items it is not named on, and on pledges. */
  other: { id: number; state: UpdateState; target: string }[];
  counts: Record<UpdateState, number>;
  /** Every expected activity has a submitted or accepted update, and at least one update is in. */
  complete: boolean;
}

export interface Completeness {
  period: Period;
  plan: PlanSummary | null;
  entities: EntityCompleteness[];
  completeCount: number;
  pending: EntitySummary[];
}

const handedIn: UpdateState[] = ['submitted', 'accepted'];

/**
 * For a period: each current member organization (and any other named in the plan), the activities
 * (the plan's leaf items) that name it and the state of its update on each. Objectives and outputs
 * may be reported on, but nobody is chased for them.
 */
export async function completeness(deps: Deps, periodId: number): Promise<Completeness> {
  const scope = await documentsRepo.findPeriodScope(deps.db, periodId, { updates: repo.readLimit, members: members.memberPageSize });
  if (!scope.period) throw notFound('reportingPeriod');
  const period = toPeriod(periodFromJson(scope.period), deps.clock.now());
  const plan = scope.plan ? plans.planFromJson(scope.plan) : null;
  const rows = scope.updates;
  const leaves = (plan?.items ?? []).filter((item) => !item.retired && !plan?.items.some((child) => child.parentId === item.id && !child.retired));
  const named = new Set(leaves.flatMap((item) => [...item.lead, ...item.contributors].map((entity) => entity.id)));
  const entityIds = [...new Set([...scope.members.map((entity) => entity.id), ...named, ...rows.map((row) => row.entity_id)])];
  const summaries = new Map<number, MemberSummary>();
  for (const entity of [...scope.members, ...rows.map((row) => row.entity)]) summaries.set(entity.id, members.toSummary(entity as Parameters<typeof members.toSummary>[0]));
  for (const item of plan?.items ?? []) for (const { id, ...entity } of [...item.lead, ...item.contributors]) summaries.set(id, entity);
  const pledgeTitles = new Map(scope.pledges.map((pledge) => [pledge.id, pledge.title]));
  const itemById = new Map((plan?.items ?? []).map((item) => [item.id, item]));
  const entities = entityIds
    .flatMap((id) => {
      const summary = summaries.get(id);
      return summary ? [{ ...summary, id }] : [];
    })
    .sort((a, b) => a.acronym.localeCompare(b.acronym))
    .map((entity): EntityCompleteness => {
      const own = rows.filter((row) => row.entity_id === entity.id);
      const expected = leaves.flatMap((item): ExpectedReport[] => {
        const role = item.lead.some((lead) => lead.id === entity.id) ? 'lead' : item.contributors.some((contributor) => contributor.id === entity.id) ? 'contributor' : null;
        if (!role) return [];
        const update = own.find((row) => row.plan_item_id === item.id);
        return [{ item: { id: item.id, code: item.code, title: item.title }, role, update: update ? { id: update.id, state: update.state } : null }];
      });
      const expectedIds = new Set(expected.map((entry) => entry.item.id));
      const other = own
        .filter((row) => row.plan_item_id === null || !expectedIds.has(row.plan_item_id))
        .map((row) => {
          const item = row.plan_item_id ? itemById.get(row.plan_item_id) : undefined;
          return { id: row.id, state: row.state, target: item ? `${item.code} ${item.title}` : (pledgeTitles.get(row.pledge_id ?? 0) ?? '') };
        });
      const counts = { draft: 0, submitted: 0, accepted: 0, returned: 0 } as Record<UpdateState, number>;
      for (const row of own) counts[row.state] += 1;
      const complete = expected.every((entry) => entry.update !== null && handedIn.includes(entry.update.state)) && own.some((row) => handedIn.includes(row.state));
      return { entity, expected, other, counts, complete };
    });
  const summary = plan ? (({ items: _items, ...rest }) => rest)(plan) : null;
  return { period, plan: summary, entities, completeCount: entities.filter((entry) => entry.complete).length, pending: entities.filter((entry) => !entry.complete).map((entry) => entry.entity) };
}

export const reminderDaysBefore = 7;

export interface ReminderResult {
  periods: { id: number; label: string; year: number; deadline: string }[];
  sent: { email: string; entity: string; period: string }[];
  /** Reminders not sent again: the person had one for that period already. */
  alreadySent: number;
}

/**
 * Mails the focal points of every organization that has not handed in its reports, for each open
 * period whose deadline is at most 7 days away. Each person gets one reminder per period, ever: the
 * reminder is recorded and its mail queued in one transaction (the outbox retries a failed send).
 */
export async function sendReminders(deps: Deps, actor: Actor | null): Promise<ReminderResult> {
  authorize(actor, 'progress.remind');
  const now = deps.clock.now();
  const today = isoDay(now);
  const until = isoDay(new Date(now.getTime() + reminderDaysBefore * 24 * 60 * 60 * 1000));
  const due = await periodsRepo.listPeriodsDueBetween(deps.db, today, until);
  const result: ReminderResult = { periods: due.map((period) => ({ id: period.id, label: period.label, year: period.year, deadline: period.deadline })), sent: [], alreadySent: 0 };
  for (const period of due) {
    const status = await completeness(deps, period.id);
    const pendingIds = status.pending.map((entity) => entity.id);
    const recipients = await accounts.listRecipients(deps, 'focal_point', pendingIds);
    await deps.db.transaction().execute(async (trx) => {
      for (const recipient of recipients) {
        if (recipient.entityId === null) continue;
        const recorded = await periodsRepo.recordReminder(trx, { period_id: period.id, account_id: recipient.accountId, entity_id: recipient.entityId, sent_at: now });
        if (!recorded) {
          result.alreadySent += 1;
          continue;
        }
        const entity = status.pending.find((candidate) => candidate.id === recipient.entityId)?.acronym ?? '';
        await audit.record(trx, now, {
          actor,
          action: 'remind',
          table: 'progress_reminders',
          recordId: `${period.id}:${recipient.accountId}`,
          entityId: recipient.entityId,
          after: { period: period.label, email: recipient.email },
        });
        await mail.queueMail(deps, reminderMail(deps, { to: recipient.email, name: recipient.name, locale: recipient.locale, entity, period }), trx);
        result.sent.push({ email: recipient.email, entity, period: period.label });
      }
    });
  }
  return result;
}

/** The reminder, in the recipient's language (English when they chose none). */
function reminderMail(deps: Deps, reminder: { to: string; name: string; locale: Locale | null; entity: string; period: repo.PeriodRow }): mail.OutgoingMessage {
  const { period } = reminder;
  const t = translator(reminder.locale ?? 'en');
  const params = { name: reminder.name, entity: reminder.entity, period: period.label, deadline: period.deadline, link: `${deps.config.publicUrl}/progress/report` };
  return { to: reminder.to, subject: t('mail.reminder.subject', params), text: t('mail.reminder.body', params) };
}
