/** Governance: the chairing terms, each a year with its (co-)chair entities. */
import type { GatherPart } from '../../db/count-parts';
import type { Executor } from '../../db/database';
import { updateVersioned } from '../../db/versioned';
import type { Deps } from '../../deps';
import { staleRecord } from '../../lib/errors';
import type { Actor } from '../../policy/actor';
import * as audit from '../audit/audit.service';
import * as meetings from '../meetings/meetings.service';
import * as members from '../members/members.service';
import type { MemberSummary } from '../members/members.schemas';
import * as repo from './governance.repository';

export interface Term {
  year: number;
  chairs: MemberSummary[];
  endorsedOn: string | null;
  endorsedByDecisionId: number | null;
  note: string | null;
  uncertain: boolean;
  sources: string[];
}

export async function listTerms(deps: Deps): Promise<Term[]> {
  return (await listTermsWithPriorities(deps)).map(({ priorities: _priorities, ...term }) => term);
}

/** The term in force in a year, or null when no chair is known for it. */
export async function findTerm(deps: Deps, year: number): Promise<Term | null> {
  const terms = await listTerms(deps);
  return terms.find((term) => term.year === year && term.chairs.length > 0) ?? null;
}

export async function cochairYears(deps: Deps, entityId: number): Promise<number[]> {
  return repo.listYearsChairedBy(deps.db, entityId);
}

/** A co-chairs' priority area for a term, from the reference data. */
export interface Priority {
  id: number;
  year: number;
  position: number;
  title: string;
  crossCutting: boolean;
  uncertain: boolean;
  sources: string[];
}

export interface TermOverview extends Term {
  /** The term's priority areas; cross-cutting themes come last. */
  priorities: Priority[];
}

/** One year of the governance record: its term, or null when nothing is known of that year. */
export interface TermYear {
  year: number;
  term: TermOverview | null;
}

function toPriority(row: repo.PriorityItem, year: number): Priority {
  return { id: row.id, year, position: row.position, title: row.title, crossCutting: row.cross_cutting, uncertain: row.uncertain, sources: row.sources };
}

/** Every term with its chairs and priority areas (two statements, however many terms). */
export async function listTermsWithPriorities(deps: Deps): Promise<TermOverview[]> {
  const terms = await repo.listTermsWithChairs(deps.db);
  const entities = await members.summariesByIds(deps, [...new Set(terms.flatMap((term) => term.chair_ids))]);
  return terms.map((term) => ({
    year: term.year,
    chairs: term.chair_ids.flatMap((id) => entities.get(id) ?? []),
    endorsedOn: term.endorsed_on,
    endorsedByDecisionId: term.endorsed_by_decision_id,
    note: term.note,
    uncertain: term.uncertain,
    sources: term.sources,
    priorities: term.priorities.map((priority) => toPriority(priority, term.year)),
  }));
}

/**
 * Every year from the first recorded term to the last, most recent first. A year the record does not
 * cover is listed with no term: the page says "not known" rather than guess.
 */
export async function listTermYears(deps: Deps): Promise<TermYear[]> {
  const terms = await listTermsWithPriorities(deps);
  const first = terms[0]?.year;
  const last = terms.at(-1)?.year;
  if (first === undefined || last === undefined) return [];
  const byYear = new Map(terms.map((term) => [term.year, term]));
  const years: TermYear[] = [];
  for (let year = last; year >= first; year--) years.push({ year, term: byYear.get(year) ?? null });
  return years;
}

/** The term of a year with its priorities; a year without a record has no chairs and no priorities. */
export async function getTermYear(deps: Deps, year: number): Promise<TermYear> {
  const terms = await listTermsWithPriorities(deps);
  return { year, term: terms.find((term) => term.year === year) ?? null };
}

export async function listPriorities(deps: Deps, year: number): Promise<Priority[]> {
  const term = await repo.findTermByYear(deps.db, year);
  if (!term) return [];
  return (await repo.listPriorities(deps.db, [term.id])).map((row) => toPriority(row, year));
}

/** The id of a year's term record, for features that link to terms (pledges, say). */
export async function termIdOf(deps: Deps, year: number): Promise<number | null> {
  return (await repo.findTermByYear(deps.db, year))?.id ?? null;
}

