/**
 * `engines` says the truth: every Node version the repository accepts runs every dependency in
 * package-lock.json (so `npm ci` prints no EBADENGINE warning), the libraries accept at least
 * those versions, and the Node running the tests (CI's) is one of them.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as semver from 'semver';

const ROOT = path.resolve(__dirname, '../..');
const json = (file: string) => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
const root = json('package.json');
const lock = json('package-lock.json') as { packages: Record<string, { version?: string; engines?: unknown }> };

test('every locked dependency runs on every Node the repository accepts', () => {
  const range: string = root.engines.node;
  const refusing = Object.entries(lock.packages)
    .filter(([name, info]) => name && typeof (info.engines as { node?: unknown } | undefined)?.node === 'string')
    .map(([name, info]) => [name.replace(/^.*node_modules\//, ''), info.version, (info.engines as { node: string }).node])
    .filter(([, , node]) => !semver.subset(range, node as string));
  expect(refusing).toEqual([]);
});

test.each(['packages/scoring', 'packages/workbook'])('%s accepts every Node the repository is developed and tested on', (dir) => {
  const pkg = json(`${dir}/package.json`);
  expect(semver.subset(root.engines.node, pkg.engines.node)).toBe(true);
});

test('the Node running these tests is one the repository accepts', () => {
  expect([process.version, semver.satisfies(process.version, root.engines.node)]).toEqual([process.version, true]);
});
