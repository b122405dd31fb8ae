// Where the bytes of dist/vangnet.js and its chunks go: an esbuild metafile of all elements, minified, with
// every module's output bytes summed per library and per widget folder. Minified bytes, not
// brotli: compression works across module boundaries, so a per-module brotli figure does not exist.
import { build } from 'esbuild';

export interface CompositionRow {
  group: string;
  minified: number;
  share: number;
}

/** `node_modules/@lit/context/…` → `@lit/context`; `packages/widget/src/kit/…` → `widget/kit`. */
function groupOf(path: string): string {
  const library = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(path);
  if (library) return library[1]!;
  const own = /packages\/([^/]+)\/src\/(?:([^/]+)\/)?/.exec(path);
  if (own) return own[2] ? `${own[1]!}/${own[2]}` : own[1]!;
  return path;
}

/** Minified bytes per group of the single-file bundle's entry, largest first. */
export async function composition(
  entry = 'packages/widget/src/define.ts',
): Promise<CompositionRow[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['source', 'browser', 'production'],
    tsconfig: 'tsconfig.base.json',
    // Languages loaded on demand land in chunks of their own, as in dist/.
    splitting: true,
    outdir: 'bench/.out/composition',
    write: false,
    metafile: true,
    logLevel: 'warning',
  });
  const outputs = Object.values(result.metafile.outputs);
  if (!outputs.some((o) => o.entryPoint === entry))
    throw new Error(`esbuild wrote no output for ${entry}`);
  // The entry and every chunk it loads (shared code, the parts after the first view), languages
  // beyond Dutch and English aside.
  const groups = new Map<string, number>();
  let total = 0;
  for (const output of outputs)
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (/\/messages\/(ar|tr|pl)\.ts$/.test(path)) continue;
      groups.set(groupOf(path), (groups.get(groupOf(path)) ?? 0) + bytesInOutput);
      total += bytesInOutput;
    }
  return [...groups]
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([group, minified]) => ({ group, minified, share: minified / total }));
}

export function formatComposition(rows: CompositionRow[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const width = Math.max(...rows.map((row) => row.group.length), 5);
  return [
    `${'group'.padEnd(width)}   minified   share`,
    ...rows.map(
      (row) =>
        `${row.group.padEnd(width)} ${kb(row.minified).padStart(10)} ${`${(row.share * 100).toFixed(1)}%`.padStart(7)}`,
    ),
  ].join('\n');
}
