/**
 * Every problem of the office's own sheets, of file accounting and of the command line (codes
 * roster-, template-, settings-, team-, account-, cli-, review-workbook-, document-setting-, office-decision-, annual-,
 * workbook-is-) is raised somewhere in the product: named in the source of the
 * libraries (the roster and template loaders name their codes by the suffix after the prefix).
 * A code nothing raises is dead text in the registry and in docs/rules.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_CODES } from '@ledger-review/scoring';

const root = join(__dirname, '..', '..', 'packages');
const texts: string[] = [];
const walk = (dir: string): void => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'problems' && e.name !== 'testing') walk(p);
    } else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')) texts.push(readFileSync(p, 'utf8'));
  }
};
walk(join(root, 'scoring', 'src'));
walk(join(root, 'workbook', 'src'));
const source = texts.join('\n');

const named = RULE_CODES.filter((c) => /^(roster|template|settings|team|account|cli|review-workbook|document-setting|workbook-is|office-decision|annual)-/.test(c));

test('there is something to check', () => {
  expect(named.length).toBeGreaterThan(30);
});

test.each(named)('%s is raised somewhere in the product', (code) => {
  const suffix = code.replace(/^(roster|template)-/, '');
  expect([code, source.includes(`'${code}'`) || source.includes(`'${suffix}'`)]).toEqual([code, true]);
});
