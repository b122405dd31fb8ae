// The one fixture of the tests that run the server as people run it, as a child process: its
// environment (nothing of the test runner's own VANGNET_* settings leaks in), waiting until it
// listens, killing it, temporary data folders and a PostgreSQL database of its own — all made
// for one `describe` and cleaned up after its last test. Tests that run the server in-process
// use it for the database and their clean-up.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '../../conformance/support/test-database.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const main = 'packages/server/src/main.ts';

/** `env` over the runner's environment without its PORT, DATABASE_URL and VANGNET_* settings. */
function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = { ...process.env };
  for (const name of Object.keys(inherited)) {
    if (name === 'PORT' || name === 'DATABASE_URL' || name.startsWith('VANGNET_')) {
      delete inherited[name];
    }
  }
  return { ...inherited, VANGNET_LOG_LEVEL: 'warn', PORT: '0', ...env };
}

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `main.ts` with `args` (a command) to its end. */
function runMain(args: string[], env: Record<string, string>): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=source', main, ...args], {
      cwd: repoRoot,
      env: childEnv(env),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** A script of the repository running as a process of its own. */
export interface ServerProcess {
  /** The URL it printed (the server's), or '' for a script that prints none. */
  readonly url: string;
  readonly child: ChildProcess;
  /** Everything the process wrote to stdout until it was ready. */
  readonly stdout: string;
  /** Everything the process wrote to stderr so far. */
  stderr(): string;
  /** Resolves with the exit code once the process has ended. */
  readonly exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** What a fixture's `spawn` starts and how it knows the process is ready. */
export interface ScriptOptions {
  /** The script, relative to the repository. */
  readonly script: string;
  readonly env: Record<string, string>;
  /** Whether what the process wrote to stdout so far says it is ready. */
  readonly ready: (stdout: string) => boolean;
  /** How long it may take to be ready (a loaded machine with two cores is slow). */
  readonly timeoutMs: number;
}

/** The first stdout line that is a URL: `main.ts` prints its own first. */
const urlIn = (stdout: string): string | undefined =>
  stdout.split('\n').find((line) => /^http:\/\/\S+$/.test(line));

/** Starts a script of the repository and resolves once it says it is ready. */
function spawnScript(options: ScriptOptions): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--conditions=source', options.script], {
    cwd: repoRoot,
    env: childEnv(options.env),
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.script} did not start in time: ${stdout} ${stderr}`));
    }, options.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!options.ready(stdout)) return;
      clearTimeout(timer);
      resolve({
        url: urlIn(stdout) ?? '',
        child,
        stdout,
        stderr: () => stderr,
        exited,
        async kill(signal = 'SIGTERM') {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          await exited;
        },
      });
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${options.script} stopped (${code}) before it was ready: ${stderr}`));
    });
  });
}

/** `main.ts` (the server), ready once it printed its URL. */
const serverScript = (env: Record<string, string>): ScriptOptions => ({
  script: main,
  env,
  ready: (stdout) => urlIn(stdout) !== undefined,
  timeoutMs: 60_000,
});

/** The processes, folders and database of one `describe`; see {@link serverFixture}. */
export interface ServerFixture {
  /** The describe's own PostgreSQL database; only with `adminUrl`, from the first test on. */
  readonly database: TestDatabase;
  /** The fixture's environment with `extra` over it, and `DATABASE_URL` when it has a database. */
  env(extra?: Record<string, string>): Record<string, string>;
  /** Starts the server with {@link env}; it is killed after the last test if it still runs. */
  start(extra?: Record<string, string>): Promise<ServerProcess>;
  /** Starts another script (`npm start`'s); killed after the last test like the server. */
  spawn(options: ScriptOptions): Promise<ServerProcess>;
  /** Runs a command of `main.ts` with {@link env} to its end. */
  run(args: string[], extra?: Record<string, string>): Promise<CommandResult>;
  /** A new empty folder, removed after the last test. */
  tempDir(prefix: string): string;
  /** Something else to undo after the last test, before the processes and the database go. */
  cleanup(undo: () => Promise<void>): void;
}

/**
 * Registers `before` and `after` in the calling `describe`: with `adminUrl`, a database of its own
 * before the first test; after the last one, what {@link ServerFixture.cleanup} was given (last
 * first), every process still running killed, the database dropped and the folders removed.
 *
 * @example
 * describeOnPostgres('the server process', (adminUrl) => {
 *   const fixture = serverFixture({ adminUrl, env: { VANGNET_RATE_LIMIT_WRITES: '0' } });
 *   it('books', async () => {
 *     const server = await fixture.start();
 *   });
 * });
 */
export function serverFixture(
  options: { adminUrl?: string; env?: Record<string, string> } = {},
): ServerFixture {
  let database: TestDatabase | undefined;
  const running: ServerProcess[] = [];
  const folders: string[] = [];
  const undos: (() => Promise<void>)[] = [];
  if (options.adminUrl !== undefined) {
    const adminUrl = options.adminUrl;
    before(async () => (database = await createTestDatabase(adminUrl)));
  }
  after(async () => {
    for (const undo of undos.reverse()) await undo();
    // Killed, not stopped: nothing a test left running needs a clean shutdown, since its
    // database is dropped with force and its folder removed right after.
    for (const started of running) await started.kill('SIGKILL');
    await database?.drop();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });
  const env = (extra: Record<string, string> = {}) => ({
    ...(database ? { DATABASE_URL: database.url } : {}),
    ...options.env,
    ...extra,
  });
  const spawnScriptHere = async (script: ScriptOptions) => {
    const started = await spawnScript(script);
    running.push(started);
    return started;
  };
  return {
    get database() {
      if (!database) throw new Error('This fixture has no database (no adminUrl), or not yet.');
      return database;
    },
    env,
    start: (extra) => spawnScriptHere(serverScript(env(extra))),
    spawn: (script) => spawnScriptHere({ ...script, env: env(script.env) }),
    run: (args, extra) => runMain(args, env(extra)),
    tempDir(prefix) {
      const folder = mkdtempSync(join(tmpdir(), prefix));
      folders.push(folder);
      return folder;
    },
    cleanup: (undo) => void undos.push(undo),
  };
}
