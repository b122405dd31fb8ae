// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'bench/.out/**',
      '**/node_modules/**',
      '**/dist/**',
      'docs/api/**',
      'docs/site/**',
      '**/mockServiceWorker.js',
      // Generated from the zod schemas (npm run checks); its regular expressions are zod's own.
      'packages/sdk/src/checks/generated.ts',
      'packages/sdk/src/checks/generated-forms.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // TypeScript checks names itself; no-undef only misreads type-only globals there.
    files: ['**/*.ts'],
    rules: { 'no-undef': 'off' },
  },
  {
    files: ['packages/widget/src/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['packages/widget/src/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, ...globals.mocha },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'describe', property: 'only', message: 'No focused tests on main.' },
        { object: 'it', property: 'only', message: 'No focused tests on main.' },
        { object: 'test', property: 'only', message: 'No focused tests on main.' },
        { object: 'describe', property: 'skip', message: 'No skipped tests left behind.' },
        { object: 'it', property: 'skip', message: 'No skipped tests left behind.' },
        { object: 'test', property: 'skip', message: 'No skipped tests left behind.' },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit/directives/unsafe-*', 'lit-html/directives/unsafe-*'],
              message: 'API data is rendered through Lit escaping only.',
            },
          ],
        },
      ],
    },
  },
);
