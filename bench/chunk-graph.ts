// What a page with the loader (dist/vangnet.js) has to download, read from the build itself: the
// loader's manifest (each element's chunk and its imports) and the chunks' own `import`s. The size
// check holds these page weights to bench/budget.json; `npm run bench` measures the same pages in
// Chromium (bench/page-weight.ts) and prints both.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { sizeOf } from './sizes.ts';

export interface LoaderManifest {
  [tag: string]: { entry: string; imports: string[] };
}

/** The manifest the build wrote into dist/vangnet.js. */
export function loaderManifest(dir = 'dist'): LoaderManifest {
  const code = readFileSync(join(dir, 'vangnet.js'), 'utf8');
  const literal = /"(\{\\"vangnet-[^]*?\}\})"/.exec(code)?.[1];
  if (!literal) throw new Error(`${dir}/vangnet.js holds no loader manifest`);
  return JSON.parse(JSON.parse(`"${literal}"`) as string) as LoaderManifest;
}

/** A chunk's static imports and its `import()`s, as paths relative to `dir`. */
export function importsOf(file: string, dir = 'dist'): { static: string[]; dynamic: string[] } {
  const code = readFileSync(join(dir, file), 'utf8');
  const resolve = (specifier: string) => normalize(join(dirname(file), specifier));
  const statics = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g)];
  const dynamics = [...code.matchAll(/\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g)];
  return {
    static: statics.map((match) => resolve(match[1]!)),
    dynamic: dynamics.map((match) => resolve(match[1]!)),
  };
}

/** Every file a set of elements loads: before the first view (static graph) and in the whole flow. */
export function pageFiles(tags: string[], dir = 'dist'): { firstView: string[]; flow: string[] } {
  const manifest = loaderManifest(dir);
  const firstView = new Set<string>(['vangnet.js']);
  for (const tag of tags) {
    const chunk = manifest[tag];
    if (!chunk) throw new Error(`the loader knows no <${tag}>`);
    firstView.add(chunk.entry);
    for (const file of chunk.imports) firstView.add(file);
  }
  // The whole flow: everything reachable, languages aside (a page speaks one, fetched on demand).
  const flow = new Set(firstView);
  const queue = [...firstView];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (file === 'vangnet.js') continue;
    const { static: statics, dynamic } = importsOf(file, dir);
    for (const next of [...statics, ...dynamic]) {
      if (next.startsWith('locales/') || flow.has(next) || !existsSync(join(dir, next))) continue;
      flow.add(next);
      queue.push(next);
    }
  }
  return { firstView: [...firstView].sort(), flow: [...flow].sort() };
}

export interface PageWeight {
  page: string;
  tags: string[];
  firstViewFiles: number;
  firstViewBrotli: number;
  flowFiles: number;
  flowBrotli: number;
}

/** The pages the bench and the size check weigh: each component alone, and all three together. */
export const benchPages: Record<string, string[]> = {
  'vangnet-organisation-finder': ['vangnet-organisation-finder'],
  'vangnet-booking-form': ['vangnet-booking-form'],
  'vangnet-referral-form': ['vangnet-referral-form'],
  'all three': [
    'vangnet-provider',
    'vangnet-organisation-finder',
    'vangnet-referral-form',
    'vangnet-booking-form',
  ],
};

/** Brotli bytes of each bench page, from the build's graph (each file counted once). */
export function pageWeights(dir = 'dist'): PageWeight[] {
  const brotli = (files: string[]) =>
    files.reduce((sum, file) => sum + sizeOf(join(dir, file)).brotli, 0);
  return Object.entries(benchPages).map(([page, tags]) => {
    const { firstView, flow } = pageFiles(tags, dir);
    return {
      page,
      tags,
      firstViewFiles: firstView.length,
      firstViewBrotli: brotli(firstView),
      flowFiles: flow.length,
      flowBrotli: brotli(flow),
    };
  });
}

export function formatPageWeights(weights: PageWeight[]): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  return [
    `${'page'.padEnd(30)} ${'first view'.padStart(18)} ${'whole flow'.padStart(18)}`,
    ...weights.map(
      (w) =>
        `${w.page.padEnd(30)} ${`${kb(w.firstViewBrotli)} (${w.firstViewFiles} files)`.padStart(18)} ${`${kb(w.flowBrotli)} (${w.flowFiles} files)`.padStart(18)}`,
    ),
  ].join('\n');
}
