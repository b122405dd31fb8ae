import { ProblemError } from '@vangnet/api-core';

/** Seconds a client waits before it tries again while the database is away. */
export const unavailableRetryAfter = 5;

// Connection exceptions (08), operator intervention (57: shutdown, statement timeout), too many
// connections, insufficient resources (53): states the server recovers from without a restart.
const transientSqlStates = /^(08|57|53)/;
const transientNodeCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
]);

/** Whether `error` says the database cannot be reached or answer right now. */
export function isTransientDatabaseError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (transientSqlStates.test(code) || transientNodeCodes.has(code)))
    return true;
  return /timeout exceeded when trying to connect|Connection terminated|connection (is )?closed|Client has encountered a connection error/i.test(
    error.message,
  );
}

/** 503 `unavailable` with `Retry-After` for a database that is away or too slow; else nothing. */
export function problemForDatabaseError(error: unknown): ProblemError | undefined {
  if (!isTransientDatabaseError(error)) return undefined;
  return new ProblemError('unavailable', {
    detail: 'The database cannot be reached right now. Try again shortly.',
    retryAfter: unavailableRetryAfter,
  });
}
