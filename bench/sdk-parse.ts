// The SDK's cost of trusting nothing: parsing one page of 1,000 organisations with the contract's
// schemas (what `organisations.list({ limit: 1000 })` does to every response), in Node and in
// headless Chromium. Median and p95 of repeated parses, after a warm-up.
import { build } from 'esbuild';
import { OrganisationPageSchema } from '@vangnet/sdk';
import { generateOrganisations } from '@vangnet/api-mock';
import { launchChrome } from '../scripts/chrome-path.mjs';

const rounds = 50;

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { medianMs: at(0.5), p95Ms: at(0.95) };
}

/** Runs in the benchmark page: parses the same JSON text `rounds` times. */
const browserEntry = `
import { OrganisationPageSchema } from '@vangnet/sdk';
window.parseRounds = (text, rounds) => {
  const samples = [];
  for (let i = 0; i < rounds + 5; i += 1) {
    const start = performance.now();
    OrganisationPageSchema.parse(JSON.parse(text));
    if (i >= 5) samples.push(performance.now() - start);
  }
  return samples;
};`;

export async function run() {
  const page = { items: generateOrganisations(1000), total: 10000, nextCursor: 'c1000' };
  const text = JSON.stringify(page);

  const nodeSamples: number[] = [];
  for (let i = 0; i < rounds + 5; i += 1) {
    const start = performance.now();
    OrganisationPageSchema.parse(JSON.parse(text));
    if (i >= 5) nodeSamples.push(performance.now() - start);
  }

  const bundle = await build({
    stdin: { contents: browserEntry, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    conditions: ['source'],
    write: false,
    logLevel: 'warning',
  });
  const browser = await launchChrome();
  let browserSamples: number[];
  try {
    const tab = await browser.newPage();
    await tab.addScriptTag({ content: bundle.outputFiles[0]!.text, type: 'module' });
    await tab.waitForFunction(() => 'parseRounds' in window);
    browserSamples = await tab.evaluate(
      (json, n) =>
        (window as unknown as { parseRounds: (t: string, n: number) => number[] }).parseRounds(
          json,
          n,
        ),
      text,
      rounds,
    );
  } finally {
    await browser.close();
  }

  const result = {
    organisations: page.items.length,
    jsonBytes: text.length,
    node: stats(nodeSamples),
    chromium: stats(browserSamples),
  };
  console.log(
    `\n# SDK parse of a 1,000-organisation page (${(text.length / 1024).toFixed(0)} KB JSON), ${rounds} rounds\n`,
  );
  console.log(
    `Node 24:  median ${result.node.medianMs.toFixed(1)} ms, p95 ${result.node.p95Ms.toFixed(1)} ms`,
  );
  console.log(
    `Chromium: median ${result.chromium.medianMs.toFixed(1)} ms, p95 ${result.chromium.p95Ms.toFixed(1)} ms`,
  );
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
