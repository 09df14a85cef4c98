import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { configs as litConfigs } from 'eslint-plugin-lit';
import { configs as wcConfigs } from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out-tsc/', 'components/base/generated/', 'bench/results.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['components/**/*.ts', 'src/**/*.ts', 'test/browser/**/*.ts'],
    ...litConfigs['flat/recommended'],
  },
  {
    files: ['components/**/*.ts'],
    ...wcConfigs['flat/recommended'],
  },
  {
    files: ['components/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: {
      ...Object.fromEntries(Object.keys(litA11y.rules).map((r) => [`lit-a11y/${r}`, 'error'])),
      // Dates from browsers that fired change on every arrow key in a <select>;
      // today's browsers fire it on commit, and keyboard users expect it.
      'lit-a11y/no-invalid-change-handler': 'off',
    },
  },
  {
    // chai's property assertions (expect(x).to.exist) are expressions.
    files: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['demo/**/*.js'],
    languageOptions: { globals: { document: 'readonly', location: 'readonly', URLSearchParams: 'readonly' } },
  },
  {
    // The iframe embed's host script (a classic script a page pastes) and the configurator page.
    files: ['embed/**/*.js', 'docs/**/*.js'],
    languageOptions: {
      globals: {
        window: 'readonly',
        document: 'readonly',
        location: 'readonly',
        navigator: 'readonly',
        fetch: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        CustomEvent: 'readonly',
        Option: 'readonly',
      },
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'test/node/**', 'bench/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
  },
);
