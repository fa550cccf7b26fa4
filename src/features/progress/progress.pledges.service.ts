/** The co-chairs' pledges for their term: reading, creating, and recording their own progress on them. */
import type { Deps } from '../../deps';
import { updateVersioned } from '../../db/versioned';
import { isStale, notFound, staleRecord, staleVersion } from '../../lib/errors';
import { parseWithChecks, type FieldCheck } from '../../lib/validation';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as governance from '../governance/governance.service';
import * as planRepo from './plan.repository';
import * as plans from './plan.service';
import { toPledge, type Pledge } from './progress.model';
import * as repo from './progress.pledges.repository';
import * as documentsRepo from './progress.documents.repository';
import { pledgeForm, pledgeProgressForm, type PledgeInput } from './progress.schemas';
import { byItemCode, pledgeFromJson } from './progress.read.service';

// ---- pledges ----

export async function pledgesOf(deps: Deps, rows: repo.PledgeRow[], year: number): Promise<Pledge[]> {
  const links = await repo.listPledgeItems(
    deps.db,
    rows.map((row) => row.id),
  );
  const [items, priorities] = await Promise.all([plans.itemsByIds(deps, [...new Set(links.map((link) => link.item_id))]), governance.listPriorities(deps, year)]);
  const priorityById = new Map(priorities.map((priority) => [priority.id, { id: priority.id, title: priority.title }]));
  return rows.map((row) =>
    toPledge(
      row,
      year,
      links
        .filter((link) => link.pledge_id === row.id)
        .flatMap((link) => {
          const item = items.get(link.item_id);
          return item ? [{ id: item.id, code: item.code, title: item.title }] : [];
        })
        .sort(byItemCode),
      row.priority_id ? (priorityById.get(row.priority_id) ?? null) : null,
    ),
  );
}

/** The pledges of a year's term, with their items and priority areas, in one statement. */
export async function listPledges(deps: Deps, year: number): Promise<Pledge[]> {
  return (await documentsRepo.listPledgesOfYear(deps.db, year)).map((json) => pledgeFromJson(json, year));
}

async function pledgeWithYear(deps: Deps, id: number): Promise<{ row: repo.PledgeRow; year: number }> {
  const row = await repo.findPledge(deps.db, id);
  const year = row ? await governance.termYearById(deps, row.term_id) : null;
  if (!row || year === null) throw notFound('pledge');
  return { row, year };
}

export async function getPledge(deps: Deps, id: number): Promise<Pledge> {
  const { row, year } = await pledgeWithYear(deps, id);
  const [pledge] = await pledgesOf(deps, [row], year);
  return pledge as Pledge;
}

/** Item codes to ids in the plan in force in the year (codes checked by itemsCheck first). */
async function itemIdsForCodes(deps: Deps, year: number, codes: string[]): Promise<number[]> {
  const byCode = await planRepo.findItemIdsByCodes(deps.db, year, codes);
  return codes.map((code) => byCode.get(code) as number);
}

async function itemsProblem(deps: Deps, year: number, codes: string[]): Promise<string | null> {
  if (codes.length === 0) return null;
  if (!(await planRepo.findPlanCovering(deps.db, year))) return `there is no plan for ${year}`;
  const byCode = await planRepo.findItemIdsByCodes(deps.db, year, codes);
  const unknown = codes.filter((code) => !byCode.has(code));
  return unknown.length > 0 ? `not in the plan for ${year}: ${unknown.join(', ')}` : null;
}

/** A pledge's year must have a term, its priority be one of that term's, its items in that year's plan. */
function pledgeChecks(deps: Deps): FieldCheck<PledgeInput>[] {
  return [
    { field: 'year', reads: ['year'], problem: async (form) => ((await governance.termIdOf(deps, form.year)) === null ? 'has no term on record' : null) },
    {
      field: 'priority',
      reads: ['year', 'priority'],
      problem: async (form) =>
        form.priority !== undefined && !(await governance.listPriorities(deps, form.year)).some((priority) => priority.id === form.priority) ? 'is not a priority of this term' : null,
    },
    { field: 'items', reads: ['year', 'items'], problem: (form) => itemsProblem(deps, form.year, form.items) },
  ];
}

export function yearOf(raw: unknown): number | undefined {
  const value = Number((raw as Record<string, unknown> | null)?.year);
  return Number.isInteger(value) ? value : undefined;
}

export async function createPledge(deps: Deps, actor: Actor | null, raw: unknown): Promise<Pledge> {
  authorize(actor, 'progress.pledge.manage', { year: yearOf(raw) });
  const input = await parseWithChecks(pledgeForm, raw, pledgeChecks(deps));
  const termId = (await governance.termIdOf(deps, input.year)) as number;
  const itemIds = await itemIdsForCodes(deps, input.year, input.items);
  const now = deps.clock.now();
  const row = await deps.db.transaction().execute(async (trx) => {
    const created = await repo.insertPledge(trx, {
      term_id: termId,
      priority_id: input.priority ?? null,
      position: await repo.nextPledgePosition(trx, termId),
      title: input.title,
      description: input.description ?? null,
      progress_status: null,
      progress_note: null,
      created_at: now,
      updated_at: now,
    });
    await repo.replacePledgeItems(trx, created.id, itemIds);
    await audit.record(trx, now, { actor, action: 'create', table: 'pledges', recordId: created.id, after: { ...created, items: input.items } });
    return created;
  });
  return (await pledgesOf(deps, [row], input.year))[0] as Pledge;
}

export const stalePledge = staleRecord<Pledge>('raised.pledge.stale');
/** Inside the transaction the refusal carries the row; the pledge is shown whole once it is over. */
const stalePledgeRow = staleRecord<repo.PledgeRow>('raised.pledge.stale');

/** The co-chairs record their own progress on a pledge, and which plan items it advances. */
export async function updatePledgeProgress(deps: Deps, actor: Actor | null, id: number, raw: unknown): Promise<Pledge> {
  const { row, year } = await pledgeWithYear(deps, id);
  authorize(actor, 'progress.pledge.manage', { year });
  const input = await parseWithChecks(pledgeProgressForm, raw, [{ field: 'items', reads: ['items'], problem: (form) => itemsProblem(deps, year, form.items) }]);
  const itemIds = await itemIdsForCodes(deps, year, input.items);
  const now = deps.clock.now();
  let saved: repo.PledgeRow;
  try {
    saved = await deps.db.transaction().execute((trx) =>
      updateVersioned(trx, {
        table: 'pledges',
        before: row,
        expectedVersion: input.version,
        changes: { progress_status: input.status ?? null, progress_note: input.note ?? null, updated_at: now },
        stale: stalePledgeRow,
        show: (current) => current,
        related: () => repo.replacePledgeItems(trx, id, itemIds),
        audit: (updated) => audit.record(trx, now, { actor, action: 'update', table: 'pledges', recordId: id, before: row, after: { ...updated, items: input.items } }),
      }),
    );
  } catch (error) {
    if (isStale(error, stalePledgeRow)) throw staleVersion(stalePledge, await getPledge(deps, id));
    throw error;
  }
  return (await pledgesOf(deps, [saved], year))[0] as Pledge;
}
