import { localized, type MessageKey, type Params } from './i18n';

/** Every failure a person can cause or meet has a code; http/error-handler maps codes to statuses once. */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'STALE_VERSION'
  | 'CSRF'
  | 'RATE_LIMITED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'CONFIG_INVALID'
  | 'DATABASE_UNREACHABLE'
  | 'DATABASE_LOCKED'
  | 'DATABASE_BUSY'
  | 'MIGRATION_FAILED'
  | 'IMPORT_INVALID'
  | 'PROVIDER_UNAVAILABLE';

export interface FieldIssue {
  field: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { fields?: FieldIssue[]; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** What can be missing: each has its own sentence in the catalogue, under `error.notFound.<thing>`. */
export type NotFoundThing = MessageKey extends infer Key ? (Key extends `error.notFound.${infer Thing}` ? Thing : never) : never;

export function notFound(thing: NotFoundThing, params?: Params): AppError {
  return new AppError('NOT_FOUND', localized(`error.notFound.${thing}`, params));
}

export function validationError(fields: FieldIssue[]): AppError {
  const summary = fields.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
  return new AppError('VALIDATION', localized('raised.fields', { summary }), { fields });
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}

/** One field's problem, summed up as "field: problem." */
export function fieldError(field: string, message: string): AppError {
  return new AppError('VALIDATION', localized('raised.field', { field, problem: message }), { fields: [{ field, message }] });
}

/**
 * A kind of record that a save can find moved on: its catalogue sentence, and (by its type) the
 * shape in which the saved record is shown beside what the person typed. Declared once per record
 * by its service (`staleRecord<Publication>('raised.library.stalePublication')`).
 */
export interface StaleRecord<Current> {
  readonly messageKey: MessageKey;
  /** Carries the type only: never read. */
  readonly shown?: (current: Current) => void;
}

export function staleRecord<Current>(messageKey: MessageKey): StaleRecord<Current> {
  return { messageKey };
}

/**
 * A save refused (409) because the record is no longer at the version the form was opened at.
 * It carries the record as now saved, so the form can show it beside what was typed, which the
 * route takes from the request.
 */
export class StaleVersionError<Current = unknown> extends AppError {
  constructor(
    readonly kind: StaleRecord<Current>,
    readonly current: Current,
    params?: Params,
  ) {
    super('STALE_VERSION', localized(kind.messageKey, params));
    this.name = 'StaleVersionError';
  }
}

export function staleVersion<Current>(kind: StaleRecord<Current>, current: Current, params?: Params): StaleVersionError<Current> {
  return new StaleVersionError(kind, current, params);
}

/** Whether `error` refused a save of this kind of record: then `error.current` is its saved state. */
export function isStale<Current>(error: unknown, kind: StaleRecord<Current>): error is StaleVersionError<Current> {
  return error instanceof StaleVersionError && error.kind === kind;
}

/**
 * Runs `work` (a transaction), and raises a refusal of kind `inside`, which carries the saved row,
 * again as kind `outside`, showing the record as `show` reads it once the work is over: reading
 * it whole may need connections the transaction held (the embedded database has one).
 */
export async function showStaleAfter<T, Row, Current>(work: () => Promise<T>, inside: StaleRecord<Row>, outside: StaleRecord<Current>, show: (saved: Row) => Promise<Current>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isStale(error, inside)) throw staleVersion(outside, await show(error.current));
    throw error;
  }
}
