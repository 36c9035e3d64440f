/**
 * The reader ships in the browser bundle and must never pull in ExcelJS: pin its imports.
 * Only ./node.ts (a file-path helper that the barrel does not export) may touch Node.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

const LEAN_DIR = __dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

const browserFiles = sourceFiles(LEAN_DIR).filter((f) => relative(LEAN_DIR, f) !== 'node.ts');

test('there is something to check', () => {
  expect(browserFiles.map((f) => relative(LEAN_DIR, f))).toEqual(
    expect.arrayContaining(['index.ts', 'readWorkbook.ts', 'zip.ts', 'parts/sheetScanner.ts']),
  );
});

test.each(browserFiles.map((f) => [relative(LEAN_DIR, f), f]))(
  '%s imports only fflate and sibling modules, and no Node globals',
  (_name, file) => {
    const code = readFileSync(file, 'utf8');
    const imports = [
      ...code.matchAll(/\bfrom\s+'([^']+)'|\brequire\(\s*'([^']+)'\s*\)|\bimport\(\s*'([^']+)'\s*\)/g),
    ].map((m) => m[1] ?? m[2] ?? m[3]);
    for (const spec of imports) {
      expect(
        spec === 'fflate' || ((spec.startsWith('./') || spec.startsWith('../')) && !spec.endsWith('/node')),
      ).toBe(true);
    }
    const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(withoutComments).not.toMatch(/\b(Buffer|process|__dirname|require)\b/);
    expect(withoutComments).not.toMatch(/exceljs/i);
  },
);
