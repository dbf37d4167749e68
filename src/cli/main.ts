// Entry point of the `launch-control` binary (bundled by esbuild): wires process arguments, files and
// streams to runCli and turns its result into the exit code.

import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { runCli } from './run-cli';

runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  // CSV files stream through papaparse (a million trades need not fit in memory); a missing file or a folder
  // is said before the stream opens.
  openCsv: async (path) => {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a file');
    return createReadStream(path, { encoding: 'utf8' });
  },
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
