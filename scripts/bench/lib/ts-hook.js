/**
 * Lets a bench child process `require()` the add-in's TypeScript (src/office, src/engine) and the
 * test fakes, the way jest does: each .ts file transpiled on load (no type check), and the
 * workspace aliases mapped to the packages' sources (as in tsconfig.json "paths").
 */
'use strict';
const fs = require('fs');
const Module = require('module');
const path = require('path');
const ts = require('typescript');

const root = path.resolve(__dirname, '..', '..', '..');
const ALIASES = [
  [/^@ledger-review\/scoring$/, path.join(root, 'packages/scoring/src/index.ts')],
  [/^@ledger-review\/workbook$/, path.join(root, 'packages/workbook/src/index.ts')],
  [/^@ledger-review\/workbook\/(.+)$/, (m) => path.join(root, 'packages/workbook/src', m[1])],
];

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  for (const [re, to] of ALIASES) {
    const m = re.exec(request);
    if (m) return resolve.call(this, typeof to === 'function' ? to(m) : to, parent, ...rest);
  }
  return resolve.call(this, request, parent, ...rest);
};

for (const ext of ['.ts', '.tsx']) {
  require.extensions[ext] = (module, filename) => {
    const out = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        jsx: ts.JsxEmit.ReactJSX,
      },
    });
    module._compile(out.outputText, filename);
  };
}
