/**
 * The secretariat keeps the record of the terms: it adds a year, and edits a year's two co-chairs,
 * its endorsement (date, note, sources; a link to the decision of a meeting stays as it is) and its
 * priorities in order, each with its sources. Plain data in, checked with every problem at once,
 * authorized, written in one transaction with its audit entry, refused with 409 when stale.
 */
import type { Deps } from '../../deps';
import { updateVersioned } from '../../db/versioned';
import { AppError, notFound, showStaleAfter, staleRecord } from '../../lib/errors';
import { localized } from '../../lib/i18n';
import { parseWithChecks } from '../../lib/validation';
import type { Actor } from '../../policy/actor';
import { authorize } from '../../policy/policy';
import * as audit from '../audit/audit.service';
import * as members from '../members/members.service';
import type { MemberSummary } from '../members/members.schemas';
import * as repo from './governance.repository';
import { maxPriorities, prioritiesFromForm, termCreateForm, termUpdateForm, type TermCreateInput, type TermUpdateInput } from './terms.schemas';

export interface EditablePriority {
  id: number;
  title: string;
  crossCutting: boolean;
  sources: string[];
}

export interface EditableTerm {
  year: number;
  chairs: string[];
  endorsedOn: string | null;
  endorsedByDecisionId: number | null;
  note: string | null;
  uncertain: boolean;
  sources: string[];
  priorities: EditablePriority[];
  version: number;
}

export interface TermListItem {
  year: number;
  chairs: string[];
  endorsedOn: string | null;
  priorityCount: number;
}

export const staleTerm = staleRecord<EditableTerm>('referenceAdmin.raised.stale');
/**
 * Inside the transaction the refusal carries the row; what is saved now is shown whole after the
 * transaction: the embedded database has one session, held by it until then.
 */
const staleTermRow = staleRecord<repo.TermRow>('referenceAdmin.raised.stale');

function isViolation(error: unknown, code: string): boolean {
  return (error as { code?: string } | null)?.code === code;
}

async function editable(deps: Deps, row: repo.TermRow): Promise<EditableTerm> {
  const [chairIds, priorities] = await Promise.all([repo.listChairIds(deps.db, row.id), repo.listPriorities(deps.db, [row.id])]);
  const names = await members.summariesByIds(deps, chairIds);
  return {
    year: row.year,
    chairs: chairIds.flatMap((id) => names.get(id)?.acronym ?? []),
    endorsedOn: row.endorsed_on,
    endorsedByDecisionId: row.endorsed_by_decision_id,
    note: row.note,
    uncertain: row.uncertain,
    sources: row.sources,
    priorities: priorities.map((priority) => ({ id: priority.id, title: priority.title, crossCutting: priority.cross_cutting, sources: priority.sources })),
    version: row.version,
  };
}

export async function listTermsForEditing(deps: Deps, actor: Actor | null): Promise<TermListItem[]> {
  authorize(actor, 'term.edit');
  const rows = await repo.listTerms(deps.db);
  const ids = rows.map((row) => row.id);
  const [chairs, priorities] = await Promise.all([repo.listChairs(deps.db, ids), repo.listPriorities(deps.db, ids)]);
  const names = await members.summariesByIds(deps, [...new Set(chairs.map((chair) => chair.entity_id))]);
  return rows
    .map((row) => ({
      year: row.year,
      chairs: chairs.filter((chair) => chair.term_id === row.id).flatMap((chair) => names.get(chair.entity_id)?.acronym ?? []),
      endorsedOn: row.endorsed_on,
      priorityCount: priorities.filter((priority) => priority.term_id === row.id).length,
    }))
    .reverse();
}

export async function termForEditing(deps: Deps, actor: Actor | null, year: number): Promise<EditableTerm> {
  authorize(actor, 'term.edit');
  const row = await repo.findTermByYear(deps.db, year);
  if (!row) throw notFound('term', { year: String(year) });
  return editable(deps, row);
}

/** The organizations a co-chair may be chosen from: every organization on record. */
export async function chairChoices(deps: Deps): Promise<MemberSummary[]> {
  return members.listOrganizationChoices(deps);
}

/** Adds a year to the record, with no co-chairs yet (the page then says "not known" until they are given). */
export async function createTerm(deps: Deps, actor: Actor | null, raw: TermCreateInput | unknown): Promise<EditableTerm> {
  authorize(actor, 'term.edit');
  const input = await parseWithChecks(termCreateForm, raw, [
    { field: 'year', reads: ['year'], problem: async ({ year }) => ((await repo.findTermByYear(deps.db, year)) ? localized('referenceAdmin.raised.yearTaken') : null) },
  ]);
  const now = deps.clock.now();
  try {
    const row = await deps.db.transaction().execute(async (trx) => {
      const saved = await repo.insertTerm(trx, input.year, now);
      await audit.record(trx, now, { actor, action: 'create', table: 'terms', recordId: saved.id, after: saved });
      return saved;
    });
    return editable(deps, row);
  } catch (error) {
    if (!isViolation(error, '23505')) throw error;
    const message = localized('referenceAdmin.raised.yearTaken');
    throw new AppError('CONFLICT', localized('raised.field', { field: 'year', problem: message }), { fields: [{ field: 'year', message }] });
  }
}

