// Builds the workspace for the server's `/staff/`: one ES module (Lit and the SDK inside) next to
// the static page, in `dist/`, and one chunk per language fetched on choice (Arabic, Turkish,
// Polish; decision 0255), flat beside it as the server serves one level. No inline script, so
// the page runs under the strict CSP.
import { cp, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));
await mkdir(`${root}dist`, { recursive: true });
await cp(`${root}public`, `${root}dist`, { recursive: true });
await build({
  entryPoints: [`${root}src/define.ts`],
  outdir: `${root}dist`,
  entryNames: 'workspace',
  chunkNames: '[name]-[hash]',
  splitting: true,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  conditions: ['source', 'browser'],
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  // Arabic as UTF-8 rather than \u escapes: about half the size; the server sends UTF-8.
  charset: 'utf8',
});
console.log('staff workspace built in packages/staff/dist/');
