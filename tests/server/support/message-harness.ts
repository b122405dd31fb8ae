// What the message tests share: a real SMTP server in the test process, a settable clock, the
// server with its pino output captured, and requests as the widget sends them.
import { createServer, type AddressInfo } from 'node:net';
import { demoPartnerKey } from '@vangnet/api-core';
import {
  createLogger,
  createVangnetServer,
  readConfig,
  type Database,
  type VangnetServer,
} from '@vangnet/server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export const manageUrl = 'https://vangnet.example.org/afspraak';
export const publicUrl = 'https://vangnet.example.org';

/** A port nothing listens on (yet). */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export interface TestSmtp {
  port: number;
  /** Every message accepted, parsed, in order of arrival. */
  received: ParsedMail[];
  close(): Promise<void>;
}

/** An SMTP server on 127.0.0.1 (plain, no auth); `reject` addresses get `550`. */
export async function startSmtp(port = 0, reject: readonly string[] = []): Promise<TestSmtp> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    // No reverse DNS of the client: on a machine without a resolver each connection waits for it.
    disableReverseLookup: true,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (reject.includes(address.address)) {
        const error = new Error('mailbox unavailable') as Error & { responseCode: number };
        error.responseCode = 550;
        callback(error);
      } else callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.server.address() as AddressInfo;
  return {
    port: address.port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface MessageServer {
  server: VangnetServer;
  /** Every line pino wrote, raw. */
  logs: string[];
  setNow(now: string | Date): void;
  now(): Date;
  call(
    path: string,
    options?: { body?: unknown; headers?: Record<string, string> },
  ): Promise<Response>;
}

let keys = 0;

/** The server on `db` with `env`, a settable clock, no rate limits, logs captured at info. */
export async function messageServer(
  db: Database,
  start: string,
  env: Record<string, string> = {},
): Promise<MessageServer> {
  let now = new Date(start);
  const logs: string[] = [];
  const server = await createVangnetServer({
    config: readConfig({
      VANGNET_RATE_LIMIT_WRITES: '0',
      VANGNET_RATE_LIMIT_TOKENS: '0',
      VANGNET_MANAGE_URL: manageUrl,
      VANGNET_PUBLIC_URL: publicUrl,
      VANGNET_MAIL_FROM: 'Vangnet <no-reply@vangnet.example.org>',
      VANGNET_MAIL_REPLY_TO: 'jongerenpunt@example.org',
      ...env,
    }),
    db,
    clock: { now: () => new Date(now.getTime()) },
    log: createLogger('debug', { write: (line) => void logs.push(line) }),
  });
  return {
    server,
    logs,
    setNow: (next) => void (now = new Date(next)),
    now: () => new Date(now.getTime()),
    async call(path, options = {}) {
      const headers = new Headers(options.headers);
      headers.set('Authorization', `Bearer ${demoPartnerKey}`);
      let body: string | undefined;
      if (options.body !== undefined) {
        headers.set('Idempotency-Key', `messages-${process.pid}-${++keys}`);
        headers.set('Content-Type', 'application/json');
        body = JSON.stringify(options.body);
      }
      return server.app.fetch(
        new Request(`http://127.0.0.1:4020${path}`, {
          method: body === undefined ? 'GET' : 'POST',
          headers,
          ...(body === undefined ? {} : { body }),
        }),
      );
    },
  };
}

/** A staff POST with the development sign-in's token of `user` (needs `VANGNET_DEV_SIGNIN=1`). */
export async function staffPost(target: MessageServer, user: string, path: string, body: unknown) {
  const signIn = await target.server.app.fetch(
    new Request('http://127.0.0.1:4020/v1/staff/dev-signin', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ user }),
    }),
  );
  const { accessToken } = (await signIn.json()) as { accessToken: string };
  return target.server.app.fetch(
    new Request(`http://127.0.0.1:4020${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

/** The Jongerenpunt's casemanager cancels `reference` for the organisation, with `body`. */
export const cancelAsJongerenpunt = (
  target: MessageServer,
  reference: string,
  body: unknown = {},
) =>
  staffPost(
    target,
    'casemanager-jongerenpunt070',
    `/v1/staff/appointments/${reference}/cancel`,
    body,
  );

/** The date of birth every test booking carries: it must never show up in a message or log. */
export const dateOfBirth = '2005-07-19';

export interface Booked {
  reference: string;
  token: string;
  slot: { id: string; start: string; end: string };
}

/** Free slots at `location` on `date` (Amsterdam). */
export async function freeSlots(target: MessageServer, date: string, location = 'laak') {
  const response = await target.call(`/v1/slots?location=${location}&from=${date}&to=${date}`);
  const { items } = (await response.json()) as { items: { id: string; start: string }[] };
  return items;
}

/** Books the first free slot at `location` on `date` (or `slotId`). */
export async function book(
  target: MessageServer,
  date: string,
  options: {
    slotId?: string;
    contact?: Record<string, unknown>;
    language?: string;
    location?: string;
  } = {},
): Promise<Booked> {
  const slotId = options.slotId ?? (await freeSlots(target, date, options.location))[0]?.id;
  if (!slotId) throw new Error(`no free slot on ${date}`);
  const response = await target.call('/v1/appointments', {
    body: {
      slotId,
      topic: 'terug-naar-school',
      dateOfBirth,
      contact: options.contact ?? { name: 'Sam', email: 'sam@example.org', preferred: 'email' },
    },
    headers: options.language ? { 'Accept-Language': options.language } : {},
  });
  if (response.status !== 201)
    throw new Error(`booking answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as Booked;
}

export interface OutboxRow {
  id: string;
  kind: string;
  channel: string;
  recipient: string;
  subject: string;
  body: string;
  html: string | null;
  ics: string | null;
  reference: string;
  manage_link: string | null;
  state: 'pending' | 'sent' | 'dead';
  attempts: number;
  next_attempt_at: Date;
  delivered_at: Date | null;
  last_error: string | null;
  language: string;
}

export async function outboxRows(db: Database): Promise<OutboxRow[]> {
  const { rows } = await db.query<OutboxRow>('select * from outbox order by created_at, id');
  return rows;
}

/** Forgets what people sent, between tests. */
export async function resetData(db: Database): Promise<void> {
  await db.exec(
    'truncate referrals, appointments, callback_requests, idempotency_records, rate_limits, outbox',
  );
}

/**
 * Whatever of `secrets` appears in the logs or the stored messages (every column): the scan that
 * proves no date of birth or manage token is kept where it should not be.
 */
export async function secretsFound(
  db: Database,
  logs: readonly string[],
  secrets: readonly string[],
): Promise<string[]> {
  const { rows } = await db.query('select * from outbox');
  const stored = JSON.stringify(rows);
  const logged = logs.join('\n');
  return secrets.filter((secret) => stored.includes(secret) || logged.includes(secret));
}
