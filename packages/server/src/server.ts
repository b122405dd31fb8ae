import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import {
  createApi,
  cryptoRandom,
  demoPartnerKey,
  systemClock,
  type Api,
  type Clock,
} from '@vangnet/api-core';
import type { Hono } from 'hono';
import { createApp } from './app.ts';
import { staffPage } from './staff-page.ts';
import type { ServerConfig } from './config.ts';
import type { Database } from './database/database.ts';
import { migrate } from './database/migrate.ts';
import { openDatabase } from './database/open.ts';
import { loadDemoRegion } from './demo-region.ts';
import { problemForDatabaseError } from './http/database-errors.ts';
import type { Logger } from './log.ts';
import { createOutboxWriter } from './messages/outbox-writer.ts';
import { httpSmsTransport, smtpTransport } from './messages/transports.ts';
import { createOutboxWorker, type OutboxWorker } from './messages/worker.ts';
import type { TrustedIssuer } from './staff/auth.ts';
import { createStaff, type Staff } from './staff/staff-app.ts';
import { createPostgresStore } from './store/postgres-store.ts';
import { watchSlots } from './store/slot-watch.ts';

export interface VangnetServerOptions {
  config: ServerConfig;
  log: Logger;
  /** "Now" for every rule; tests fix it. @default the real time */
  clock?: Clock;
  /** A database opened by the caller (tests); by default the configuration's. */
  db?: Database;
  /** Token issuers the staff API trusts besides the configured provider (tests). */
  staffIssuers?: readonly TrustedIssuer[];
}

/** A server built but not yet listening: its database is migrated and ready. */
export interface VangnetServer {
  readonly app: Hono;
  readonly api: Api;
  readonly db: Database;
  /** The outbox's worker: started by {@link listen}; tests call `deliverDue()` themselves. */
  readonly messages: OutboxWorker;
  /** The staff API's parts: the development sign-in (when on) and the retention job. */
  readonly staff: Staff;
  /** Starts listening; resolves with the URL. */
  listen(): Promise<string>;
  /** Stops taking requests, finishes those in flight, then closes the database. */
  close(): Promise<void>;
}

/** Old rate-limit windows and such are removed this often. */
const maintenanceMs = 10 * 60_000;

/**
 * Builds the server: opens the database, applies the migrations, loads the demo region into an
 * empty database when the configuration says so, and wires the core to PostgreSQL.
 */
