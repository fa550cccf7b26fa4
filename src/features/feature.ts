/**
 * A feature's manifest: what the platform takes from one folder under src/features/. Each folder's
 * `index.ts` exports one; features.ts lists them all, and the app (routes), the policy (rules), the
 * database schema (tables), `icat seed` (seed steps), the message catalogue (messages) and the
 * route-access test (access expectations) loop over that list.
 * docs/architecture.md, "Adding a feature", says how to write one.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { Deps } from '../deps';
import type { MessageKey, MessageModule } from '../lib/i18n';
import type { Rule } from '../policy/types';
import type { RouteAccess } from './route-access';

/** One step of `icat seed`. */
export interface SeedStep {
  /** What the step loads, as `icat seed` names it. */
  name: MessageKey;
  /** Loads what is missing and leaves the rest alone; answers how many records it inserted. */
  run(deps: Deps): Promise<number>;
}

/**
 * Something a feature's routes need from a feature above it, which they may not import (members'
 * page shows the years an organization co-chaired, which governance knows). The feature below
 * declares the need in its manifest; the feature above provides it in its own.
 */
export interface Need<T> {
  /** What is needed, for the message when nothing provides it. */
  readonly describes: string;
  /** Never set: carries the type of what fills the need. */
  readonly filledWith?: T;
}

export function need<T>(describes: string): Need<T> {
  return { describes };
}

/** A feature's answer to another's need. */
export interface Provision {
  readonly need: Need<unknown>;
  readonly value: unknown;
}

export function provide<T>(need: Need<T>, value: NoInfer<T>): Provision {
  return { need, value };
}

/** What the features provide, as every feature's routes receive it. */
export interface Provided {
  /** What fills `need`; throws when no feature provides it (a wiring mistake, found when the app is built). */
  get<T>(need: Need<T>): T;
}

/** A feature's Fastify plugin, made from the deps and what other features provide. */
export type FeatureRoutes = (deps: Deps, provided: Provided) => FastifyPluginAsync;

/** The tables of a feature that has none. */
export type NoTables = Record<never, never>;

export interface Feature<Tables extends object = NoTables> {
  /** The folder's name. */
  readonly name: string;
  /**
   * Never set: carries the type of the feature's tables (its `<noun>.table.ts`), which
   * src/db/schema.ts joins into the database's type. The tables themselves come from migrations.
   */
  readonly tables?: Tables;
  /** Its messages in the six languages (`<noun>.messages.ts`); src/messages/catalogue.ts gathers the same modules for the catalogue. */
  readonly messages?: MessageModule<object>;
  /** Its Fastify plugins, registered in this order. */
  readonly routes?: readonly FeatureRoutes[];
  /**
   * What each of its routes answers each kind of person (`<noun>.access.ts`, in the words of
   * route-access.ts): at least one entry for every route its plugins register, and none for a route
   * they do not. test/integration/route-access.test.ts walks them, and fails on a feature with
   * routes and no `access`.
   */
  readonly access?: readonly RouteAccess[];
  /** Its rights (`<noun>.policy.ts`); src/policy/feature-rules.ts gathers the same objects for the policy. */
  readonly rules?: Readonly<Record<string, Rule>>;
  /** Its steps of `icat seed`, in order; the list's order puts them after the steps they refer to. */
  readonly seed?: readonly SeedStep[];
  /** What it provides for the needs of features below it. */
  readonly provides?: readonly Provision[];
}

/** Everything the features provide, by need. Two features providing the same need are refused. */
export function providedBy(features: readonly Feature<object>[]): Provided {
  const values = new Map<Need<unknown>, unknown>();
  for (const feature of features) {
    for (const provision of feature.provides ?? []) {
      if (values.has(provision.need)) throw new Error(`Two features provide ${provision.need.describes}; ${feature.name} is the second.`);
      values.set(provision.need, provision.value);
    }
  }
  return {
    get<T>(need: Need<T>): T {
      if (!values.has(need)) throw new Error(`No feature provides ${need.describes}.`);
      return values.get(need) as T;
    },
  };
}
