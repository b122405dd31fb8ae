import pg from 'pg';
import type { ChannelHandlers } from './database.ts';

/** After a lost connection, the first try again waits this long, then twice as long, up to the most. */
const firstRetryMs = 250;
const mostRetryMs = 5000;

/** The listening connection's `application_name`. */
export const listenerApplicationName = 'vangnet-listener';

/** A channel's name as LISTEN takes it without quoting: ours are plain lower-case identifiers. */
const channelName = /^[a-z_][a-z0-9_]*$/;

/** The listening side of a PostgreSQL database: one connection of its own for every channel. */
export interface PostgresListener {
  listen(channel: string, handlers: ChannelHandlers): Promise<() => Promise<void>>;
  /** Tells this process's own listeners on `channel` of `payload`, as a notification would. */
  dispatch(channel: string, payload: string): void;
  /**
   * A round trip on the listening connection: PostgreSQL delivers a notification committed before
   * it ahead of the answer, so after this every change committed before has been heard.
   */
  barrier(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Listens on a connection outside the pool (a pooled one would be handed to a query, and an idle
 * one closed). A lost connection (PostgreSQL restarted, the network gone) tells every listener it
 * is no longer heard, and is opened again with a growing pause until it listens again.
 */
export function postgresListener(url: string): PostgresListener {
  const channels = new Map<string, Set<ChannelHandlers>>();
  let client: pg.Client | undefined;
  /** The channels the current connection listens on. */
  let heard = new Set<string>();
  let up = false;
  let closed = false;
  let connecting: Promise<void> | undefined;
  let retryMs = firstRetryMs;
  let retry: NodeJS.Timeout | undefined;

  const tell = (up: boolean) => {
    for (const handlers of channels.values()) for (const handler of handlers) handler.listening(up);
  };

  const lost = (lostClient: pg.Client) => {
    if (client !== lostClient) return;
    client = undefined;
    if (up) {
      up = false;
      tell(false);
    }
    lostClient.end().catch(() => undefined);
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, retryMs);
    retry.unref();
    retryMs = Math.min(retryMs * 2, mostRetryMs);
  };

  const connect = (): Promise<void> =>
    (connecting ??= (async () => {
      const next = new pg.Client({
        connectionString: url,
        // How an operator tells it apart in pg_stat_activity: one per instance, always idle.
        application_name: listenerApplicationName,
        connectionTimeoutMillis: 5000,
        // A connection that died without a word (a cut network) is noticed within half a minute.
        keepAlive: true,
        keepAliveInitialDelayMillis: 10_000,
      });
      client = next;
      next.on('error', () => lost(next));
      next.on('end', () => lost(next));
      next.on('notification', ({ channel, payload }) => dispatch(channel, payload ?? ''));
      try {
        await next.connect();
        heard = new Set();
        for (const channel of channels.keys()) {
          await next.query(`LISTEN ${channel}`);
          heard.add(channel);
        }
        if (client !== next || closed) return;
        up = true;
        retryMs = firstRetryMs;
        tell(true);
      } catch {
        lost(next);
      }
    })().finally(() => (connecting = undefined)));

  // A listener that throws must not stop the others, nor fail a transaction that has committed.
  const dispatch = (channel: string, payload: string) => {
    for (const handler of channels.get(channel) ?? []) {
      try {
        handler.notify(payload);
      } catch {
        // The listener's own fault; the notification stays delivered to the rest.
      }
    }
  };

  return {
    async listen(channel, handlers) {
      if (!channelName.test(channel)) throw new Error(`not a channel name: ${channel}`);
      let handlersOf = channels.get(channel);
      if (!handlersOf) channels.set(channel, (handlersOf = new Set()));
      handlersOf.add(handlers);
      if (!client && !retry) await connect();
      else await connecting;
      if (up && client && !heard.has(channel)) {
        // The connection listens already, but not on this channel yet.
        const listening = client;
        const ok = await listening.query(`LISTEN ${channel}`).then(
          () => true,
          () => false,
        );
        if (ok && client === listening) heard.add(channel);
      }
      if (up && heard.has(channel)) handlers.listening(true);
      return async () => {
        handlersOf.delete(handlers);
        if (handlersOf.size === 0) {
          channels.delete(channel);
          heard.delete(channel);
          if (up) await client?.query(`UNLISTEN ${channel}`).catch(() => undefined);
        }
      };
    },
    dispatch,
    async barrier() {
      if (up) await client?.query('select 1').catch(() => undefined);
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      await connecting;
      const last = client;
      client = undefined;
      up = false;
      await last?.end().catch(() => undefined);
    },
  };
}
