import pg from 'pg';
import type { Database, Queryable, QueryResult } from './database.ts';
import { postgresListener } from './postgres-listener.ts';

export interface PostgresOptions {
  /** `postgres://user:password@host:port/database` */
  url: string;
  /** Connections in the pool. @default 10 */
  poolSize?: number;
  /** A statement running longer is cancelled (answered 503). @default 5000 */
  statementTimeoutMs?: number;
  /** Waiting longer for a free connection fails the request (503). @default 5000 */
  connectionTimeoutMs?: number;
}

function queryable(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<Row>(text: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await target.query(text, [...params]);
      return { rows: result.rows as Row[], rowCount: result.rowCount ?? 0 };
    },
    async exec(sql) {
      // Without parameters pg uses the simple protocol, which runs several statements.
      await target.query(sql);
    },
  };
}

/** A pool of connections to a PostgreSQL server. */
export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? 5000,
    statement_timeout: options.statementTimeoutMs ?? 5000,
    idle_in_transaction_session_timeout: 30_000,
  });
  // A connection lost while idle (PostgreSQL restarted) must not crash the process; the next
  // query opens a new one.
  pool.on('error', () => undefined);
  // Fail at start, with the cause, when the database cannot be reached.
  const client = await pool.connect();
  client.release();
  const listener = postgresListener(options.url);
  const plain = queryable(pool);
  return {
    kind: 'postgres',
    ...plain,
    async exec(sql) {
      await plain.exec(sql);
      // Admin SQL (a migration, a test emptying tables) is heard by this process's listeners
      // before it resolves, as the process's own transactions are.
      await listener.barrier();
    },
    listen: (channel, handlers) => listener.listen(channel, handlers),
    async transaction(work) {
      const connection = await pool.connect();
      // A connection lost between two statements emits `error`; unheard, that ends the process.
      // The next statement fails with it, which rolls back and releases the connection as broken.
      const onLost = () => undefined;
      connection.on('error', onLost);
      // A connection whose rollback failed is broken: the pool must not hand it out again.
      let broken: Error | undefined;
      const announced: [string, string][] = [];
      try {
        await connection.query('BEGIN');
        const result = await work({
          ...queryable(connection),
          notifyOwnListeners: (channel, payload) => announced.push([channel, payload]),
        });
        await connection.query('COMMIT');
        for (const [channel, payload] of announced) listener.dispatch(channel, payload);
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch((rollbackError: unknown) => {
          broken = rollbackError instanceof Error ? rollbackError : new Error('rollback failed');
        });
        throw error;
      } finally {
        connection.off('error', onLost);
        connection.release(broken);
      }
    },
    async close() {
      await listener.close();
      await pool.end();
    },
  };
}
