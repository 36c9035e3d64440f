/**
 * Every public entry of the workspace packages — the `exports` map of packages/scoring and
 * packages/workbook — mapped to its TypeScript source. Jest (moduleNameMapper) and webpack
 * (resolve.alias) use this so that tests and the add-in bundle compile the libraries from source,
 * and can import exactly what an installed package offers and nothing deeper;
 * tsconfig.json "paths" lists the same entries (tests/packaging/exports.test.ts keeps it equal).
 */
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const PACKAGES = ['scoring', 'workbook'];

/** `./dist/xlsx/a1.js` → `src/xlsx/a1.ts` (tsconfig.build.json compiles src/ into dist/). */
function sourceOf(distFile) {
  const m = /^\.\/dist\/(.+)\.js$/.exec(distFile);
  if (!m) throw new Error(`exports entry ${distFile} is not a compiled file under ./dist`);
  return `src/${m[1]}.ts`;
}

/** `{ '@ledger-review/workbook/node': '<root>/packages/workbook/src/node/index.ts', … }` */
function workspaceSources(root = ROOT) {
  const sources = {};
  for (const dir of PACKAGES) {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'packages', dir, 'package.json'), 'utf8'));
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      if (typeof target === 'string') continue; // ./package.json
      const specifier = subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
      sources[specifier] = path.join(root, 'packages', dir, sourceOf(target.default));
    }
  }
  return sources;
}

module.exports = { workspaceSources };
