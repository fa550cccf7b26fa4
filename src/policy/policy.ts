/**
 * The one place that answers "may this actor do this action on this record". Services call
 * authorize() before every state change and can() to decide what to show; no route decides alone.
 * Each feature writes its rules in its own folder (`<noun>.policy.ts`); each takes the actor and
 * facts about the record. feature-rules.ts gathers them.
 */
import { AppError } from '../lib/errors';
import { localized } from '../lib/i18n';
import type { Actor } from './actor';
import type { Rule, Subject } from './types';
import { featureRules } from './feature-rules';

type FeatureRules = typeof featureRules;

/** Every action a rule is written for: a typo in `can(actor, 'x.y')` fails to compile. */
export type Action = { [Feature in keyof FeatureRules]: keyof FeatureRules[Feature] }[keyof FeatureRules];

const rules = mergeRules(Object.values(featureRules));

/** One table of every feature's rules; two features that write a rule for the same action are a mistake, refused at start. */
function mergeRules(ruleSets: readonly Readonly<Record<string, Rule>>[]): Record<Action, Rule> {
  const merged: Record<string, Rule> = {};
  for (const ruleSet of ruleSets) {
    for (const [action, rule] of Object.entries(ruleSet)) {
      if (action in merged) throw new Error(`Two features write a rule for the action "${action}".`);
      merged[action] = rule;
    }
  }
  return merged as Record<Action, Rule>;
}

export type { Subject };

export function can(actor: Actor | null, action: Action, subject: Subject = {}): boolean {
  return rules[action](actor, subject);
}

/** Throws UNAUTHENTICATED for the public and FORBIDDEN for a signed-in account without the right. */
export function authorize(actor: Actor | null, action: Action, subject: Subject = {}): asserts actor is Actor {
  if (can(actor, action, subject)) return;
  if (actor === null) throw new AppError('UNAUTHENTICATED', localized('raised.signIn'));
  throw new AppError('FORBIDDEN', localized('error.FORBIDDEN.detail'), { action });
}