/**
 * Saves a year's term as a whole. Priorities keep their identity (pledges point at them): a row that
 * names a priority on record edits it, a row without one adds a priority, and a priority left out
 * is removed, unless a pledge is attached to it.
 */
export async function updateTerm(deps: Deps, actor: Actor | null, year: number, raw: TermUpdateInput | Record<string, unknown> | unknown): Promise<EditableTerm> {
  authorize(actor, 'term.edit');
  const term = await repo.findTermByYear(deps.db, year);
  if (!term) throw notFound('term', { year: String(year) });
  const body = (raw ?? {}) as Record<string, unknown>;
  const chairIds: number[] = [];
  const chairCheck = (field: 'chair_1' | 'chair_2') => ({
    field,
    reads: [field] as const,
    problem: async (form: { chair_1?: string | undefined; chair_2?: string | undefined }) => {
      const acronym = form[field];
      if (!acronym) return null;
      const ids = await members.entityIdsByAcronym(deps, [acronym]);
      const id = ids.get(acronym);
      if (id === undefined) return localized('raised.unknownOrganization.named', { acronym });
      if (chairIds.includes(id)) return localized('referenceAdmin.raised.sameChair');
      chairIds.push(id);
      return null;
    },
  });
  const existing = new Set((await repo.listPriorities(deps.db, [term.id])).map((priority) => priority.id));
  const input = await parseWithChecks(termUpdateForm, { ...body, priorities: prioritiesFromForm(body) }, [
    chairCheck('chair_1'),
    chairCheck('chair_2'),
    {
      field: 'priorities',
      reads: ['priorities'],
      problem: ({ priorities }) => {
        const untitled = priorities.findIndex((priority) => priority.title === '' && priority.sources.length > 0);
        if (untitled >= 0) return localized('referenceAdmin.raised.priorityTitleMissing', { line: untitled + 1 });
        if (priorities.filter((priority) => priority.title !== '').length > maxPriorities) return localized('referenceAdmin.raised.tooManyPriorities', { count: maxPriorities });
        if (priorities.some((priority) => priority.id !== undefined && !existing.has(priority.id))) return localized('fields.reloadPage');
        return null;
      },
    },
  ]);
  const kept = input.priorities.filter((priority) => priority.title !== '');
  const now = deps.clock.now();
  const before = await editable(deps, term);
  try {
    const save = () =>
      deps.db.transaction().execute((trx) =>
        updateVersioned(trx, {
          table: 'terms',
          before: term,
          expectedVersion: input.version,
          changes: { endorsed_on: input.endorsed_on ?? null, note: input.note ?? null, uncertain: input.uncertain, sources: JSON.stringify(input.sources) },
          at: now,
          stale: staleTermRow,
          show: (current) => current,
          related: async () => {
            await repo.replaceChairs(trx, term.id, chairIds);
            await repo.shiftPriorityPositions(trx, term.id);
            const keptIds = new Set(kept.flatMap((priority) => (priority.id === undefined ? [] : [priority.id])));
            await repo.deletePriorities(
              trx,
              term.id,
              [...existing].filter((id) => !keptIds.has(id)),
            );
            for (const [index, priority] of kept.entries()) {
              const values = { position: index + 1, title: priority.title, cross_cutting: priority.crossCutting, sources: JSON.stringify(priority.sources) };
              if (priority.id !== undefined) await repo.updatePriority(trx, priority.id, term.id, values);
              else await repo.insertPriority(trx, { term_id: term.id, ...values, created_at: now });
            }
          },
          audit: (saved) =>
            audit.record(trx, now, {
              actor,
              action: 'update',
              table: 'terms',
              recordId: term.id,
              before,
              after: { year, chairs: chairIds, endorsed_on: saved.endorsed_on, note: saved.note, uncertain: saved.uncertain, sources: saved.sources, priorities: kept, version: saved.version },
            }),
        }),
      );
    await showStaleAfter(save, staleTermRow, staleTerm, (current) => editable(deps, current));
  } catch (error) {
    // A priority with pledges attached cannot go: the foreign key says so, and nothing was changed.
    if (!isViolation(error, '23503')) throw error;
    const message = localized('referenceAdmin.raised.priorityInUse');
    throw new AppError('CONFLICT', localized('raised.field', { field: 'priorities', problem: message }), { fields: [{ field: 'priorities', message }] });
  }
  return termForEditing(deps, actor, year);
}
