// Entry point of the `launch-control` binary (bundled by esbuild): wires process arguments, files and
// streams to runCli and turns its result into the exit code.

import { readFile } from 'node:fs/promises';
import { runCli } from './run-cli';

runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
