// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['tests/**/*.ts', 'src/sandbox/main.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // The domain depends on nothing outside itself (and the shared catalogue).
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../server/*', '../client/*', 'fastify', 'pg', '@electric-sql/*', '@microsoft/*', 'react'], message: 'src/domain heeft geen I/O.' }] }],
    },
  },
);
