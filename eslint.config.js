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
    rules: Object.fromEntries(Object.keys(litA11y.rules).map((r) => [`lit-a11y/${r}`, 'error'])),
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.mjs', 'scripts/**', 'test/node/**', 'bench/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
  },
);
