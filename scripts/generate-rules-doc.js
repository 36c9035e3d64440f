#!/usr/bin/env node
/**
 * Writes docs/rules.md from the problem registry (packages/scoring/src/problems/).
 * Uses the built library (`npm run build:lib`, run automatically by `npm ci` through `prepare`).
 *   node scripts/generate-rules-doc.js          write docs/rules.md
 *   node scripts/generate-rules-doc.js --check  exit 1 when docs/rules.md is out of date
 */
'use strict';

const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..');
const target = path.join(root, 'docs', 'rules.md');
// The package entry exports renderRulesMarkdown; the problems module is a fallback so the
// script works whatever the entry re-exports.
const modules = ['packages/scoring/dist/index.js', 'packages/scoring/dist/problems/index.js'];

function loadRenderer() {
  for (const rel of modules) {
    const file = path.join(root, rel);
    if (!fs.existsSync(file)) continue;
    const mod = require(file);
    if (typeof mod.renderRulesMarkdown === 'function') return mod.renderRulesMarkdown;
  }
  return null;
}

function main() {
  const render = loadRenderer();
  if (!render) {
    console.error('未找到已构建的评分库（packages/scoring/dist）。请先运行 npm run build:lib。');
    console.error('The built scoring library (packages/scoring/dist) was not found; run `npm run build:lib` first.');
    process.exit(2);
  }
  const text = render();
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
    if (current !== text) {
      console.error('docs/rules.md 已过期，请运行 npm run docs:rules。 / docs/rules.md is out of date; run `npm run docs:rules`.');
      process.exit(1);
    }
    console.log('docs/rules.md is up to date.');
    return;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text, 'utf8');
  console.log(`wrote ${path.relative(root, target)}`);
}

main();
