import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { Database, Queryable, QueryResult } from './database.ts';

type PGliteQueryable = Pick<PGlite, 'query' | 'exec'>;

function queryable(target: PGliteQueryable): Queryable {
  return {
    async query<Row>(text: string, params: readonly unknown[] = []): Promise<QueryResult<Row>> {
      const result = await target.query<Row>(text, [...params]);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
    async exec(sql) {
      await target.exec(sql);
    },
  };
}

/**
 * PostgreSQL in WebAssembly, in a folder (`dataDir`) or in memory (`memory://`): the embedded
 * default, so `npm run server` needs no database server.
 */
export async function openPGlite(dataDir: string): Promise<Database> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  return {
    kind: 'pglite',
    ...queryable(db),
    // PGlite has one connection: a transaction holds it, other queries wait their turn.
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    close: () => db.close(),
  };
}
