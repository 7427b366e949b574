import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/**', '.output/**', 'dist/**', '.wxt/**', 'test/bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Scripts that run in a page (fixture webmail pages) or in Node (bench probes), not modules we build.
  { files: ['test/fixtures/**/*.js'], languageOptions: { globals: globals.browser } },
  { files: ['**/*.mjs', 'test/bench/**/*.js'], languageOptions: { globals: globals.node } },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'document', message: 'shared/ is platform-free' }, { name: 'window', message: 'shared/ is platform-free' }, { name: 'chrome', message: 'shared/ is platform-free' }, { name: 'Office', message: 'shared/ is platform-free' }, { name: 'Excel', message: 'shared/ is platform-free' }],
      'no-restricted-imports': ['error', { patterns: ['node:*', '../excel-addin/*', '../extension/*', '../cli/*'] }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date']", message: 'the core never reads the clock: take asOf' }, { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'the core never reads the clock' }],
    },
  },
);
