// The layering rules fail the build: a deliberate violation of each, linted at a path inside the tree with the
// rules of eslint/boundaries.mjs, is reported; the same import where it is allowed is not.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

interface Snippet { readonly filePath: string; readonly code: string }

function lint(snippets: readonly Snippet[]): string[][] {
  const output = execFileSync(process.execPath, [join(__dirname, 'lint-snippets.mjs')], { input: JSON.stringify(snippets), encoding: 'utf8' });
  return JSON.parse(output) as string[][];
}

const violations: readonly (readonly [string, Snippet, string])[] = [
  ['the domain imports an adapter', { filePath: 'src/domain/schedule/probe.ts', code: "import { createClock } from '../../adapters/clock';\nexport const c = createClock;" }, 'import-x/no-restricted-paths'],
  ['the domain imports the contract', { filePath: 'src/domain/schedule/probe.ts', code: "import { ok } from '../../contract';\nexport const o = ok;" }, 'import-x/no-restricted-paths'],
  ['the domain imports zod', { filePath: 'src/domain/schedule/probe.ts', code: "import { z } from 'zod';\nexport const s = z.string();" }, 'no-restricted-imports'],
  ['the domain reads the clock', { filePath: 'src/domain/schedule/probe.ts', code: 'export const now = Date.now();' }, 'no-restricted-properties'],
  ['a service imports @forge/api', { filePath: 'src/services/probe.ts', code: "import api from '@forge/api';\nexport const a = api;" }, 'no-restricted-imports'],
  ['a resolver imports @forge/kvs', { filePath: 'src/resolvers/probe.ts', code: "import kvs from '@forge/kvs';\nexport const k = kvs;" }, 'no-restricted-imports'],
  ['a service imports a resolver', { filePath: 'src/services/probe.ts', code: "import { handlers } from '../resolvers';\nexport const h = handlers;" }, 'import-x/no-restricted-paths'],
  ['a test imports a resolver', { filePath: 'test/probe.ts', code: "import { handlers } from '../src/resolvers';\nexport const h = handlers;" }, 'import-x/no-restricted-paths'],
  ['an adapter imports a service', { filePath: 'src/adapters/probe.ts', code: "import { loadEpicSchedule } from '../services/schedule';\nexport const l = loadEpicSchedule;" }, 'import-x/no-restricted-paths'],
  ['the page imports an adapter', { filePath: 'static/dependencies/probe.ts', code: "import { createClock } from '../../src/adapters/clock';\nexport const c = createClock;" }, 'import-x/no-restricted-paths'],
  ['the page imports a service', { filePath: 'static/ui/probe.ts', code: "import { loadEpicSchedule } from '../../src/services/schedule';\nexport const l = loadEpicSchedule;" }, 'import-x/no-restricted-paths'],
  ['the workbench imports the page', { filePath: 'workbench/host/probe.ts', code: "import { call } from '../../static/ui/call';\nexport const c = call;" }, 'import-x/no-restricted-paths'],
];

const allowed: readonly (readonly [string, Snippet])[] = [
  ['src/index.ts imports the resolvers', { filePath: 'src/index.ts', code: "import { handlers } from './resolvers';\nexport const h = handlers;" }],
  ['an adapter imports @forge/api and the contract', { filePath: 'src/adapters/probe.ts', code: "import api from '@forge/api';\nimport { ok } from '../contract';\nexport const a = [api, ok];" }],
  ['the page imports the contract and the domain', { filePath: 'static/ui/probe.ts', code: "import { contract } from '../../src/contract';\nimport { computeSchedule } from '../../src/domain/schedule';\nexport const c = [contract, computeSchedule];" }],
  ['a service imports adapters and the domain', { filePath: 'src/services/probe.ts', code: "import { createClock } from '../adapters/clock';\nimport { computeSchedule } from '../domain/schedule';\nexport const c = [createClock, computeSchedule];" }],
];

describe('layer boundaries', () => {
  const found = lint([...violations.map(([, snippet]) => snippet), ...allowed.map(([, snippet]) => snippet)]);

  it.each(violations.map(([name, , rule], i) => [name, rule, i] as const))('fails when %s (%s)', (_name, rule, i) => {
    expect(found[i]).toContain(rule);
  });

  it.each(allowed.map(([name], i) => [name, violations.length + i] as const))('allows it when %s', (_name, i) => {
    expect(found[i]).toEqual([]);
  });
});
