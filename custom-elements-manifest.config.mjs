// The custom-elements manifest of @vangnet/widget (packages/widget/custom-elements.json), generated
// from the elements' JSDoc (`@fires`, `@csspart`, `@cssprop`, `@slot`) and Lit properties, for IDEs
// and the docs. Run by `npm run build`.
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';

export default {
  globs: ['packages/widget/src/**/*.ts'],
  exclude: [
    'packages/widget/src/**/*.test.ts',
    'packages/widget/src/**/*-fixture.ts',
    'packages/widget/src/**/testing/**',
    'packages/widget/src/test-utils/**',
    'packages/widget/src/bundles/**',
  ],
  outdir: 'packages/widget',
  litelement: false,
  plugins: [...litPlugin()],
};
