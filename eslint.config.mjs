// @ts-check
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The surfaces of the front end: each imports only from client/shared, client/host and its own folder. */
const SURFACES = ['tab', 'channel', 'config', 'meeting', 'stage', 'outlook'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', 'coverage/', 'test-results/', '**/*.mjs'] },
  js.configs.recommended,
  // TypeScript with type information (typescript-eslint's type-checked rules).
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: ['**/*.{ts,tsx}'] })),
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Handlers, ports and test doubles are async on purpose where nothing is awaited: a throw
      // becomes a rejection (an AppError answer), never a synchronous crash of the caller.
      '@typescript-eslint/require-await': 'off',
      'no-console': 'error',
    },
  },
  {
    // Plain JavaScript: scripts/ (start, health check) and the webpack config, for Node, CommonJS.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { 'no-console': 'off', 'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] },
  },
  {
    // Import cycles (import-x), across the whole source.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // The rules of hooks, for every component and hook of the front end.
    files: ['src/client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^(useAsync|usePaged)$' }] },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.ts', 'src/sandbox/main.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // Jest's asymmetric matchers (expect.any, expect.objectContaining, ...) are typed `any`, its
    // mocks are methods taken off their objects, and a WebSocket message (Buffer, ArrayBuffer or
    // Buffer[]) is read with String().
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  {
    // The domain depends on nothing outside itself (and the shared catalogue).
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../server/*', '../client/*', 'fastify', 'pg', '@electric-sql/*', '@microsoft/*', 'react'], message: 'src/domain heeft geen I/O.' },
          ],
        },
      ],
    },
  },
  {
    // One contract (issue 16): the front end speaks to the server only through src/shared (the
    // contract in src/shared/contract), never by importing server code, types included.
    files: ['src/client/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server', '**/server/**'], message: 'src/client importeert niets uit src/server: gebruik het contract (src/shared/contract).' },
          ],
        },
      ],
    },
  },
  // The surfaces do not import each other (issue 16): what several use lives in client/shared. In
  // flat config a later block replaces an earlier one's options for the same rule, so each block
  // repeats the client -> server pattern.
  ...SURFACES.map((surface) => ({
    files: [`src/client/${surface}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server', '**/server/**'], message: 'src/client importeert niets uit src/server: gebruik het contract (src/shared/contract).' },
            {
              regex: `^(\\.\\./)+(?:client/)?(${SURFACES.filter((s) => s !== surface).join('|')})(/|$)`,
              message: `Een surface importeert alleen uit client/shared, client/host en zijn eigen map (${surface}/); wat meerdere surfaces gebruiken staat in client/shared/components.`,
            },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/client/shared/**/*.{ts,tsx}', 'src/client/host/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server', '**/server/**'], message: 'src/client importeert niets uit src/server: gebruik het contract (src/shared/contract).' },
            { regex: `^(\\.\\./)+(?:client/)?(${SURFACES.join('|')})(/|$)`, message: 'client/shared en client/host importeren geen surface.' },
          ],
        },
      ],
    },
  },
  {
    // What both sides share depends on neither side.
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/server', '**/server/**', '**/client', '**/client/**', 'fastify', 'pg', '@electric-sql/*', '@microsoft/*', 'react'],
              message: 'src/shared hangt niet af van src/server of src/client.',
            },
          ],
        },
      ],
    },
  },
  {
    // One read policy (issue 10): stored PO content reaches a reader only through src/server/read/.
    // Commands read inside their own transaction; the live snapshot and the publish path read whole
    // POs and versions and hand them to the read layer or the public renderers.
    files: ['src/server/**/*.ts'],
    ignores: [
      'src/server/store/**',
      'src/server/read/**',
      'src/server/commands/**',
      'src/server/live/snapshot.ts',
      'src/server/publish/post.ts',
      'src/server/demo/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/store/pos', '**/store/verslagen', '**/store/audit', '**/store/registers', '**/store/aangehouden'],
              importNames: [
                'loadPo',
                'listPos',
                'loadRecords',
                'recordItemIds',
                'listVersions',
                'archivePage',
                'listAudit',
                'followUpPage',
                'collegePage',
                'poLinePage',
                'accessOf',
                'heldOverBefore',
                'lockHeldOver',
              ],
              message: 'PO-inhoud lezen gaat via src/server/read/ (één leesbeleid, domain/readPolicy.ts).',
            },
          ],
        },
      ],
    },
  },
);
