// Builds every package's ESM entry points (dependencies stay external) and the single-file
// browser bundle `dist/vangnet.js` that a webmaster loads with one script tag.
// Type declarations come from `tsc` (scripts/build-types.mjs), not from rollup.
import { readFileSync, rmSync } from 'node:fs';
import type { RollupOptions, Plugin } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { minifyCssTemplates } from './scripts/minify-css-templates.ts';

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
  vangnet: 'packages/widget/src/define.ts',
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

// Language chunks carry a content hash: drop the previous build's, so dist/ holds only what it serves.
rmSync('dist/locales', { recursive: true, force: true });

const bundles: RollupOptions[] = Object.entries(browserBundles).map(([name, input]) => ({
  input,
  plugins: [
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
  ],
  // One script tag per bundle; only languages beyond Dutch and English are separate chunks, one per
  // language (the kit's and the components' messages together), fetched next to the bundle by
  // `import()` when a page asks for that language.
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: `${name}.js`,
    chunkFileNames: 'locales/[name]-[hash].js',
    manualChunks: (id, { getModuleInfo }) => {
      const module = getModuleInfo(id);
      const lazy = module !== null && module.importers.length === 0;
      return lazy ? /\/messages\/([a-z]{2})\.ts$/.exec(id)?.[1] : undefined;
    },
  },
}));

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

export default [...packageBuilds, ...bundles].map((options) => ({ ...options, onLog }));
