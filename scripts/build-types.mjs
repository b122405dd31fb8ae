// Emits each package's `.d.ts` files next to its rollup output.
import { spawnSync } from 'node:child_process';

for (const dir of ['sdk', 'api-core', 'api-mock', 'widget']) {
  const result = spawnSync('tsc', ['-p', `packages/${dir}/tsconfig.build.json`], {
    stdio: 'inherit',
    shell: false,
    env: process.env,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
