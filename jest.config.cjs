/**
 * Jest runs TypeScript through SWC; type checking is `npm run typecheck`. Two projects, so that the browser
 * project's setup (finding a Chromium) runs only when a browser test is selected.
 */
const shared = {
  testEnvironment: 'node',
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true } } }] },
  // The build resolves this module per surface; under jest it is the shared catalogue.
  moduleNameMapper: { '^virtual:launch-control/catalogue$': '<rootDir>/test/support/shared-catalogue.ts' },
};

module.exports = {
  testTimeout: 30000,
  globalTeardown: '<rootDir>/test/docs-unchanged.ts',
  projects: [
    { ...shared, displayName: 'unit', roots: ['<rootDir>/test'], testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'] },
    { ...shared, displayName: 'browser', roots: ['<rootDir>/test/e2e'], globalSetup: '<rootDir>/test/e2e/global-setup.ts' },
  ],
};
