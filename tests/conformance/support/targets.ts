// The three runners of the one API core that the conformance suite checks alike: the mock (in
// memory), the server on PGlite (in memory here) and the server on a real PostgreSQL (when
// VANGNET_TEST_DATABASE_URL names one). Each suite file calls `forEachTarget` and talks HTTP only.
import { after, before, beforeEach, describe, it } from 'node:test';
import type { OutboxMessage } from '@vangnet/api-core';
import { createMockApi } from '@vangnet/api-mock';
import {
  createLogger,
  createVangnetServer,
  openPGlite,
  openPostgres,
  readConfig,
  type Database,
  type VangnetServer,
} from '@vangnet/server';
import { testNow } from './calls.ts';
import { createTestDatabase, testDatabaseUrl } from './test-database.ts';

/** One runner of the API, as the suite sees it. */
export interface ApiTarget {
  readonly name: 'mock' | 'server on PGlite' | 'server on PostgreSQL';
  /** Answers a request in-process, as the runner would over HTTP. */
  fetch(input: string, init?: RequestInit): Promise<Response>;
  /** Sets "now" for every rule. */
  setNow(now: string): void;
  /** The messages the API queued (several queued at one clock time come in no set order). */
  outbox(): Promise<OutboxMessage[]>;
  /** Forgets everything people sent (referrals, bookings, keys used, messages). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** A clock a test can set. */
function settableClock(start: string) {
  let now = new Date(start);
  return { now: () => new Date(now.getTime()), set: (next: string) => void (now = new Date(next)) };
}

export function mockTarget(): ApiTarget {
  const mock = createMockApi({ now: testNow });
  return {
    name: 'mock',
    fetch: (input, init) => mock.fetch(input, init),
    setNow: (now) => mock.clock.set(now),
    outbox: async () => [...mock.outbox],
    reset: async () => mock.reset(),
    close: async () => undefined,
  };
}

const userTables = [
  'referrals',
  'appointments',
  'callback_requests',
  'idempotency_records',
  'rate_limits',
  'outbox',
];

/** The server on `db`, in-process (`app.fetch`), with a settable clock and no rate limits. */
export async function serverTarget(
  name: 'server on PGlite' | 'server on PostgreSQL',
  db: Database,
  onClose: () => Promise<void> = async () => undefined,
): Promise<ApiTarget & { server: VangnetServer }> {
  const clock = settableClock(testNow);
  const config = readConfig({
    VANGNET_RATE_LIMIT_WRITES: '0',
    VANGNET_RATE_LIMIT_TOKENS: '0',
    VANGNET_MANAGE_URL: 'https://vangnet.example.org/afspraak',
  });
  const server = await createVangnetServer({
    config,
    db,
    clock,
    log: createLogger('silent'),
  });
  return {
    name,
    server,
    fetch: async (input, init) => server.app.fetch(new Request(input, init)),
    setNow: (now) => clock.set(now),
    async outbox() {
      const { rows } = await db.query<{
        id: string;
        kind: OutboxMessage['kind'];
        channel: OutboxMessage['channel'];
        recipient: string;
        subject: string;
        body: string;
        reference: string;
        manage_link: string | null;
        created_at: Date;
        // Reminders are the server's own, sent a day ahead: the mock and the contract have none.
      }>("select * from outbox where kind <> 'appointment-reminder' order by created_at, seq");
      return rows.map((row) => ({
        id: row.id,
        kind: row.kind,
        channel: row.channel,
        to: row.recipient,
        subject: row.subject,
        text: row.body,
        reference: row.reference,
        ...(row.manage_link ? { manageLink: row.manage_link } : {}),
        sentAt: new Date(row.created_at).toISOString(),
      }));
    },
    async reset() {
      clock.set(testNow);
      // `delete` rather than `truncate`: on small tables it is several times faster (PGlite).
      await db.exec(userTables.map((table) => `delete from ${table};`).join(' '));
    },
    async close() {
      await server.close();
      await onClose();
    },
  };
}

/** A part of the conformance suite: tests that take the target they run against. */
export type Suite = (target: () => ApiTarget) => void;

async function openTarget(name: ApiTarget['name']): Promise<ApiTarget> {
  if (name === 'mock') return mockTarget();
  if (name === 'server on PGlite') return serverTarget(name, await openPGlite('memory://'));
  const database = await createTestDatabase(testDatabaseUrl() as string);
  return serverTarget(name, await openPostgres({ url: database.url }), database.drop);
}

/**
 * Runs every suite once per target: one target opened per run (PGlite takes seconds to start),
 * reset before every test. Without VANGNET_TEST_DATABASE_URL the PostgreSQL run says plainly that
 * it did not run.
 */
export function runOnEveryTarget(suites: Readonly<Record<string, Suite>>): void {
  const names: ApiTarget['name'][] = ['mock', 'server on PGlite', 'server on PostgreSQL'];
  for (const name of names) {
    describe(name, () => {
      if (name === 'server on PostgreSQL' && !testDatabaseUrl()) {
        it('did not run: set VANGNET_TEST_DATABASE_URL to a PostgreSQL database', () => undefined);
        return;
      }
      let target: ApiTarget | undefined;
      before(async () => {
        target = await openTarget(name);
      });
      beforeEach(() => target?.reset());
      after(() => target?.close());
      const current = () => {
        if (!target) throw new Error(`${name} did not start`);
        return target;
      };
      for (const [title, suite] of Object.entries(suites)) describe(title, () => suite(current));
    });
  }
}
