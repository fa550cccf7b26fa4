/**
 * What a decision of a type does beyond being recorded, told by the feature that owns its subject.
 * The register knows decisions generically (a type, a title, a reference to what they decide on);
 * the features that own what is decided register here, so that they depend on meetings and meetings
 * on neither of them:
 *
 *   statements  'adoption'              records it from the meeting's form (it checks the endorsement
 *                                       and adopts the text), offers the texts one may adopt, links them
 *   governance  'endorsement_cochairs'  creates or confirms the term it names, in the same transaction
 *
 * Each registers once, when its service module loads. A decision whose type needs an owner that has
 * not registered is refused rather than recorded half-done.
 */
import type { Executor } from '../../db/database';
import type { Deps } from '../../deps';
import type { Actor } from '../../policy/actor';
import type { DecisionInput } from './meetings.schemas';
import type { DecisionType } from './meetings.table';

/** A decision just written, inside the transaction that wrote it. */
export interface RecordedDecision {
  id: number;
  reference: string;
  /** 'YYYY-MM-DD': the day of the meeting. */
  decidedOn: string;
  /** The year of the term an endorsement of co-chairs names. */
  termYear: number | null;
  /** The organizations an endorsement of co-chairs names, in its order. */
  chairEntityIds: number[];
}

export interface DecisionSubject {
  title: string;
  url: string;
}

export interface DecisionTypeHandler {
  /** Records a decision of this type from a meeting's decision form (the owner checks its subject and records it with `recordDecisionWithin`). */
  recordFromForm?(deps: Deps, actor: Actor | null, meetingId: number, input: DecisionInput): Promise<{ reference: string }>;
  /** What the decision does to its subject, inside the transaction that records it. */
  decided?(trx: Executor, at: Date, actor: Actor | null, decision: RecordedDecision): Promise<void>;
  /** The subjects a person may choose in the decision form ({ slug, title }). */
  choices?(deps: Deps, actor: Actor | null): Promise<{ slug: string; title: string }[]>;
  /** Links to the subjects of decisions, by the subject's id. */
  subjects?(deps: Deps, ids: number[]): Promise<Map<number, DecisionSubject>>;
}

/** The types whose decisions cannot be recorded without their owner. */
const ownedTypes: ReadonlySet<DecisionType> = new Set(['adoption', 'endorsement_cochairs']);
const handlers = new Map<DecisionType, DecisionTypeHandler>();

/** Called once by the feature that owns the subject of decisions of `type`. */
export function registerDecisionType(type: DecisionType, handler: DecisionTypeHandler): void {
  handlers.set(type, handler);
}

/** The handler of a type; throws for a type that needs an owner none has registered (a wiring error, not a person's). */
export function decisionTypeHandler(type: DecisionType): DecisionTypeHandler | undefined {
  const handler = handlers.get(type);
  if (!handler && ownedTypes.has(type)) throw new Error(`No feature has registered decisions of type "${type}".`);
  return handler;
}
