// The workspace's browser tests (tests/staff/): the main configuration's browser and settings,
// but `/v1/…` and `/staff/` on the pages' origin are answered by the real server — on PGlite in
// memory, with the demo region, the development sign-in and a fake OpenID Connect provider
// (tests/staff/support/fake-provider.ts) — instead of the mock.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import {
  createLogger,
  createVangnetServer,
  openPGlite,
  readConfig,
  serverPathsListener,
} from '@vangnet/server';
import base from '../../web-test-runner.config.mjs';
import { devServerPlugins } from '../../scripts/dev-server-plugins.mjs';
import { bringToFrontPlugin } from '../../scripts/bring-to-front-plugin.mjs';
import {
  fakeAudience,
  fakeClientId,
  startFakeProvider,
} from '../../tests/staff/support/fake-provider.ts';

const provider = await startFakeProvider();

const server = await createVangnetServer({
  config: readConfig({
    VANGNET_DEV_SIGNIN: '1',
    VANGNET_OIDC_ISSUER: provider.issuer,
    VANGNET_OIDC_AUDIENCE: fakeAudience,
    VANGNET_OIDC_CLIENT_ID: fakeClientId,
    VANGNET_RATE_LIMIT_WRITES: '0',
    VANGNET_RATE_LIMIT_TOKENS: '0',
    VANGNET_RETENTION_INTERVAL_S: '0',
    VANGNET_LOG_LEVEL: 'warn',
  }),
  db: await openPGlite('memory://'),
  log: createLogger('silent'),
});

export default {
  ...base,
  files: ['tests/staff/**/*.test.ts'],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }),
    ...devServerPlugins({ api: serverPathsListener(server.app) }),
    bringToFrontPlugin(),
  ],
};
