/**
 * What waits for a person in the statements' life: rounds awaiting their organization's position,
 * consultations open to them, open comments on the texts they started. Read by the "My work" page.
 */
import type { CountPart, GatherPart } from '../../db/count-parts';
import type { Deps } from '../../deps';
import type { Actor } from '../../policy/actor';
import { can } from '../../policy/policy';
import * as repo from './statements.waiting.repository';
import { statementUrl } from './statements.service';

const limit = 50;
/** The states in which a text is still worked on, so its open comments wait for its author. */
const workedOn: ('drafting' | 'consultation' | 'endorsement')[] = ['drafting', 'consultation', 'endorsement'];

export interface WaitingRound {
  title: string;
  url: string;
  deadline: Date;
  timeZone: string;
  /** The co-chairs' message to the focal points that came with the round. */
  message: string | null;
}

export interface WaitingConsultation {
  title: string;
  url: string;
  deadline: Date;
}

export interface CommentedDraft {
  title: string;
  url: string;
  openComments: number;
  latest: Date;
}

export interface StatementsWaiting {
  rounds: WaitingRound[];
  consultations: WaitingConsultation[];
  commentedDrafts: CommentedDraft[];
}

/**
 * How many entries of the lists `statementsWaitingPart` reads wait for the person (each list up to its
 * limit), counted in the statement that gathers the navigation's counts, with the same rights.
 */
export function statementsWaitingCount(deps: Deps, actor: Actor, kinds: { round: boolean; consultation: boolean; comments: boolean }): CountPart {
  const who = {
    entityId: kinds.round ? actor.entityId : null,
    roles: kinds.consultation ? actor.roles : [],
    accountId: kinds.comments && actor.accountId > 0 ? actor.accountId : null,
    statuses: workedOn,
  };
  return {
    query: repo.waitingFactsQuery(deps.db, who, deps.clock.now(), limit),
    read(value) {
      const facts = value as repo.WaitingFactsRow;
      const rounds = who.entityId && can(actor, 'statement.position.record', { entityId: who.entityId, status: facts.entity_status ?? undefined }) ? Number(facts.rounds) : 0;
      return rounds + Number(facts.consultations) + Number(facts.drafts);
    },
  };
}

/**
 * What waits for the person, read as a part of the statement that gathers "My work": the open rounds
 * in which their organization has recorded no position (only for its focal points, and only when it
 * is a member organization), the open consultations that invite one of
 * their roles, and the open comments by others on the texts they started that are still worked on.
 * Each list is soonest deadline (or latest comment) first, up to its limit.
 */
export function statementsWaitingPart(deps: Deps, actor: Actor): GatherPart<StatementsWaiting> {
  const who = { entityId: actor.entityId, roles: actor.roles, accountId: actor.accountId > 0 ? actor.accountId : null, statuses: workedOn };
  return {
    query: repo.waitingListsQuery(deps.db, who, deps.clock.now(), limit),
    read(value) {
      const lists = value as repo.WaitingListsRow;
      const mayPosition = actor.entityId !== null && can(actor, 'statement.position.record', { entityId: actor.entityId, status: lists.entity_status ?? undefined });
      return {
        rounds: mayPosition
          ? lists.rounds.map((row) => ({ title: row.title, url: `${statementUrl(row.slug)}#round`, deadline: new Date(row.deadline), timeZone: row.time_zone, message: row.note }))
          : [],
        consultations: lists.consultations.map((row) => ({ title: row.title, url: statementUrl(row.slug), deadline: new Date(row.deadline) })),
        commentedDrafts: lists.drafts.map((row) => ({ title: row.title, url: `${statementUrl(row.slug)}#comments`, openComments: Number(row.open_comments), latest: new Date(row.latest) })),
      };
    },
  };
}
