// Helpers of the server-only tests: requests to a running server, a TCP proxy that can take the
// database away, and PostgreSQL tests that say plainly when they did not run. The server as a
// process (`main.ts`), its commands and what they need are the fixture in `support/server-fixture.ts`.
import { createServer, connect, type Server, type Socket } from 'node:net';
import { describe, it } from 'node:test';
import { demoPartnerKey } from '@vangnet/api-core';
import { testDatabaseUrl } from '../conformance/support/test-database.ts';

/** `describe` on PostgreSQL, or one test that says it did not run. */
export function describeOnPostgres(title: string, body: (adminUrl: string) => void): void {
  describe(`${title} (PostgreSQL)`, () => {
    const url = testDatabaseUrl();
    if (!url) {
      it('did not run: set VANGNET_TEST_DATABASE_URL to a PostgreSQL database', () => undefined);
      return;
    }
    body(url);
  });
}

/** A request to a running server with the demo key. */
export function request(
  base: string,
  path: string,
  options: {
    body?: unknown;
    idempotencyKey?: string;
    headers?: Record<string, string>;
    key?: string;
  } = {},
): Promise<Response> {
  const headers = new Headers(options.headers);
  headers.set('Authorization', `Bearer ${options.key ?? demoPartnerKey}`);
  if (options.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    headers.set('Idempotency-Key', options.idempotencyKey ?? crypto.randomUUID());
  }
  return fetch(`${base}${path}`, {
    method: options.body === undefined ? 'GET' : 'POST',
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
}

/** A booking of `slot` for someone of 20 on the slot's day. */
export function bookingOf(slot: { id: string; start: string }, name = 'Sam') {
  const year = Number(slot.start.slice(0, 4)) - 20;
  return {
    slotId: slot.id,
    topic: 'terug-naar-school',
    dateOfBirth: `${year}-01-15`,
    contact: { name, email: 'sam@example.org', preferred: 'email' },
  };
}

/** Free slots of the next weeks at the locations that offer `terug-naar-school`, from `base`. */
export async function upcomingSlots(base: string): Promise<{ id: string; start: string }[]> {
  const from = new Date();
  const to = new Date(from.getTime() + 56 * 86_400_000);
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const slots: { id: string; start: string }[] = [];
  for (const location of ['jongerenpunt070', 'op-afstand', 'laak', 'escamp', 'scheveningen']) {
    const response = await request(
      base,
      `/v1/slots?location=${location}&topic=terug-naar-school&from=${day(from)}&to=${day(to)}`,
    );
    const { items } = (await response.json()) as { items: { id: string; start: string }[] };
    slots.push(...items);
  }
  return slots;
}

/** A TCP proxy to `target` that a test can take away (`close`) and bring back (`open`). */
export interface Proxy {
  readonly port: number;
  /** Stops listening and cuts every connection: the database is away. */
  close(): Promise<void>;
  /** Listens again on the same port. */
  open(): Promise<void>;
}

export async function tcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<Proxy> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const next = createServer((client) => {
        const upstream = connect(targetPort, targetHost);
        sockets.add(client).add(upstream);
        const end = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on('error', end).on('close', end);
        upstream.on('error', end).on('close', end);
        client.pipe(upstream).pipe(client);
      });
      next.once('error', reject);
      next.listen(port, '127.0.0.1', () => {
        port = (next.address() as { port: number }).port;
        server = next;
        resolve();
      });
    });
  await listen();
  return {
    get port() {
      return port;
    },
    async close() {
      const closing = server;
      server = undefined;
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      if (closing) await new Promise<void>((resolve) => closing.close(() => resolve()));
    },
    open: listen,
  };
}

/** `url` with its port replaced. */
export function withPort(url: string, port: number): string {
  const next = new URL(url);
  next.port = String(port);
  return next.toString();
}
