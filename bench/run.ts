// `npm run bench`: prints bundle bytes, first render against the floor, the finder's keystroke
// latency, the SDK's parse time and the server under load, and writes them all to
// bench/results.json. Numbers, not tests.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { bundleSizes, formatSizeTable } from './sizes.ts';
import { composition, formatComposition } from './composition.ts';
import { formatRenderTable, measureFirstRender, type RenderTarget } from './first-render.ts';
import { formatWeightTable, measurePageWeight, type WeightTarget } from './page-weight.ts';
import { formatPageWeights, pageWeights } from './chunk-graph.ts';
import { serve } from '../scripts/serve.mjs';

const runs = Number(process.env.BENCH_RUNS) || 10;

console.log('\n# Bundle bytes\n');
const sizes = bundleSizes();
console.log(formatSizeTable(sizes));

console.log('\n# What each page loads through dist/vangnet.js, from the build (brotli)\n');
const staticWeights = pageWeights();
console.log(formatPageWeights(staticWeights));

console.log('\n# Where the minified bytes of all elements go (esbuild metafile, every chunk)\n');
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

// dist/ as a CDN serves a release, and reference data with the server's own Cache-Control: a
// repeat visit then does what it does against the real server (no round trip for a fresh answer).
const server = await serve({ production: true, immutableDist: true, serverCaching: true });
let render: Awaited<ReturnType<typeof measureFirstRender>>;
let weight: Awaited<ReturnType<typeof measurePageWeight>>;
let weightWide: Awaited<ReturnType<typeof measurePageWeight>>;
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

  const ready: Record<string, string> = Object.fromEntries(
    components.map((target) => [target.tag, target.ready]),
  );
  const weightTargets: WeightTarget[] = [
    ...components.map((target) => ({
      name: target.tag,
      tags: target.tag,
      script: '/dist/vangnet.js',
      ready: { [target.tag]: target.ready },
      attributes: { ...attributes, api: server.url },
    })),
    {
      name: 'all three',
      tags: components.map((target) => target.tag).join(','),
      script: '/dist/vangnet.js',
      ready,
      attributes: { ...attributes, api: server.url },
    },
  ];
  const floor = {
    name: 'floor (bare Lit element)',
    tags: 'bench-floor',
    script: '/bench/.out/floor.js',
    ready: { 'bench-floor': 'p' },
  };
  console.log(
    `\n# Page weight through dist/vangnet.js, 360 px, 4× CPU, median of ${runs} (Chromium, network events)\n`,
  );
  weight = await measurePageWeight(server.url, floor, weightTargets, { runs });
  console.log(formatWeightTable(weight));
  const wideRuns = Math.max(2, Math.ceil(runs / 4));
  console.log(`\n# The same pages at 1280 px (layout shift), ${wideRuns} rounds\n`);
  weightWide = await measurePageWeight(server.url, floor, weightTargets, {
    runs: wideRuns,
    viewport: { width: 1280, height: 900 },
  });
  console.log(formatWeightTable(weightWide));
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
  `${JSON.stringify({ measuredAt: new Date().toISOString(), bundles: sizes, composition: parts, pages: staticWeights, firstRender: render, pageWeight: weight, pageWeightAt1280: weightWide, ...extras, server: serverBench }, null, 2)}\n`,
);
console.log('\nwritten: bench/results.json');
