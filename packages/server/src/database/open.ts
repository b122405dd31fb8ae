import type { ServerConfig } from '../config.ts';
import type { Database } from './database.ts';
import { openPGlite } from './pglite-database.ts';
import { openPostgres } from './postgres-database.ts';

/** The database the configuration names: PostgreSQL at `DATABASE_URL`, else PGlite in the data folder. */
export function openDatabase(
  config: Pick<ServerConfig, 'database' | 'poolSize' | 'statementTimeoutMs'>,
): Promise<Database> {
  return config.database.kind === 'postgres'
    ? openPostgres({
        url: config.database.url,
        poolSize: config.poolSize,
        statementTimeoutMs: config.statementTimeoutMs,
      })
    : openPGlite(config.database.dataDir);
}
