// After `npm run build`: the browser bundles' sizes (raw, gzip, brotli) and the Subresource
// Integrity hash of dist/vangnet.js (the loader), for the embed snippet's `integrity` attribute;
// the chunks' hashes are in dist/vangnet.importmap.json.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { bundleSizes, formatSizeTable } from '../bench/sizes.ts';

/** The `integrity` value of a file: `sha384-` and its base64 SHA-384 digest. */
export function subresourceIntegrity(path: string): string {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
}

if (import.meta.main) {
  console.log(formatSizeTable(bundleSizes()));
  console.log(`\ndist/vangnet.js integrity: ${subresourceIntegrity('dist/vangnet.js')}`);
  console.log('chunk integrity (import map): dist/vangnet.importmap.json');
}
