// Builds the workspace for the server's `/staff/`: one ES module (Lit and the SDK inside) next to
// the static page, in `dist/`. No inline script, so the page runs under the strict CSP.
import { cp, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
await mkdir(`${root}dist`, { recursive: true });
await cp(`${root}public`, `${root}dist`, { recursive: true });
await build({
  entryPoints: [`${root}src/define.ts`],
  outfile: `${root}dist/workspace.js`,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  conditions: ['source', 'browser'],
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
});
console.log('staff workspace built in packages/staff/dist/');
