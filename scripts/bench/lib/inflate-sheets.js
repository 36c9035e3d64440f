/**
 * The floor for reading a folder of .xlsx files: read every file and inflate its sheet XML and
 * shared strings with fflate, nothing else (no parsing). Prints the inflated byte count.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { unzipSync } = require('fflate');

const dir = process.argv[2];
let bytes = 0;
for (const name of fs.readdirSync(dir)) {
  if (!name.endsWith('.xlsx')) continue;
  const entries = unzipSync(new Uint8Array(fs.readFileSync(path.join(dir, name))), {
    filter: (f) => f.name.startsWith('xl/worksheets/') || f.name === 'xl/sharedStrings.xml',
  });
  for (const k of Object.keys(entries)) bytes += entries[k].length;
}
process.stdout.write(String(bytes));
