// Builds every package's ESM entry points (dependencies stay external) and the single-file
// browser bundle `dist/vangnet.js` that a webmaster loads with one script tag.
// Type declarations come from `tsc` (scripts/build-types.mjs), not from rollup.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import type { RollupOptions, Plugin } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssTemplates } from './scripts/minify-css-templates.ts';
import { firstReads } from './packages/widget/src/first-reads.ts';

interface PackageJson {
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const packageEntries: Record<string, Record<string, string>> = {
  sdk: { index: 'src/index.ts', openapi: 'src/openapi/document.ts' },
  'api-core': { index: 'src/index.ts' },
  'api-mock': {
    index: 'src/index.ts',
    node: 'src/node.ts',
    browser: 'src/browser.ts',
    'dev-server': 'src/dev-server.ts',
  },
  widget: {
    index: 'src/index.ts',
    define: 'src/define.ts',
    'provider/define': 'src/provider/define.ts',
    'referral-form/define': 'src/referral-form/define.ts',
    'booking-form/define': 'src/booking-form/define.ts',
    'organisation-finder/define': 'src/organisation-finder/define.ts',
    'referral-status/define': 'src/referral-status/define.ts',
  },
};

/** Browser bundles: a name in `dist/` and the module it starts from. */
const browserBundles: Record<string, string> = {
  'vangnet-provider': 'packages/widget/src/bundles/provider.ts',
  'vangnet-referral-form': 'packages/widget/src/bundles/referral-form.ts',
  'vangnet-booking-form': 'packages/widget/src/bundles/booking-form.ts',
  'vangnet-organisation-finder': 'packages/widget/src/bundles/organisation-finder.ts',
  'vangnet-referral-status': 'packages/widget/src/bundles/referral-status.ts',
  // The frame bridge of isolated mode, for the server's /embed/… pages only.
  'vangnet-embed': 'packages/widget/src/embed/frame-page.ts',
};

/**
 * After terser every raw newline left is inside a template literal — Lit's html`` and css``, whose
 * indentation terser keeps. Collapsing it to one space renders the same (no template relies on
 * `white-space: pre`) and saves bytes on every phone.
 */
const collapseTemplateWhitespace = (): Plugin => ({
  name: 'collapse-template-whitespace',
  renderChunk: (code) => ({ code: code.replace(/\n\s*/g, ' '), map: null }),
});

/** Lit's css`` templates of the widget, without comments and ignorable whitespace. */
const minifyCss = (): Plugin => ({
  name: 'minify-css-templates',
  transform: (code, id) =>
    id.includes('/packages/widget/src/') && code.includes('css`')
      ? { code: minifyCssTemplates(code), map: null }
      : null,
});

const typescript = (): Plugin => esbuild({ target: 'es2022', tsconfig: 'tsconfig.base.json' });

function externalsOf(dir: string): (id: string) => boolean {
  const pkg = JSON.parse(readFileSync(`packages/${dir}/package.json`, 'utf8')) as PackageJson;
  const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  return (id) =>
    deps.some((dep) => id === dep || id.startsWith(`${dep}/`)) || id.startsWith('node:');
}

const packageBuilds: RollupOptions[] = Object.entries(packageEntries).map(([dir, entries]) => ({
  input: Object.fromEntries(
    Object.entries(entries).map(([name, file]) => [name, `packages/${dir}/${file}`]),
  ),
  external: externalsOf(dir),
  plugins: [nodeResolve({ exportConditions: ['source'] }), typescript()],
  output: {
    dir: `packages/${dir}/dist`,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
}));

// Chunks carry a content hash: drop the previous build's, so dist/ holds only what it serves.
rmSync('dist/locales', { recursive: true, force: true });
rmSync('dist/chunks', { recursive: true, force: true });
rmSync('dist/parts', { recursive: true, force: true });

/**
 * The SDK and ky declare `sideEffects: false`, but the SDK's own relative imports do not pass
 * through the resolver that reads it: without this, rollup keeps every SDK module the index
 * re-exports "for its side effects" (zod and every schema in a finder's file) and makes each chunk
 * import sdk-later to run them in order.
 */
const sdkTreeshake = {
  moduleSideEffects: (id: string) => !/\/packages\/sdk\/src\/|\/node_modules\/ky\//.test(id),
};

const browserPlugins = (): Plugin[] => [
  nodeResolve({ exportConditions: ['source', 'browser', 'production'], browser: true }),
  minifyCss(),
  typescript(),
  terser({
    ecma: 2022,
    module: true,
    toplevel: true,
    compress: { passes: 2 },
    format: { comments: false },
  }),
  collapseTemplateWhitespace(),
];

/** A language module that only `import()` reaches: one chunk per language in `locales/`. */
const languageOf = (id: string, importers: readonly string[]) =>
  importers.length === 0 ? /\/messages\/([a-z]{2})\.ts$/.exec(id)?.[1] : undefined;

const bundles: RollupOptions[] = Object.entries(browserBundles).map(([name, input]) => ({
  input,
  plugins: browserPlugins(),
  treeshake: sdkTreeshake,
  // One script tag per bundle; languages beyond Dutch and English are separate chunks, one per
  // language (the kit's and the components' messages together), and so is what the first view
  // does not need (`parts/`), fetched next to the bundle by `import()`.
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: `${name}.js`,
    // Parts fetched after the first view (decision 0123) go to parts/, apart from the loader's.
    chunkFileNames: (chunk) =>
      /^[a-z]{2}$/.test(chunk.name) ? 'locales/[name]-[hash].js' : 'parts/[name]-[hash].js',
    manualChunks: (id, { getModuleInfo }) =>
      languageOf(id, getModuleInfo(id)?.importers ?? []) ??
      // zod and the schemas: one part, fetched after the first view (decisions 0301, 0302).
      (isSchemaModule(id) ? 'schemas' : undefined),
  },
}));

/** The elements the loader claims, and the module that defines each. */
const loaderElements: Record<string, string> = {
  'vangnet-provider': 'packages/widget/src/provider/define.ts',
  'vangnet-referral-form': 'packages/widget/src/referral-form/define.ts',
  'vangnet-booking-form': 'packages/widget/src/booking-form/define.ts',
  'vangnet-organisation-finder': 'packages/widget/src/organisation-finder/define.ts',
  'vangnet-referral-status': 'packages/widget/src/referral-status/define.ts',
};

/** `sha384-…` of some bytes, for `integrity`. */
const sri = (bytes: string | Uint8Array) =>
  `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * After the chunks have their final names: writes the loader's manifest (each element's chunk and
 * every chunk it imports, for `modulepreload`, and its first view's reads) into dist/vangnet.js, and the import map with an
 * `integrity` for every chunk (dist/vangnet.importmap.json).
 */
const loaderManifest = (): Plugin => ({
  name: 'vangnet-loader-manifest',
  generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
    const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const importsOf = (file: string, seen = new Set<string>()): Set<string> => {
      for (const imported of byFile.get(file)?.imports ?? []) {
        if (seen.has(imported)) continue;
        seen.add(imported);
        importsOf(imported, seen);
      }
      return seen;
    };
    if (process.env.VANGNET_CHUNK_REPORT) {
      for (const chunk of chunks)
        for (const [id, module] of Object.entries(chunk.modules))
          console.log(
            `${chunk.fileName}\t${module.renderedLength}\t${id.replace(process.cwd(), '')}`,
          );
    }
    const manifest: Record<string, { entry: string; imports: string[]; reads: readonly string[] }> =
      {};
    for (const [tag, module] of Object.entries(loaderElements)) {
      const chunk = chunks.find(
        (candidate) => candidate.isEntry && candidate.facadeModuleId?.endsWith(module),
      );
      if (!chunk) this.error(`no chunk defines <${tag}>`);
      manifest[tag] = {
        entry: chunk.fileName,
        imports: [...importsOf(chunk.fileName)].sort(),
        // The first view's GETs the loader sends at once (decision 0263).
        reads: firstReads[tag] ?? [],
      };
    }
    const loader = byFile.get('vangnet.js');
    const marker = /(["'`])__VANGNET_LOADER_MANIFEST__\1/;
    if (!loader || !marker.test(loader.code)) this.error('the loader lost its manifest marker');
    loader.code = loader.code.replace(marker, () => JSON.stringify(JSON.stringify(manifest)));
    const integrity = Object.fromEntries(
      chunks
        .filter((chunk) => chunk.fileName !== 'vangnet.js')
        .map((chunk) => [`./${chunk.fileName}`, sri(chunk.code)] as const)
        .sort(([a], [b]) => a.localeCompare(b)),
    );
    this.emitFile({
      type: 'asset',
      fileName: 'vangnet.importmap.json',
      source: `${JSON.stringify({ imports: {}, integrity }, null, 2)}\n`,
    });
  },
});

