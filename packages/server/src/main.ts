/// <reference types="node" />
// `npm run server`: the Vangnet API on PostgreSQL (DATABASE_URL) or PGlite in VANGNET_DATA_DIR,
// and its commands: `migrate`, `keys add|list|revoke`, `import <file>`, `export`.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { demoPartnerKey } from '@vangnet/api-core';
import { ConfigError, readConfig, type ServerConfig } from './config.ts';
import { migrate } from './database/migrate.ts';
import { openDatabase } from './database/open.ts';
import { exportDirectory, importDirectory } from './exchange/hsds.ts';
import { createLogger } from './log.ts';
import { addPartnerKey, listPartnerKeys, revokePartnerKey } from './partner-keys.ts';
import { createVangnetServer } from './server.ts';

const usage = `Usage: npm run server [-- command]
  (no command)                         start the API server
  migrate                              apply the database migrations, then stop
  keys add --region R --origin O ...   make a partner key (printed once) for R, allowed from O
  keys list                            list the partner keys (never the keys themselves)
  keys revoke ID                       revoke a key by its id
  import FILE                          import organisations and locations (JSON, HSDS-shaped)
  export                               print organisations and locations as JSON`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** Why the database could not be opened, in one line a person can act on. */
function databaseProblem(config: ServerConfig, error: unknown): string {
  const cause = error instanceof Error ? error.message : String(error);
  return config.database.kind === 'postgres'
    ? `Cannot reach the database at DATABASE_URL: ${cause}`
    : `Cannot open the embedded database in ${config.database.dataDir}: ${cause}`;
}

async function runCommand(config: ServerConfig, command: string, rest: string[]): Promise<void> {
  const db = await openDatabase(config).catch((error: unknown) =>
    fail(databaseProblem(config, error)),
  );
  try {
    await migrate(db);
    if (command === 'migrate') {
      console.log('The database is up to date.');
    } else if (command === 'keys') {
      const [action, ...args] = rest;
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          region: { type: 'string' },
          origin: { type: 'string', multiple: true },
          label: { type: 'string' },
        },
      });
      if (action === 'add') {
        if (!values.region) fail('keys add needs --region (for example --region haaglanden)');
        const { id, key } = await addPartnerKey(db, {
          region: values.region,
          origins: values.origin ?? [],
          label: values.label ?? '',
        });
        console.log(`${id}\t${key}\nKeep the key: it is shown only now.`);
      } else if (action === 'list') {
        for (const key of await listPartnerKeys(db)) {
          console.log(
            [
              key.id,
              key.region,
              key.origins.join(',') || '-',
              key.revoked ? 'revoked' : 'active',
              key.label,
            ].join('\t'),
          );
        }
      } else if (action === 'revoke' && positionals[0]) {
        if (!(await revokePartnerKey(db, positionals[0])))
          fail(`No active key with id ${positionals[0]}`);
        console.log(`Revoked ${positionals[0]}.`);
      } else {
        fail(usage);
      }
    } else if (command === 'import' && rest[0]) {
      const counts = await importDirectory(db, JSON.parse(readFileSync(rest[0], 'utf8')));
      console.log(
        `Imported ${counts.organisations} organisations and ${counts.locations} locations.`,
      );
    } else if (command === 'export') {
      process.stdout.write(`${JSON.stringify(await exportDirectory(db), null, 2)}\n`);
    } else {
      fail(usage);
    }
  } finally {
    await db.close();
  }
}

async function start(config: ServerConfig): Promise<void> {
  const log = createLogger(config.logLevel);
  const server = await createVangnetServer({ config, log }).catch((error: unknown) =>
    fail(databaseProblem(config, error)),
  );
  const url = await server
    .listen()
    .catch((error: unknown) =>
      fail(
        `Cannot listen on ${config.host}:${config.port}: ${error instanceof Error ? error.message : String(error)}`,
      ),
    );
  log.info({ url, database: config.database.kind }, 'listening');
  if (config.devSignIn)
    log.warn(
      { signIn: `${url}/v1/staff/dev-signin` },
      'development sign-in is on: demo staff tokens for anyone',
    );
  // The two lines a person looks for, plain on stdout.
  console.log(url);
  if (config.demoData) console.log(`Demo partner key: ${demoPartnerKey}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: finishing requests in flight');
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

let config: ServerConfig;
try {
  config = readConfig(process.env);
} catch (error) {
  fail(error instanceof ConfigError ? `Configuration: ${error.message}` : String(error));
}
const [command, ...rest] = process.argv.slice(2);
if (command === undefined) await start(config);
else if (command === '--help' || command === 'help') console.log(usage);
else {
  // A command that fails (an invalid import, a database error) says why in one line.
  await runCommand(config, command, rest).catch((error: unknown) =>
    fail(error instanceof Error ? error.message : String(error)),
  );
}
