/**
 * The whole database as Kysely sees it: the platform's own tables and every feature's, joined from
 * the feature list (each manifest carries its tables' type). Type only: nothing here runs.
 */
import type { Feature } from '../features/feature';
import type { features } from '../features/features';
import type { MetaTables } from './meta.table';

/** The tables of every feature in a list, joined into one type. */
type TablesOf<List> = List extends readonly [Feature<infer Tables>, ...infer Rest] ? Tables & TablesOf<Rest> : unknown;

export interface DB extends MetaTables, FeatureTables {}

type FeatureTables = TablesOf<typeof features>;
