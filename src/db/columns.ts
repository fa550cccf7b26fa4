import type { ColumnType } from 'kysely';

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb columns are written as JSON text (pg would send a JS array as a PostgreSQL array). */
export type Json<T> = ColumnType<T, string | undefined, string>;
