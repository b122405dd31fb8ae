// Raw, gzip and brotli bytes of every browser bundle in dist/ — what a phone downloads.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export interface BundleSize {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

/** Sizes of one file: gzip at level 9 and brotli at quality 11, as a CDN serves them. */
export function sizeOf(path: string): Omit<BundleSize, 'file'> {
  const bytes = readFileSync(path);
  return {
    raw: bytes.byteLength,
    gzip: gzipSync(bytes, { level: 9 }).byteLength,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    }).byteLength,
  };
}

/** A chunk's name without its content hash (`dist/chunks/shared-DGLLVy2T.js` → `dist/chunks/shared.js`). */
export const withoutHash = (file: string) =>
  /\/(chunks|parts|locales)\//.test(file) ? file.replace(/-[\w-]{8}\.js$/, '.js') : file;

/**
 * Every `dist/*.js` bundle, then the loader's chunks in `dist/chunks/`, the per-component bundles'
 * later parts in `dist/parts/`, then every language chunk
 * in `dist/locales/` (fetched only by a page in that language), each sorted by name.
 */
export function bundleSizes(dir = 'dist'): BundleSize[] {
  const scripts = (folder: string) =>
    existsSync(folder)
      ? readdirSync(folder)
          .filter((name) => name.endsWith('.js'))
          .sort()
          .map((file) => ({ file: `${folder}/${file}`, ...sizeOf(join(folder, file)) }))
      : [];
  return [
    ...scripts(dir),
    ...scripts(`${dir}/chunks`),
    ...scripts(`${dir}/parts`),
    ...scripts(`${dir}/locales`),
  ];
}

/** A fixed-width table for the terminal. */
export function formatSizeTable(sizes: BundleSize[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
  const width = Math.max(...sizes.map((s) => s.file.length), 6);
  const header = `${'bundle'.padEnd(width)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)} ${'brotli'.padStart(10)}`;
  return [
    header,
    ...sizes.map((s) => `${s.file.padEnd(width)} ${kb(s.raw)} ${kb(s.gzip)} ${kb(s.brotli)}`),
  ].join('\n');
}
