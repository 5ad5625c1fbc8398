/**
 * Jest, two projects:
 * - node: unit tests (domain, render, graph), server tests (real server, real database) and the
 *   end-to-end tests in Chromium (tests/e2e);
 * - client: component tests of the Teams front end in jsdom (tests/client/**\/*.test.tsx).
 */
const shared = {
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  // ESM-only dependencies of office-addin-manifest / @microsoft/app-manifest (Node requires them natively).
  moduleNameMapper: { '^strip-bom$': '<rootDir>/tests/shims/strip-bom.js', '^uuid$': '<rootDir>/tests/shims/uuid.js' },
};

module.exports = {
  testTimeout: 30000,
  projects: [
    { ...shared, displayName: 'node', testEnvironment: 'node', testMatch: ['<rootDir>/tests/**/*.test.ts'], setupFiles: ['<rootDir>/tests/e2e/jestSetup.ts'] },
    { ...shared, displayName: 'client', testEnvironment: 'jsdom', testMatch: ['<rootDir>/tests/client/**/*.test.tsx'] },
  ],
};
