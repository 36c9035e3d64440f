/**
 * A build for the office's own server: the manifest rewritten to its address (sub-path
 * included), still valid against Microsoft's schemas, no localhost left, a version per release;
 * the `--env` options parsed once and refused with a clear message when wrong; the office.js
 * copy for closed networks complete.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { describeWithTools } from '../helpers/tools';

/* eslint-disable @typescript-eslint/no-require-imports -- the build's helpers are CommonJS */
const {
  deployManifest,
  normaliseOrigin,
  manifestVersion,
  originProblem,
} = require('../../scripts/deploy/manifest');
const officeJs = require('../../scripts/deploy/officeJs');
const { zipName, shipped } = require('../../scripts/deploy/zipPlugin');
const webpackConfig = require('../../webpack.config.js');
/* eslint-enable @typescript-eslint/no-require-imports */

const root = path.resolve(__dirname, '..', '..');
const manifestXml = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const schema = path.join(root, 'schemas', 'office-addin-manifest', 'OfficeAppManifestV1_1.xsd');
const BASE = 'https://fzb.example.gov.cn/ledger-review/';

function urlsOf(xml: string): string[] {
  return [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
}

describe('the manifest for a deployment', () => {
  const xml = deployManifest(manifestXml, { base: BASE, version: '1.4.2' });

  test('every URL is under the given address, the AppDomain is its origin, no localhost left', () => {
    const urls = urlsOf(xml);
    expect(urls.length).toBe(urlsOf(manifestXml).length);
    expect(urls.length).toBeGreaterThan(15);
    expect(urls.filter((u) => !u.startsWith(BASE))).toEqual([]);
    expect(urls).toContain(`${BASE}taskpane.html?view=consolidate`);
    expect(xml).toContain('<AppDomain>https://fzb.example.gov.cn</AppDomain>');
    expect(xml).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(xml).toContain('<Version>1.4.2.0</Version>');
  });

  test('origins: trailing slash added, host lower-cased, non-https and odd addresses refused in both languages', () => {
    expect(normaliseOrigin('https://FZB.example.gov.cn/ledger-review')).toBe(BASE);
    expect(normaliseOrigin('https://fzb.example.gov.cn:8443')).toBe('https://fzb.example.gov.cn:8443/');
    expect(originProblem('http://fzb.example.gov.cn/')).toMatch(
      /必须以 https:\/\/ 开头[\s\S]*must start with https/,
    );
    expect(originProblem('fzb.example.gov.cn')).toMatch(/不是有效的网址/);
    expect(originProblem('https://fzb.example.gov.cn/?a=1')).toMatch(/query/);
    expect(() => normaliseOrigin('ftp://x')).toThrow(/https/);
  });

  test('versions: package.json style to four parts; bad versions refused', () => {
    expect(manifestVersion('0.1.0')).toBe('0.1.0.0');
    expect(manifestVersion('2.0.3.17')).toBe('2.0.3.17');
    expect(manifestVersion('1.2.3-beta.1')).toBe('1.2.3.0');
    expect(() => manifestVersion('1.2.3.4.5')).toThrow(/四段/);
    expect(() => manifestVersion('123456.0')).toThrow(/version/);
  });

  test('an XML-special character in the address is escaped, not injected', () => {
    const odd = deployManifest(manifestXml, { base: 'https://x.example/a&b/', version: '1.0.0' });
    expect(odd).toContain('https://x.example/a&amp;b/taskpane.html');
  });
});

describeWithTools(['xmllint'], 'the deployed manifest against the official schema', () => {
  test('validates with xmllint, sub-path and all', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-manifest-'));
    try {
      const file = path.join(dir, 'manifest.xml');
      fs.writeFileSync(file, deployManifest(manifestXml, { base: BASE, version: '3.1.4' }));
      const run = spawnSync('xmllint', ['--noout', '--schema', schema, file], { encoding: 'utf8' });
      expect(`${run.stdout}${run.stderr}`).toContain('validates');
      expect(run.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('--env options, parsed once', () => {
  const { buildOptions } = webpackConfig;

  test('defaults: the dev address, the CDN, package.json version, a zip for production builds only', () => {
    const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
    expect(buildOptions({}, { mode: 'production' })).toMatchObject({
      origin: 'https://localhost:3000/',
      officeJs: 'cdn',
      version,
      zip: true,
    });
    expect(buildOptions({}, { mode: 'development' }).zip).toBe(false);
    expect(buildOptions({ WEBPACK_SERVE: true }, { mode: 'production' }).zip).toBe(false);
  });

  test('origin, officejs=local and version', () => {
    expect(
      buildOptions({ origin: 'https://a.example/x', officejs: 'local', version: '2.0.0' }, {}),
    ).toMatchObject({
      origin: 'https://a.example/x/',
      officeJs: 'local',
      version: '2.0.0',
    });
  });

  test('a wrong value stops the build with a reason', () => {
    expect(() => buildOptions({ officejs: 'yes' }, {})).toThrow(/local 或 cdn[\s\S]*local or cdn/);
    expect(() => buildOptions({ origin: 'http://a.example/' }, {})).toThrow(/https/);
  });

  test('with officejs=local, the pages load office.js from the same folder, and the copy is complete', () => {
    const config = webpackConfig({ officejs: 'local' }, { mode: 'production' });
    const html = config.plugins.filter(
      (p: { constructor: { name: string } }) => p.constructor.name === 'HtmlWebpackPlugin',
    );
    expect(html.map((p: { userOptions: { officeJsUrl: string } }) => p.userOptions.officeJsUrl)).toEqual([
      'office-js/office.js',
      'office-js/office.js',
    ]);
    const dist = officeJs.packageDist(root);
    for (const file of officeJs.FILES) expect(fs.existsSync(path.join(dist, file))).toBe(true);
    const cdn = webpackConfig({}, { mode: 'production' }).plugins.find(
      (p: { constructor: { name: string } }) => p.constructor.name === 'HtmlWebpackPlugin',
    );
    expect(cdn.userOptions.officeJsUrl).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  });

  test('the zip: named after the version; maps and bookkeeping stay out', () => {
    expect(zipName('1.2.3')).toBe('ledger-review-addin-1.2.3.zip');
    expect(
      ['taskpane.html', 'taskpane.abc.js', 'office-js/excel-win32-16.01.js', 'assets/icon-16.png'].every(
        shipped,
      ),
    ).toBe(true);
    expect(['taskpane.abc.js.map', 'build-info.json', 'ledger-review-addin-1.zip'].some(shipped)).toBe(false);
  });
});
