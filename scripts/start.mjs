// `npm start`: the example pages, the staff workspace (/staff/) and the API server on one origin,
// the server on its embedded database (PGlite in VANGNET_DATA_DIR, default .vangnet/) or
// DATABASE_URL with the development sign-in, so a pupil referred on the school page can be
// matched in the workspace and followed on the status page; what is sent is still there after a
// restart. `npm run start:mock` (`--mock`) serves the in-memory mock instead, with its `?mock=`
// scenarios, and no workspace.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { serve } from './serve.mjs';
import { freePort } from './free-port.mjs';

const useMock = process.argv.includes('--mock');

// A fixed port keeps bookmarks working; when it is taken, any free one will do.
const preferred = Number(process.env.PORT) || 8765;
const port = await new Promise((resolve) => {
  import('node:net').then(({ createServer }) => {
    const probe = createServer();
    probe.once('error', () => freePort().then(resolve));
    probe.listen(preferred, '127.0.0.1', () => probe.close(() => resolve(preferred)));
  });
});
const origin = `http://127.0.0.1:${port}`;

if (useMock) {
  const { url } = await serve({ port });
  console.log(`Vangnet examples (demo data, mock API on the same origin): ${url}/examples/`);
} else {
  // The workspace is served from its build; a fresh checkout has none yet.
  if (!existsSync(new URL('../packages/staff/dist/index.html', import.meta.url))) {
    console.log('Building the staff workspace (npm run build -w @vangnet/staff)…');
    const built = spawnSync(process.execPath, ['--conditions=source', 'scripts/build.ts'], {
      cwd: new URL('../packages/staff/', import.meta.url),
      stdio: 'inherit',
    });
    if (built.status !== 0) process.exit(built.status ?? 1);
  }
  const { createLogger, createVangnetServer, readConfig, serverPathsListener, ConfigError } =
    await import('@vangnet/server');
  let config;
  try {
    config = readConfig({
      VANGNET_PUBLIC_URL: origin,
      VANGNET_DEV_SIGNIN: '1',
      ...process.env,
      PORT: String(port),
    });
  } catch (error) {
    console.error(error instanceof ConfigError ? `Configuration: ${error.message}` : error);
    process.exit(1);
  }
  const server = await createVangnetServer({ config, log: createLogger('warn') }).catch((error) => {
    console.error(`Cannot open the database: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
  const { url, stop } = await serve({ port, api: serverPathsListener(server.app) });
  const where =
    config.database.kind === 'pglite'
      ? `embedded database in ${config.database.dataDir}`
      : 'PostgreSQL';
  console.log(`Vangnet examples (demo data, API server on its ${where}): ${url}/examples/`);
  console.log(`Staff workspace (development sign-in, fictional staff): ${url}/staff/`);
  console.log(`Status page of the school example: ${url}/examples/status.html`);
  console.log('Demo partner key: pk_demo_haaglanden');
  const shutdown = async () => {
    await stop();
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
