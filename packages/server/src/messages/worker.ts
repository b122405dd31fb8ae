import { hostname } from 'node:os';
import type { Clock } from '@vangnet/api-core';
import type { Database } from '../database/database.ts';
import type { Logger } from '../log.ts';
import type { MessageLanguage } from './language.ts';
import { DeliveryError, type MessageTransport } from './transports.ts';

export interface OutboxWorkerOptions {
  db: Database;
  clock: Clock;
  log: Logger;
  /** Per channel; a channel without one keeps its messages pending in the outbox. */
  transports: { email?: MessageTransport | undefined; sms?: MessageTransport | undefined };
  /** Attempts before a message is dead. */
  maxAttempts: number;
  /** Days a delivered message's body is kept. */
  retentionDays: number;
  /** How often the worker looks for due messages. */
  pollMs: number;
  /** Names this instance in `claimed_by`. @default host and process id */
  instance?: string;
  /** The first retry's delay, doubled per attempt up to `maxDelayMs`. @default 30 s, 6 h */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A claimed message is another instance's again after this (a crash mid-send). @default 2 min */
  leaseMs?: number;
  /** For the jitter. @default Math.random */
  random?: () => number;
  /** Messages claimed at once. @default 20 */
  batchSize?: number;
}

/** What one round of delivery did. */
export interface DeliveryReport {
  sent: number;
  retried: number;
  dead: number;
}

export interface OutboxWorker {
  /** Delivers every message due now, claim by claim, until none is left; one round at a time. */
  deliverDue(): Promise<DeliveryReport>;
  /** Removes the bodies (and addresses) of messages delivered or dead longer than the retention. */
  purgeDelivered(): Promise<number>;
  /** Delivers every `pollMs` and purges hourly, until {@link stop}. */
  start(): void;
  /** Looks for due messages now (after a request queued one), when started. */
  nudge(): void;
  /** Stops, waiting for a round in flight. */
  stop(): Promise<void>;
}

interface ClaimedRow {
  id: string;
  kind: string;
  channel: 'email' | 'sms';
  recipient: string;
  subject: string;
  body: string;
  html: string | null;
  ics: string | null;
  language: MessageLanguage;
  attempts: number;
  seq: string;
  next_attempt_at: Date;
}

/** The manage token in a stored link or body, replaced once it is no longer needed. */
const tokenPattern = String.raw`(#beheer=[A-Za-z0-9-]+)\.[A-Za-z0-9_-]+`;
const scrubbed = (column: string) =>
  `regexp_replace(${column}, '${tokenPattern}', '\\1.[token]', 'g')`;

