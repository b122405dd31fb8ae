import { ProblemError, type Clock } from '@vangnet/api-core';
import type { Context } from 'hono';
import type { Database } from '../database/database.ts';
import type { OutboxWriter } from '../messages/outbox-writer.ts';
import type { StaffPrincipal } from './grants.ts';
import type { StaffConfig } from './staff-config.ts';

/** What the staff routes are built with. */
export interface StaffDeps {
  db: Database;
  clock: Clock;
  config: StaffConfig;
  /** Where staff changes queue their messages, in the transaction of the change. */
  outbox: OutboxWriter;
  /** Called after a transaction that queued a message committed. */
  onMessageQueued?: () => void;
}

export interface StaffEnv {
  Variables: { principal: StaffPrincipal };
}
export type StaffContext = Context<StaffEnv>;

/** The request's JSON body, or `400 malformed-request`. */
export async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new ProblemError('malformed-request', { detail: 'The body is not JSON.' });
  }
}

/** The query string of the request, as `parseQuery` reads it. */
export const urlOf = (c: Context): URL => new URL(c.req.url);
