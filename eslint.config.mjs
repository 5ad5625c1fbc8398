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
  {
    // One contract (issue 16): the front end speaks to the server only through src/shared (the
    // contract in src/shared/contract), never by importing server code, types included.
    files: ['src/client/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server', '**/server/**'], message: 'src/client importeert niets uit src/server: gebruik het contract (src/shared/contract).' }] }],
    },
  },
  {
    // What both sides share depends on neither side.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/server', '**/server/**', '**/client', '**/client/**', 'fastify', 'pg', '@electric-sql/*', '@microsoft/*', 'react'], message: 'src/shared hangt niet af van src/server of src/client.' }] }],
    },
  },
  {
    // One read policy (issue 10): stored PO content reaches a reader only through src/server/read/.
    // Commands read inside their own transaction; the live snapshot and the publish path read whole
    // POs and versions and hand them to the read layer or the public renderers.
    files: ['src/server/**/*.ts'],
    ignores: ['src/server/store/**', 'src/server/read/**', 'src/server/commands/**', 'src/server/live/snapshot.ts', 'src/server/publish/post.ts', 'src/server/demo/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{
          group: ['**/store/pos', '**/store/verslagen', '**/store/audit', '**/store/registers'],
          importNames: ['loadPo', 'listPos', 'loadRecords', 'recordItemIds', 'listVersions', 'archivePage', 'listAudit', 'followUpPage', 'collegePage', 'poLinePage', 'accessOf'],
          message: 'PO-inhoud lezen gaat via src/server/read/ (één leesbeleid, domain/readPolicy.ts).',
        }],
      }],
    },
  },
);