export async function createVangnetServer(options: VangnetServerOptions): Promise<VangnetServer> {
  const { config, log } = options;
  const clock = options.clock ?? systemClock;
  const db = options.db ?? (await openDatabase(config));
  const applied = await migrate(db);
  if (applied.length > 0) log.info({ migrations: applied }, 'database migrated');
  if (config.demoData && (await loadDemoRegion(db))) log.info('demo region loaded');
  const windowMs = config.limits.windowMs;
  const baseUrl = config.publicUrl ?? `http://${config.host}:${config.port}`;
  const settings = config.messages;
  const messages = createOutboxWorker({
    db,
    clock,
    log,
    transports: {
      email: config.smtpUrl
        ? smtpTransport({ url: config.smtpUrl, from: settings.from, replyTo: settings.replyTo })
        : undefined,
      sms: settings.sms ? httpSmsTransport(settings.sms) : undefined,
    },
    maxAttempts: settings.maxAttempts,
    retentionDays: settings.retentionDays,
    pollMs: settings.pollMs,
  });
  if (!config.smtpUrl)
    log.warn(
      'messages: VANGNET_SMTP_URL is not set, so email stays in the outbox (state pending) and is listed at /staff/outbox for an admin, with its recipient and text while the development sign-in is on',
    );
  if (!settings.sms)
    log.warn(
      'messages: VANGNET_SMS_URL is not set, so text messages stay in the outbox (state pending)',
    );
  const outbox = createOutboxWriter({
    clock,
    reminderHours: settings.reminderHours,
    publicUrl: config.publicUrl,
    workspaceUrl: `${baseUrl}/staff/`,
    notifyReferrals: settings.notifyReferrals,
    notifyReferrer: settings.notifyReferrer,
  });
  // Reads of booked slots kept between changes heard on the database (decision 0294).
  const slots = await watchSlots(db);
  const store = createPostgresStore(db, { outbox, slots });
  const api = createApi({
    store: {
      ...store,
      // A request that queued a message has it looked at at once, not at the next poll.
      async transaction(work) {
        const result = await store.transaction(work);
        messages.nudge();
        return result;
      },
    },
    clock,
    random: cryptoRandom,
    manageUrl: config.manageUrl,
    limits: {
      ...(config.limits.writes > 0 ? { writes: { limit: config.limits.writes, windowMs } } : {}),
      ...(config.limits.tokens > 0 ? { tokens: { limit: config.limits.tokens, windowMs } } : {}),
    },
    // Every instance sees a change of the reference data within a second.
    caching: { versionTtlMs: 1000, maxAnswers: 2000, partnerKeyTtlMs: 1000 },
    problemForError: problemForDatabaseError,
    onError: (error) =>
      log.error(
        { err: { message: error instanceof Error ? error.message : 'unexpected error' } },
        'request failed',
      ),
  });
  const staff = await createStaff({
    db,
    clock,
    outbox,
    // A staff change that queued a message has it looked at at once, as a public one does.
    onMessageQueued: () => messages.nudge(),
    config: config.staff,
    devSignIn: config.devSignIn,
    // The demo key only where the demo region is: elsewhere the operator names the key.
    partnerKey: config.staff.partnerKey ?? (config.demoData ? demoPartnerKey : undefined),
    ...(options.staffIssuers ? { extraIssuers: options.staffIssuers } : {}),
    onError: (error) =>
      log.error(
        { err: { message: error instanceof Error ? error.message : 'unexpected error' } },
        'staff request failed',
      ),
  });
  const app = createApp({
    api,
    db,
    manageUrl: config.manageUrl,
    staff: staff.app,
    // The workspace fetches its tokens from the provider's token endpoint on the issuer's origin.
    staffPage: staffPage(undefined, {
      connectSources: config.staff.oidc?.clientId ? [new URL(config.staff.oidc.issuer).origin] : [],
    }),
  });
  let server: ServerType | undefined;
  let maintenance: NodeJS.Timeout | undefined;
  let retention: NodeJS.Timeout | undefined;
  return {
    app,
    api,
    db,
    messages,
    staff,
    listen: () =>
      new Promise((resolve, reject) => {
        const started = serve(
          { fetch: app.fetch, port: config.port, hostname: config.host },
          (info: AddressInfo) => {
            const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
            resolve(`http://${host}:${info.port}`);
          },
        );
        started.once('error', reject);
        server = started;
        maintenance = setInterval(() => {
          const before = new Date(clock.now().getTime() - 2 * windowMs).toISOString();
          db.query('delete from rate_limits where window_start < $1', [before]).catch(
            () => undefined,
          );
        }, maintenanceMs);
        maintenance.unref();
        messages.start();
        if (config.staff.retentionIntervalMs > 0) {
          const runRetention = () =>
            staff.runRetention().then(
              (erased) => {
                if (erased > 0) log.info({ erased }, 'retention removed personal data');
              },
              () => log.error('retention job failed'),
            );
          retention = setInterval(runRetention, config.staff.retentionIntervalMs);
          retention.unref();
        }
      }),
    async close() {
      clearInterval(maintenance);
      clearInterval(retention);
      await messages.stop();
      if (server) {
        const listening = server;
        await new Promise<void>((resolve) => {
          listening.close(() => resolve());
          // Idle keep-alive connections would hold the close open; requests in flight finish.
          (listening as { closeIdleConnections?: () => void }).closeIdleConnections?.();
        });
      }
      await slots.stop();
      await db.close();
    },
  };
}
