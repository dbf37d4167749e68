// Lint: typescript-eslint strict-type-checked everywhere, plus the layering rules of DESIGN.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const domainBoundary = {
  patterns: [
    { group: ['@forge/*'], message: 'src/domain is pure: no Forge packages.' },
    { group: ['**/adapters/**', '**/resolvers/**', '**/contract/**', '**/triggers/**', '**/cli/**'], message: 'src/domain imports nothing outside itself.' },
    { group: ['node:*', 'fs', 'path', 'http', 'https', 'child_process', 'crypto', 'zod'], message: 'src/domain has no I/O and no edge validation.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'static/*/build/', '.workbench/', 'coverage/', 'test-results/', 'bin/', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: [] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: 'No I/O in the domain.' }, { name: 'process', message: 'No environment in the domain.' }],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'The domain is handed its randomness.' },
        { object: 'Date', property: 'now', message: 'The domain is handed the time.' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The domain is handed the time.' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/adapters/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [
        { name: '@forge/api', message: 'Only src/adapters touches @forge/api.' },
        { name: '@forge/kvs', message: 'Only src/adapters touches @forge/kvs.' },
      ] }],
    },
  },
  {
    // Last, so that it wins over the src/** rule above.
    files: ['src/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', domainBoundary] },
  },
  {
    // The translator runs in the browser bundles and in the workbench alike: it imports nothing at all.
    files: ['src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../*', '[@a-z]*'], message: 'src/i18n imports nothing outside itself.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'require', 'Buffer', 'fetch'],
    },
  },
  {
    files: ['workbench/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/static', '**/static/**'], message: 'workbench/ never imports static/: it serves the built bundles.' }] }],
    },
  },
  {
    // Plain scripts the workbench serves to the browser (the host page and the bridge shim): no type information.
    files: ['workbench/host/browser/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, sourceType: 'script', globals: { window: 'readonly', document: 'readonly', fetch: 'readonly', localStorage: 'readonly', URL: 'readonly', URLSearchParams: 'readonly', history: 'readonly', globalThis: 'readonly' } },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts', 'workbench/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
