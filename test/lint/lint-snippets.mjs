// Lints snippets of code as if they stood at the given paths of the tree, with exactly the layering rules of
// eslint/boundaries.mjs (no type information needed). Reads [{ filePath, code }] on stdin, prints the rule ids hit.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { boundaries } from '../../eslint/boundaries.mjs';

const root = new URL('../../', import.meta.url).pathname;
const snippets = JSON.parse(await new Promise((resolve) => {
  let text = '';
  process.stdin.on('data', (chunk) => { text += chunk; });
  process.stdin.on('end', () => { resolve(text); });
}));
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } }, ...boundaries],
});
const results = [];
for (const { filePath, code } of snippets) {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  results.push((result?.messages ?? []).map((message) => message.ruleId ?? message.message));
}
process.stdout.write(JSON.stringify(results));
