#!/usr/bin/env node
// The `launch-control` command: the offline schedule analysis over the domain (built by `npm run build:cli`).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const built = join(__dirname, '..', 'dist', 'cli', 'launch-control.js');
if (!existsSync(built)) {
  process.stderr.write('launch-control is not built yet: run `npm run build:cli` (npm install does it) and try again.\n');
  process.exit(1);
}
require(built);
