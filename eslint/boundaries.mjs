// The layering rules of DESIGN.md ("Layers"), as lint: each import that crosses a boundary the wrong way fails
// the build. Kept apart from the style rules so a test can lint deliberate violations with exactly these rules.
import { createNodeResolver, importX } from 'eslint-plugin-import-x';

const SRC_LAYERS = ['domain', 'contract', 'services', 'adapters', 'edge', 'resolvers', 'triggers', 'cli', 'i18n'];
const others = (...allowed) => SRC_LAYERS.filter((layer) => !allowed.includes(layer)).map((layer) => `./src/${layer}`);

/** Which folders each folder may not import from (everything else in the tree is allowed). */
const zones = [
  { target: './src/domain', from: ['./src', './static', './workbench'], except: ['./domain'], message: 'src/domain imports nothing outside itself.' },
  { target: './src/i18n', from: ['./src', './static', './workbench'], except: ['./i18n'], message: 'src/i18n is pure: it imports nothing outside itself.' },
  { target: './src/contract', from: others('contract', 'domain'), message: 'src/contract imports only the domain.' },
  { target: './src/adapters', from: others('adapters', 'contract', 'domain'), message: 'src/adapters imports only the contract and the domain.' },
  { target: './src/services', from: others('services', 'adapters', 'contract', 'domain'), message: 'src/services calls adapters and the domain, never an edge.' },
  { target: './src/edge', from: others('edge', 'services', 'adapters', 'contract'), message: 'src/edge builds call contexts and normalises errors; it knows no resolver, trigger or domain.' },
  { target: './src/triggers', from: others('triggers', 'edge', 'services', 'contract', 'domain'), message: 'src/triggers are thin: edge -> service.' },
  { target: './src/resolvers', from: others('resolvers', 'edge', 'services', 'contract'), message: 'src/resolvers are thin: parse -> service -> answer.' },
  { target: './src/cli', from: others('cli', 'contract', 'domain'), message: 'src/cli runs the domain offline.' },
  {
    target: ['./src/domain', './src/contract', './src/services', './src/adapters', './src/edge', './src/triggers', './src/cli', './src/i18n', './static', './workbench', './test', './bench', './scripts'],
    from: './src/resolvers', message: 'Nothing imports src/resolvers but src/index.ts.',
  },
  { target: './static', from: ['./src', './workbench'], except: ['./contract', './domain', './i18n'], message: 'static/ imports only static/, the contract, the domain and the translator.' },
  { target: './workbench', from: './static', message: 'workbench/ never imports static/: the page side is served, not linked.' },
];

const forgeOutsideAdapters = [
  { name: '@forge/api', message: 'Only src/adapters touches @forge/api.' },
  { name: '@forge/kvs', message: 'Only src/adapters touches @forge/kvs.' },
  { name: '@forge/events', message: 'Only src/adapters touches @forge/events.' },
];

const domainPurity = {
  patterns: [
    { group: ['@forge/*'], message: 'src/domain is pure: no Forge packages.' },
    { group: ['node:*', 'fs', 'path', 'http', 'https', 'child_process', 'crypto', 'zod'], message: 'src/domain has no I/O and no edge validation.' },
  ],
};

export const boundaries = [
  {
    files: ['src/**/*.ts', 'static/**/*.ts', 'static/**/*.tsx', 'workbench/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones }] },
  },
  {
    files: ['src/**/*.ts', 'static/**/*.ts', 'static/**/*.tsx'],
    ignores: ['src/adapters/**'],
    rules: { 'no-restricted-imports': ['error', { paths: forgeOutsideAdapters }] },
  },
  {
    // After the rule above, so that it wins for the domain.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', domainPurity],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'No I/O in the domain.' }, { name: 'process', message: 'No environment in the domain.' }],
      'no-restricted-properties': ['error',
        { object: 'Math', property: 'random', message: 'The domain is handed its randomness.' },
        { object: 'Date', property: 'now', message: 'The domain is handed the time.' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'The domain is handed the time.' }],
    },
  },
  {
    // The translator runs in the browser bundles and in the workbench alike: it imports nothing at all.
    files: ['src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../*', '[@a-z]*'], message: 'src/i18n imports nothing outside itself.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'process', 'require', 'Buffer', 'fetch'],
    },
  },
];
