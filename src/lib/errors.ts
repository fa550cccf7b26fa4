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

export function notFound(what: string): AppError {
  return new AppError('NOT_FOUND', `${what} was not found.`);
}

export function validationError(fields: FieldIssue[]): AppError {
  const summary = fields.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
  return new AppError('VALIDATION', `Some fields are not valid. ${summary}`, { fields });
}

export function isAppError(error: unknown, code?: ErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
