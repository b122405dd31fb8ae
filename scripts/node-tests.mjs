// Runs the Node unit tests (every *.test.ts under packages/*/src, scripts/ and tests/{node,security,
// conformance,server} that is not a *.browser.test.ts) with node's own test runner, on the TypeScript sources.
import { globSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const files = globSync(
  [
    'packages/*/src/**/*.test.ts',
    'scripts/**/*.test.ts',
    'tests/node/**/*.test.ts',
    'tests/security/**/*.test.ts',
    'tests/conformance/**/*.test.ts',
    'tests/server/**/*.test.ts',
  ],
  {
    exclude: (name) => name.includes('node_modules'),
  },
).filter((file) => !file.endsWith('.browser.test.ts') && !file.startsWith('packages/widget/'));
const extra = process.argv.slice(2);
const result = spawnSync(
  process.execPath,
  [
    '--conditions=source',
    '--test',
    '--test-reporter=spec',
    ...extra,
    ...(extra.some((a) => !a.startsWith('-')) ? [] : files),
  ],
  { stdio: 'inherit', env: { ...process.env, TZ: process.env.TZ ?? 'UTC' } },
);
process.exit(result.status ?? 1);