/** The year of a term record, for features that hold a term id. */
export async function termYearById(deps: Deps, termId: number): Promise<number | null> {
  return (await repo.findTermById(deps.db, termId))?.year ?? null;
}

export interface ReferencePriorities {
  items: string[];
  crossCutting?: string[];
  uncertain?: boolean;
  sources: string[];
}

/** Loads the co-chairs' priorities by year (icat-seed.json "prioritiesByYear"); priorities on record are left alone. */
export async function loadReferencePriorities(deps: Deps, byYear: Record<string, ReferencePriorities>): Promise<number> {
  return deps.db.transaction().execute(async (trx) => {
    let inserted = 0;
    for (const [yearText, entry] of Object.entries(byYear)) {
      const term = await repo.findTermByYear(trx, Number(yearText));
      if (!term) throw new Error(`Reference priorities name ${yearText}, a year without a term on record.`);
      const titles = [...entry.items.map((title) => ({ title, crossCutting: false })), ...(entry.crossCutting ?? []).map((title) => ({ title, crossCutting: true }))];
      for (const [position, { title, crossCutting }] of titles.entries()) {
        const isNew = await repo.insertPriorityIfMissing(trx, {
          term_id: term.id,
          position: position + 1,
          title,
          cross_cutting: crossCutting,
          uncertain: entry.uncertain ?? false,
          sources: JSON.stringify(entry.sources),
        });
        if (isNew) inserted++;
      }
    }
    return inserted;
  });
}

export interface ReferenceTerm {
  year: number;
  chairs: string[];
  endorsedOn: string | null;
  note: string | null;
  uncertain: boolean;
  sources: string[];
}

/** Loads the reference terms; a year already on record is left as it is. */
export async function loadReferenceTerms(deps: Deps, terms: ReferenceTerm[]): Promise<number> {
  const ids = await members.entityIdsByAcronym(
    deps,
    terms.flatMap((term) => term.chairs),
  );
  return deps.db.transaction().execute(async (trx) => {
    let inserted = 0;
    for (const term of terms) {
      const termId = await repo.insertTermIfMissing(trx, {
        year: term.year,
        endorsed_on: term.endorsedOn,
        note: term.note,
        uncertain: term.uncertain,
        sources: JSON.stringify(term.sources),
      });
      if (termId === null) continue;
      inserted++;
      for (const [position, acronym] of term.chairs.entries()) {
        const entityId = ids.get(acronym);
        if (entityId === undefined) throw new Error(`Reference term ${term.year} names an unknown organization: ${acronym}`);
        await repo.insertChair(trx, { term_id: termId, entity_id: entityId, position });
      }
    }
    return inserted;
  });
}

/** The most recent term with known chairs in or before a year: the current co-chairs. */
export async function latestTermUpTo(deps: Deps, year: number): Promise<Term | null> {
  const terms = await listTerms(deps);
  return terms.filter((term) => term.year <= year && term.chairs.length > 0).at(-1) ?? null;
}

/** The term `latestTermUpTo` finds, read as a part of a statement that gathers a page; its chairs are read by `termWithChairs`. */
export function latestTermUpToPart(year: number): GatherPart<repo.TermJson | null> {
  return { query: repo.latestTermUpToJsonQuery(year), read: (value) => (value ?? null) as repo.TermJson | null };
}

/** The term a part read, with its chairs as the directory shows them. */
export async function termWithChairs(deps: Deps, term: repo.TermJson | null): Promise<Term | null> {
  if (!term) return null;
  const entities = await members.summariesByIds(deps, term.chair_ids);
  return {
    year: term.year,
    chairs: term.chair_ids.flatMap((id) => entities.get(id) ?? []),
    endorsedOn: term.endorsed_on,
    endorsedByDecisionId: term.endorsed_by_decision_id,
    note: term.note,
    uncertain: term.uncertain,
    sources: term.sources,
  };
}

// ---- Endorsement by a meeting's decision ----

export interface TermEndorsement {
  year: number;
  /** The co-chairs the decision names, in the order it names them. */
  chairEntityIds: number[];
  decisionId: number;
  /** 'YYYY-MM-DD': the day of the meeting. */
  endorsedOn: string;
}

