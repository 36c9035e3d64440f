#!/usr/bin/env node
/**
 * The `ledger-review` command. A committed file rather than dist/cli/main.js itself: on a fresh
 * clone npm links workspace bins during `npm ci` before `prepare` has built dist/, and skips a
 * bin whose file does not exist yet — with this shim the link is always made.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const cli = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(cli)) {
  process.stderr.write(
    `ledger-review 尚未构建：找不到 ${cli}。请在仓库根目录运行 \`npm run build:lib\`（\`npm ci\` 会自动运行）。\n` +
      `ledger-review is not built: ${cli} is missing. Run \`npm run build:lib\` at the repository root (\`npm ci\` runs it).\n`,
  );
  process.exitCode = 2;
} else {
  require(cli).runCli(process.argv.slice(2));
}