/** Addresses and numbers out of an error text before it is stored or logged. */
export function withoutPersonalData(text: string): string {
  return text
    .replace(/[^\s<>"'@]+@[^\s<>"']+/g, '[address]')
    .replace(/\+?\d[\d\s-]{5,}\d/g, '[number]')
    .slice(0, 300);
}

const hourMs = 3_600_000;

/**
 * The outbox's worker: claims due messages with `FOR UPDATE SKIP LOCKED` (so several instances on
 * one database never take the same one) by moving `next_attempt_at` past a lease, sends each with
 * its id as Message-ID / idempotency key, and records the outcome: sent (the token scrubbed from
 * the stored copy), tried again with exponential backoff and jitter, or dead after `maxAttempts`.
 */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const { db, clock, log, transports } = options;
  const instance = options.instance ?? `${hostname()}:${process.pid}`;
  const baseDelayMs = options.baseDelayMs ?? 30_000;
  const maxDelayMs = options.maxDelayMs ?? 6 * hourMs;
  const leaseMs = options.leaseMs ?? 120_000;
  const random = options.random ?? Math.random;
  const batchSize = options.batchSize ?? 20;
  const channels = JSON.stringify(
    (['email', 'sms'] as const).filter((channel) => transports[channel] !== undefined),
  );

  /** Exponential, capped, with "equal jitter": between half and all of the delay. */
  const delayAfter = (attempts: number) => {
    const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1));
    return Math.round(delay * (0.5 + random() * 0.5));
  };

  async function claim(now: Date): Promise<ClaimedRow[]> {
    const { rows } = await db.query<ClaimedRow>(
      `update outbox set attempts = attempts + 1, next_attempt_at = $3, claimed_by = $4
       where id in (
         select id from outbox
         where state = 'pending' and next_attempt_at <= $1
           and channel in (select jsonb_array_elements_text($2::jsonb))
         order by next_attempt_at, seq
         limit $5
         for update skip locked)
       returning id, kind, channel, recipient, subject, body, html, ics, language, attempts, seq::text as seq, next_attempt_at`,
      [
        now.toISOString(),
        channels,
        new Date(now.getTime() + leaseMs).toISOString(),
        instance,
        batchSize,
      ],
    );
    // RETURNING keeps no order: send in the order of queueing.
    return rows.sort(
      (a, b) =>
        new Date(a.next_attempt_at).getTime() - new Date(b.next_attempt_at).getTime() ||
        Number(BigInt(a.seq) - BigInt(b.seq)),
    );
  }

  async function deliver(row: ClaimedRow, report: DeliveryReport): Promise<void> {
    const transport = transports[row.channel];
    if (!transport) return;
    const about = {
      messageId: row.id,
      kind: row.kind,
      channel: row.channel,
      attempt: row.attempts,
    };
    try {
      await transport.send({
        id: row.id,
        to: row.recipient,
        subject: row.subject,
        text: row.body,
        html: row.html ?? undefined,
        ics: row.ics ?? undefined,
        language: row.language,
      });
    } catch (error) {
      const permanent = error instanceof DeliveryError && error.permanent;
      const reason = withoutPersonalData(error instanceof Error ? error.message : 'failed');
      const now = clock.now();
      if (permanent || row.attempts >= options.maxAttempts) {
        await db.query(
          `update outbox set state = 'dead', last_error = $2,
             body = ${scrubbed('body')}, html = ${scrubbed('html')}, manage_link = ${scrubbed('manage_link')}
           where id = $1 and state = 'pending'`,
          [row.id, reason],
        );
        report.dead += 1;
        log.error({ ...about, reason }, 'message dead: not delivered');
        return;
      }
      const wait = Math.max(
        delayAfter(row.attempts),
        error instanceof DeliveryError ? (error.retryAfterMs ?? 0) : 0,
      );
      const next = new Date(now.getTime() + wait);
      await db.query(
        "update outbox set next_attempt_at = $2, last_error = $3 where id = $1 and state = 'pending'",
        [row.id, next.toISOString(), reason],
      );
      report.retried += 1;
      log.warn(
        { ...about, reason, nextAttemptAt: next.toISOString() },
        'message not delivered yet',
      );
      return;
    }
    await db.query(
      `update outbox set state = 'sent', delivered_at = $2, last_error = null,
         body = ${scrubbed('body')}, html = ${scrubbed('html')}, manage_link = ${scrubbed('manage_link')}
       where id = $1 and state = 'pending'`,
      [row.id, clock.now().toISOString()],
    );
    report.sent += 1;
    log.info(about, 'message delivered');
  }

  async function deliverDue(): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, retried: 0, dead: 0 };
    if (channels === '[]') return report;
    for (;;) {
      const claimed = await claim(clock.now());
      if (claimed.length === 0) return report;
      for (const row of claimed) await deliver(row, report);
    }
  }

  async function purgeDelivered(): Promise<number> {
    const before = new Date(clock.now().getTime() - options.retentionDays * 24 * hourMs);
    const { rowCount } = await db.query(
      `update outbox set subject = '', body = '', html = null, ics = null, manage_link = null,
         recipient = '', body_removed_at = $2
       where state in ('sent', 'dead') and body_removed_at is null
         and coalesce(delivered_at, created_at) < $1`,
      [before.toISOString(), clock.now().toISOString()],
    );
    if (rowCount > 0) log.info({ messages: rowCount }, 'delivered message bodies removed');
    return rowCount;
  }

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let again = false;
  let lastPurge = 0;
  const tick = () => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        await deliverDue();
        if (clock.now().getTime() - lastPurge >= hourMs) {
          lastPurge = clock.now().getTime();
          await purgeDelivered();
        }
      } while (again && timer);
    })()
      .catch((error: unknown) =>
        log.error(
          {
            err: {
              message: withoutPersonalData(error instanceof Error ? error.message : 'failed'),
            },
          },
          'message delivery round failed',
        ),
      )
      .finally(() => {
        running = undefined;
      });
  };
  return {
    deliverDue,
    purgeDelivered,
    start() {
      if (timer) return;
      timer = setInterval(tick, options.pollMs);
      timer.unref();
      tick();
    },
    nudge() {
      if (timer) setImmediate(tick);
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      await running;
      transports.email?.close();
      transports.sms?.close();
    },
  };
}
