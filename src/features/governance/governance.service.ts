/** Governance: the chairing terms, each a year with its (co-)chair entities. */
import type { Deps } from '../../deps';
import * as members from '../members/members.service';
import type { MemberSummary } from '../members/members.schemas';
import * as repo from './governance.repository';

export interface Term {
  year: number;
  chairs: MemberSummary[];
  endorsedOn: string | null;
  note: string | null;
  uncertain: boolean;
  sources: string[];
}

export async function listTerms(deps: Deps): Promise<Term[]> {
  const terms = await repo.listTerms(deps.db);
  const chairs = await repo.listChairs(deps.db, terms.map((term) => term.id));
  const entities = await members.summariesByIds(deps, [...new Set(chairs.map((chair) => chair.entity_id))]);
  return terms.map((term) => ({
    year: term.year,
    chairs: chairs.filter((chair) => chair.term_id === term.id).flatMap((chair) => entities.get(chair.entity_id) ?? []),
    endorsedOn: term.endorsed_on,
    note: term.note,
    uncertain: term.uncertain,
    sources: term.sources,
  }));
}

/** The term in force in a year, or null when no chair is known for it. */
export async function findTerm(deps: Deps, year: number): Promise<Term | null> {
  const terms = await listTerms(deps);
  return terms.find((term) => term.year === year && term.chairs.length > 0) ?? null;
}

export async function cochairYears(deps: Deps, entityId: number): Promise<number[]> {
  return repo.listYearsChairedBy(deps.db, entityId);
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
  const ids = await members.entityIdsByAcronym(deps, terms.flatMap((term) => term.chairs));
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
