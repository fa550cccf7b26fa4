import type { ColumnType } from 'kysely';

/** A timestamp with a default: optional when inserting. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** A timestamp that every insert sets. */
export type RequiredTimestamp = ColumnType<Date, Date | string, Date | string>;
export type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** jsonb columns are written as JSON text (pg would send a JS array as a PostgreSQL array). */
export type Json<T> = ColumnType<T, string | undefined, string>;
