import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** The installed PGlite's version: its package.json is not exported, so it is read beside its entry. */
function installedPgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = join(entry.slice(0, entry.lastIndexOf('/dist/')), 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * An empty, initialised cluster of this PGlite version, kept in the temporary folder: creating
 * one (initdb) takes seconds, loading one under a second, and tests open many in-memory databases.
 * Compressed: 4.5 MB instead of 40 MB (mostly the empty write-ahead log), which loads 0.15–0.35 s
 * faster than the plain tar.
 * Written under another name first and renamed, so a parallel process never reads half of it.
 */
async function emptyCluster(): Promise<Blob> {
  const path = join(tmpdir(), `vangnet-pglite-${installedPgliteVersion()}-empty.tgz`);
  if (existsSync(path)) return new Blob([readFileSync(path)]);
  const fresh = await PGlite.create();
  const dump = await fresh.dumpDataDir('gzip');
  await fresh.close();
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, new Uint8Array(await dump.arrayBuffer()));
  renameSync(partial, path);
  return dump;
}

/**
 * PostgreSQL in WebAssembly, in a folder (`dataDir`) or in memory (`memory://`): the embedded
 * default, so `npm run server` needs no database server.
 */
export async function openPGlite(dataDir: string): Promise<Database> {
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const db = inMemory
    ? await PGlite.create({ loadDataDir: await emptyCluster() })
    : await PGlite.create(dataDir);
  return {
    kind: 'pglite',
    ...queryable(db),
    // PGlite has one connection: a transaction holds it, other queries wait their turn. That
    // connection listens too, and hears its own notifications before a statement resolves, so
    // a transaction's own announcement (`notifyOwnListeners`) is already heard.
    transaction: (work) => db.transaction((tx) => work(queryable(tx))),
    async listen(channel, handlers) {
      const stop = await db.listen(channel, (payload) => handlers.notify(payload));
      handlers.listening(true);
      return async () => {
        handlers.listening(false);
        await stop();
      };
    },
    close: () => db.close(),
  };
}
