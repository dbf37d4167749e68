/** Jest runs TypeScript through SWC; type checking is `npm run typecheck`. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true } } }] },
  // The build resolves this module per surface; under jest it is the shared catalogue.
  moduleNameMapper: { '^virtual:launch-control/catalogue$': '<rootDir>/test/support/shared-catalogue.ts' },
  testTimeout: 30000,
};
