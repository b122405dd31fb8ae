// `npm run bench`: prints bundle bytes, first render against the floor, the finder's keystroke
// latency, the SDK's parse time and the server under load, and writes them all to
// bench/results.json. Numbers, not tests.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { bundleSizes, formatSizeTable } from './sizes.ts';
import { composition, formatComposition } from './composition.ts';
import { formatRenderTable, measureFirstRender, type RenderTarget } from './first-render.ts';
import { serve } from '../scripts/serve.mjs';

const runs = Number(process.env.BENCH_RUNS) || 10;

console.log('\n# Bundle bytes\n');
const sizes = bundleSizes();
console.log(formatSizeTable(sizes));

console.log('\n# Where the minified bytes of dist/vangnet.js go (esbuild metafile)\n');
const parts = await composition();
console.log(formatComposition(parts));

mkdirSync('bench/.out', { recursive: true });
await build({
  entryPoints: ['bench/floor-element.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['production'],
  outfile: 'bench/.out/floor.js',
  logLevel: 'warning',
});

const components: RenderTarget[] = [
  {
    name: 'vangnet-organisation-finder',
    tag: 'vangnet-organisation-finder',
    script: '/dist/vangnet-organisation-finder.js',
    ready: '[part~="result"]',
  },
  {
    name: 'vangnet-booking-form',
    tag: 'vangnet-booking-form',
    script: '/dist/vangnet-booking-form.js',
    ready: 'form',
  },
  {
    name: 'vangnet-referral-form',
    tag: 'vangnet-referral-form',
    script: '/dist/vangnet-referral-form.js',
    ready: 'form',
  },
].filter((target) => existsSync(`.${target.script}`));
const attributes = {
  api: '',
  'partner-key': process.env.BENCH_PARTNER_KEY ?? 'pk_demo_haaglanden',
};

const server = await serve({ production: true });
let render: Awaited<ReturnType<typeof measureFirstRender>>;
try {
  const withOrigin = components.map((target) => ({
    ...target,
    attributes: { ...attributes, api: server.url, ...target.attributes },
  }));
  console.log(`\n# First render, 360 px mobile viewport, median of ${runs}\n`);
  render = await measureFirstRender(
    server.url,
    {
      name: 'floor (bare Lit element)',
      tag: 'bench-floor',
      script: '/bench/.out/floor.js',
      ready: 'p',
    },
    withOrigin,
    { runs },
  );
  console.log(formatRenderTable(render));
} finally {
  await server.stop();
}

const extras: Record<string, unknown> = {};
for (const [name, module] of [
  ['finderLatency', './finder-latency.ts'],
  ['sdkParse', './sdk-parse.ts'],
] as const) {
  if (existsSync(new URL(module, import.meta.url))) {
    const { run } = (await import(module)) as { run: () => Promise<unknown> };
    extras[name] = await run();
  }
}

console.log('\n# Server under load (loopback, bounded runs)\n');
const { benchServer, formatServerTable } = await import('./server.ts');
const serverBench = await benchServer();
console.log(formatServerTable(serverBench));

writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ measuredAt: new Date().toISOString(), bundles: sizes, composition: parts, firstRender: render, ...extras, server: serverBench }, null, 2)}\n`,
);
console.log('\nwritten: bench/results.json');
