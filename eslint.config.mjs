// Lint: typescript-eslint strict-type-checked everywhere, plus the layering rules of DESIGN.md (eslint/boundaries.mjs).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { boundaries } from './eslint/boundaries.mjs';

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
  ...boundaries,
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