type ModuleInfoOf = (id: string) => { importedIds: readonly string[] } | null;

/** Every module `start` imports statically, itself included. */
function staticallyReached(start: string, getModuleInfo: ModuleInfoOf): Set<string> {
  const seen = new Set<string>();
  const stack = [start];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

let sdkLater: Set<string> | undefined;

/**
 * The chunk of an SDK module in the loader's build, or `undefined` for `shared`: what the SDK's
 * later part (`core/later-client.ts`, reached only by a dynamic import) needs and the first-view
 * client (`core/first-view-client.ts`) and the error mapping do not goes to `sdk-later` (ky with
 * it). Computed from the module graph, so a module moving between the two follows. Rollup would
 * otherwise put every module the SDK's index re-exports into `shared`, as a dependency of the
 * widget core that imports the index. The schemas have a chunk of their own (`isSchemaModule`).
 */
function sdkChunkOf(
  id: string,
  getModuleInfo: ModuleInfoOf,
  getModuleIds: () => IterableIterator<string>,
): string | undefined {
  if (!/\/packages\/sdk\/src\/|\/node_modules\/ky\//.test(id)) return undefined;
  if (!sdkLater) {
    const ids = [...getModuleIds()];
    const find = (end: string) => ids.find((candidate) => candidate.endsWith(end));
    const laterEntry = find('/packages/sdk/src/core/later-client.ts');
    // The first view's part: the client's reads, and the error mapping every component shows.
    const firstEntries = ['core/first-view-client.ts', 'errors/error-from-response.ts'].map(
      (file) => find(`/packages/sdk/src/${file}`),
    );
    sdkLater = new Set();
    if (laterEntry && firstEntries.every((entry) => entry !== undefined)) {
      const first = new Set(
        firstEntries.flatMap((entry) => [...staticallyReached(entry, getModuleInfo)]),
      );
      for (const reached of staticallyReached(laterEntry, getModuleInfo))
        if (!first.has(reached)) sdkLater.add(reached);
    }
  }
  if (!sdkLater.has(id)) return undefined;
  // The small helpers the write schemas use (the phone rules) stay with the shared code, so the
  // forms' first views do not import ky through them.
  return /\/packages\/sdk\/src\/(core|resources)\/|\/node_modules\/ky\//.test(id)
    ? 'sdk-later'
    : undefined;
}

/**
 * zod and the contract's schemas: no first view imports them. The reads check their answers with
 * the generated checks and import them only for an answer those did not accept (decision 0301);
 * the forms mark their fields from generated shapes and load them to validate (decision 0302).
 * The enums' value lists carry no zod and stay with the shared code.
 */
const isSchemaModule = (id: string) =>
  /\/node_modules\/zod\//.test(id) ||
  (/\/packages\/sdk\/src\/schemas\//.test(id) && !id.endsWith('/enum-values.ts'));

/**
 * dist/vangnet.js, the one script tag: a loader of about a kilobyte, and beside it in `chunks/`
 * each element's code and what they share (Lit, the SDK, the core: one copy, one Trusted Types
 * policy), content-hashed and loaded relative to the loader. Languages stay in `locales/`.
 */

const loaderBundle: RollupOptions = {
  input: {
    vangnet: 'packages/widget/src/loader.ts',
    ...Object.fromEntries(
      Object.values(loaderElements).map((module) => [module.split('/').at(-2)!, module]),
    ),
  },
  preserveEntrySignatures: false,
  treeshake: sdkTreeshake,
  plugins: [...browserPlugins(), loaderManifest()],
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: (chunk) =>
      chunk.name === 'vangnet' ? 'vangnet.js' : 'chunks/[name]-[hash].js',
    chunkFileNames: (chunk) =>
      /-[a-z]{2}$/.test(chunk.name) ? 'locales/[name]-[hash].js' : 'chunks/[name]-[hash].js',
    manualChunks: (id, { getModuleInfo, getModuleIds }) => {
      // One chunk per language and folder: a page with only the finder fetches the kit's and the
      // finder's Arabic, not the forms'.
      const language = languageOf(id, getModuleInfo(id)?.importers ?? []);
      if (language) return `${/\/src\/([\w-]+)\/messages\//.exec(id)?.[1] ?? 'kit'}-${language}`;
      if (isSchemaModule(id)) return 'sdk-schemas';
      // The SDK's later part (decision 0262): ky, the retry policy and the resources that write,
      // which only the first-view client's dynamic import reaches.
      const sdk = sdkChunkOf(id, getModuleInfo, getModuleIds);
      if (sdk) return sdk;
      // The shapes of the forms' inputs are for the forms alone (decision 0302).
      if (/\/packages\/sdk\/src\/checks\/(generated-forms|field-shape)\.ts$/.test(id))
        return 'form-kit';
      // What every element needs, in one chunk: Lit, @lit/context, the first view's part of the
      // SDK (its reads and their generated checks), the core and the languages' shared code.
      if (/\/node_modules\/|\/packages\/sdk\/|\/widget\/src\/(core|i18n)\//.test(id))
        return 'shared';
      // The kit: what the finder uses too goes with the shared code; the form controllers, fields
      // and steps are one chunk for the two forms; the review list stays with the later parts.
      if (/\/widget\/src\/kit\/(styles|tokens|announcer|submit-controller|notices)\.ts$/.test(id))
        return 'shared';
      if (/\/widget\/src\/kit\//.test(id) && !id.endsWith('/kit/review.ts')) return 'form-kit';
      return undefined;
    },
  },
};

/**
 * Two notices about zod's own code bury real warnings: comments explaining its `@__PURE__`
 * annotations sit where rollup cannot read them, and its core imports itself in a harmless cycle.
 * Only those, and only for zod, are silenced.
 */
const inZod = (id: string | undefined) => id?.includes('/node_modules/zod/') ?? false;
const onLog: RollupOptions['onLog'] = (level, log, handler) => {
  if (log.code === 'INVALID_ANNOTATION' && inZod(log.id)) return;
  if (log.code === 'CIRCULAR_DEPENDENCY' && (log.ids ?? []).every(inZod)) return;
  handler(level, log);
};

export default [...packageBuilds, loaderBundle, ...bundles].map((options) => ({
  ...options,
  onLog,
}));
