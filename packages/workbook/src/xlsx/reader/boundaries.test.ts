/**
 * The reader ships in the browser bundle and must never pull in ExcelJS or Node: pin its imports,
 * and those of the modules it shares with the writer (../a1.ts, ../numFmt.ts).
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

const READER_DIR = __dirname;
const XLSX_DIR = join(READER_DIR, '..');
const SHARED = ['a1.ts', 'numFmt.ts'].map((f) => join(XLSX_DIR, f));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const browserFiles = [...sourceFiles(READER_DIR), ...SHARED];

test('there is something to check', () => {
  expect(browserFiles.map((f) => relative(XLSX_DIR, f))).toEqual(
    expect.arrayContaining(['reader/index.ts', 'reader/readWorkbook.ts', 'reader/zip.ts', 'reader/parts/sheetScanner.ts', 'a1.ts', 'numFmt.ts']),
  );
});

test.each(browserFiles.map((f) => [relative(XLSX_DIR, f), f]))(
  '%s imports only fflate, the pure scoring library and sibling modules, and no Node globals',
  (_name, file) => {
    const code = readFileSync(file, 'utf8');
    const imports = [
      ...code.matchAll(/\bfrom\s+'([^']+)'|\brequire\(\s*'([^']+)'\s*\)|\bimport\(\s*'([^']+)'\s*\)/g),
    ].map((m) => m[1] ?? m[2] ?? m[3]);
    for (const spec of imports) {
      expect([spec, spec === 'fflate' || spec === '@ledger-review/scoring' || spec.startsWith('./') || spec.startsWith('../')]).toEqual([spec, true]);
    }
    const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(withoutComments).not.toMatch(/\b(Buffer|process|__dirname|require)\b/);
    expect(withoutComments).not.toMatch(/exceljs/i);
  },
);
