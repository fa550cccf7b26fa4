/**
 * Failures that mean "the database cannot answer right now", not "this request is wrong": the
 * embedded session stayed busy, the server is restarting, a connection broke. A request that meets
 * one is answered 503 with Retry-After; it never signs anyone out.
 */
const unavailableSqlStates = new Set([
  '55P03', // lock_not_available: the embedded session stayed busy
  '25P03', // idle_in_transaction_session_timeout
  '53300', // too_many_connections
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '40001', // serialization_failure
  '40P01', // deadlock_detected
]);

const unavailableSocketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOENT', 'EPIPE', 'ETIMEDOUT']);

const unavailableMessages = [/timeout exceeded when trying to connect/i, /Connection terminated/i, /not queryable/i, /Client was closed/i];

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (unavailableSqlStates.has(code) || code.startsWith('08') || unavailableSocketCodes.has(code))) return true;
  return unavailableMessages.some((pattern) => pattern.test(error.message));
}

/** Seconds a client should wait before trying again. */
export const retryAfterSeconds = 5;
