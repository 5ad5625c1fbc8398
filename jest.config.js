/** Jest: unit tests (domain, render, graph) and server tests (real server, real database). */
module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }] },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  testTimeout: 30000,
  // ESM-only dependencies of office-addin-manifest / @microsoft/app-manifest (Node requires them natively).
  moduleNameMapper: { '^strip-bom$': '<rootDir>/tests/shims/strip-bom.js', '^uuid$': '<rootDir>/tests/shims/uuid.js' },
};