/** A term that changed between its lock and the decision's write: only a write outside these rules does that. */
const termEndorsementRefused = staleRecord<repo.TermRow>('referenceAdmin.raised.stale');

/**
 * Records that a decision endorsed the co-chairs of a year, inside the caller's transaction (it
 * opens none): a year without a term gets one; a term on record is confirmed, it names the decision
 * and its date, and its chairs become the ones the decision names. The audit entry is written too.
 */
export async function endorseTermByDecision(db: Executor, at: Date, actor: Actor | null, endorsement: TermEndorsement): Promise<{ termId: number; created: boolean }> {
  const { year, chairEntityIds, decisionId, endorsedOn } = endorsement;
  const existing = await repo.lockTermByYear(db, year);
  const chairsBefore = existing ? await repo.listChairIds(db, existing.id) : [];
  const recordEndorsement = (termId: number) =>
    audit.record(db, at, {
      actor,
      action: existing ? 'confirm' : 'create',
      table: 'terms',
      recordId: termId,
      before: existing ? { year, endorsed_on: existing.endorsed_on, endorsed_by_decision_id: existing.endorsed_by_decision_id, chairs: chairsBefore } : null,
      after: { year, endorsed_on: endorsedOn, endorsed_by_decision_id: decisionId, chairs: chairEntityIds },
    });
  if (existing) {
    // The decision's step, not a form: it expects the version it locked.
    await updateVersioned(db, {
      table: 'terms',
      before: existing,
      changes: { endorsed_on: endorsedOn, endorsed_by_decision_id: decisionId },
      at,
      stale: termEndorsementRefused,
      show: (saved) => saved,
      related: (after) => repo.replaceChairs(db, after.id, chairEntityIds),
      audit: (after) => recordEndorsement(after.id),
    });
    return { termId: existing.id, created: false };
  }
  const termId = await repo.insertEndorsedTerm(db, { year, endorsedOn, decisionId, at });
  await repo.replaceChairs(db, termId, chairEntityIds);
  await recordEndorsement(termId);
  return { termId, created: true };
}

/** Every term on record with its chairs and priorities, in the shapes `loadReferenceTerms` and `loadReferencePriorities` read. */
export async function readReferenceTerms(deps: Deps): Promise<{ terms: ReferenceTerm[]; priorities: Record<string, ReferencePriorities> }> {
  const rows = await repo.listTerms(deps.db);
  const [chairs, priorityRows] = await Promise.all([
    repo.listChairs(
      deps.db,
      rows.map((row) => row.id),
    ),
    repo.listPriorities(
      deps.db,
      rows.map((row) => row.id),
    ),
  ]);
  const entities = await members.summariesByIds(deps, [...new Set(chairs.map((chair) => chair.entity_id))]);
  const priorities: Record<string, ReferencePriorities> = {};
  for (const row of rows) {
    const own = priorityRows.filter((priority) => priority.term_id === row.id).sort((a, b) => a.position - b.position);
    if (own.length === 0) continue;
    priorities[String(row.year)] = {
      items: own.filter((priority) => !priority.cross_cutting).map((priority) => priority.title),
      crossCutting: own.filter((priority) => priority.cross_cutting).map((priority) => priority.title),
      uncertain: own.some((priority) => priority.uncertain),
      sources: own[0]?.sources ?? [],
    };
  }
  const terms = rows.map((row) => ({
    year: row.year,
    chairs: chairs
      .filter((chair) => chair.term_id === row.id)
      .sort((a, b) => a.position - b.position)
      .flatMap((chair) => entities.get(chair.entity_id)?.acronym ?? []),
    endorsedOn: row.endorsed_on,
    note: row.note,
    uncertain: row.uncertain,
    sources: row.sources,
  }));
  return { terms, priorities };
}

// Governance reacts to the register: a decision endorsing co-chairs creates or confirms its term, in
// the transaction that records it. This is the one place the two meet (see meetings/decision-types.ts).
meetings.registerDecisionType('endorsement_cochairs', {
  async decided(trx, at, actor, decision) {
    if (decision.termYear === null) return;
    await endorseTermByDecision(trx, at, actor, { year: decision.termYear, chairEntityIds: decision.chairEntityIds, decisionId: decision.id, endorsedOn: decision.decidedOn });
  },
});
