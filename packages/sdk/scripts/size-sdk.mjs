// Prints how many bytes the SDK costs a browser: bundled with its dependencies by esbuild (ESM,
// browser, minified), raw, gzip and brotli. `npm run size -w @vangnet/sdk`.
import { build } from 'esbuild';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const sdkRoot = fileURLToPath(new URL('..', import.meta.url));

/** What a page pays for, from the whole SDK down to its parts. */
const entries = {
  'whole SDK (export *)': "export * from '@vangnet/sdk';",
  'client only (createClient + its schemas)': "export { createClient } from '@vangnet/sdk';",
  'schemas only': "export * from './src/schemas/index.ts';",
  'domain helpers only': `export { ageOn, amsterdamDate, bookingEligibility, consentParties, lastEligibleDate, appointmentToIcs, isPhoneNumber } from '@vangnet/sdk';`,
  'ky 2 alone': "export { default } from 'ky';",
};

async function measure(contents) {
  const result = await build({
    stdin: { contents, resolveDir: sdkRoot, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(9);
console.log(
  `${'bundle'.padEnd(44)}${'raw'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}`,
);
for (const [name, contents] of Object.entries(entries)) {
  const size = await measure(contents);
  console.log(`${name.padEnd(44)}${kb(size.raw)}${kb(size.gzip)}${kb(size.brotli)}`);
}
