/**
 * manifest.xml: schema-valid (xmllint against the official XSDs copied into schemas/) and
 * consistent in the ways a schema cannot check — resource ids, origins, icon files and sizes,
 * both locales, the requirement set, the three ribbon buttons.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { MANIFEST_EXCEL_API } from '../../src/office/requirements';
import { RIBBON_VIEWS, VIEWS } from '../../src/taskpane/views';
import { readPng } from './png';
import { describeWithTools } from '../helpers/tools';
import { child, descendants, findAll, parseXml, pathOf, type XmlElement } from './xmlTree';

const repoRoot = path.resolve(__dirname, '..', '..');
const manifestPath = path.join(repoRoot, 'manifest.xml');
const manifestXml = fs.readFileSync(manifestPath, 'utf8');
const manifest = parseXml(manifestXml);
const schemaPath = path.join(repoRoot, 'schemas', 'office-addin-manifest', 'OfficeAppManifestV1_1.xsd');

const ORIGIN = 'https://localhost:3000';
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const CJK = /[\u3400-\u9fff]/;

function xmllint(file: string): { status: number | null; output: string } {
  const run = spawnSync('xmllint', ['--noout', '--schema', schemaPath, file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function withTempManifest<T>(xml: string, use: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-'));
  try {
    const file = path.join(dir, 'manifest.xml');
    fs.writeFileSync(file, xml);
    return use(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function resources(): Map<string, XmlElement> {
  const byId = new Map<string, XmlElement>();
  const res = findAll(manifest, 'Resources')[0];
  for (const el of descendants(res)) {
    if (el.attrs.id && ['bt:Image', 'bt:Url', 'bt:String'].includes(el.name)) {
      expect(byId.has(el.attrs.id)).toBe(false); // duplicate ids are ambiguous
      byId.set(el.attrs.id, el);
    }
  }
  return byId;
}

function assetFileOf(url: string): string {
  expect(url.startsWith(`${ORIGIN}/assets/`)).toBe(true);
  return path.join(repoRoot, 'assets', decodeURIComponent(new URL(url).pathname.replace(/^\/assets\//, '')));
}

describeWithTools(['xmllint'], 'manifest.xml against the official schema (xmllint)', () => {
  test('the schemas are in the repository', () => {
    expect(fs.existsSync(schemaPath)).toBe(true);
  });

  test('validates', () => {
    const result = xmllint(manifestPath);
    expect(result.output).toContain('validates');
    expect(result.status).toBe(0);
  });

  test('a misspelt ribbon element fails', () => {
    const broken = manifestXml.replace('<Supertip>', '<SuperTip>').replace('</Supertip>', '</SuperTip>');
    expect(broken).not.toBe(manifestXml);
    const result = withTempManifest(broken, xmllint);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('SuperTip');
  });

  test('a bad GUID fails', () => {
    const broken = manifestXml.replace(/<Id>[^<]+<\/Id>/, '<Id>526ed967-b332-46eb-9636-not-a-guid</Id>');
    expect(broken).not.toBe(manifestXml);
    const result = withTempManifest(broken, xmllint);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("}Id': [facet 'pattern']");
  });

  test('a wrong Permissions value fails', () => {
    const broken = manifestXml.replace(
      '<Permissions>ReadWriteDocument</Permissions>',
      '<Permissions>Everything</Permissions>',
    );
    const result = withTempManifest(broken, xmllint);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('Permissions');
  });
});

describe('manifest.xml beyond the schema', () => {
  test('identity, locale, host and permissions', () => {
    expect(child(manifest, 'Id')?.text).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(child(manifest, 'Version')?.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(manifest, 'DefaultLocale')?.text).toBe('zh-CN');
    expect(findAll(child(manifest, 'Hosts')!, 'Host').map((h) => h.attrs.Name)).toEqual(['Workbook']);
    expect(child(manifest, 'Permissions')?.text).toBe('ReadWriteDocument');
    expect(child(child(manifest, 'DefaultSettings')!, 'SourceLocation')?.attrs.DefaultValue).toBe(
      `${ORIGIN}/taskpane.html`,
    );
  });

  test('requires the ExcelApi set the code assumes', () => {
    const sets = findAll(child(manifest, 'Requirements')!, 'Set');
    expect(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([['ExcelApi', MANIFEST_EXCEL_API]]);
  });

  test('every resid is defined, and every resource is used', () => {
    const defined = resources();
    const referenced = descendants(manifest).filter((el) => el.attrs.resid !== undefined);
    expect(referenced.length).toBeGreaterThan(20);
    const undefinedRefs = referenced
      .filter((el) => !defined.has(el.attrs.resid))
      .map((el) => `${el.attrs.resid} at ${pathOf(el)}`);
    expect(undefinedRefs).toEqual([]);
    const used = new Set(referenced.map((el) => el.attrs.resid));
    expect([...defined.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test('every URL is on https://localhost:3000 (Office.js is the only other origin, and it is not in the manifest)', () => {
    const urls: Array<{ url: string; where: string }> = [];
    for (const el of [manifest, ...descendants(manifest)]) {
      for (const [attr, value] of Object.entries(el.attrs)) {
        if (/^[a-z]+:\/\//i.test(value) && !attr.startsWith('xmlns'))
          urls.push({ url: value, where: pathOf(el) });
      }
      if (/^[a-z]+:\/\//i.test(el.text)) urls.push({ url: el.text, where: pathOf(el) });
    }
    expect(urls.length).toBeGreaterThan(15);
    const foreign = urls.filter(
      ({ url }) => url !== ORIGIN && !url.startsWith(`${ORIGIN}/`) && url !== OFFICE_JS,
    );
    expect(foreign).toEqual([]);
    expect(findAll(manifest, 'AppDomain').map((d) => d.text)).toEqual([ORIGIN]);
  });

  test('every page URL is a page the build emits', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require('../../webpack.config.js')({}, { mode: 'production' });
    const emitted = new Set<string>();
    for (const plugin of config.plugins) {
      if (plugin.constructor?.name === 'HtmlWebpackPlugin') emitted.add(plugin.userOptions.filename);
      if (plugin.constructor?.name === 'CopyPlugin') {
        for (const p of plugin.patterns) if (!String(p.to).includes('[')) emitted.add(String(p.to));
      }
    }
    const pages = descendants(manifest)
      .flatMap((el) => [el.attrs.DefaultValue, el.attrs.Value])
      .filter(
        (v): v is string => typeof v === 'string' && v.startsWith(`${ORIGIN}/`) && !v.includes('/assets/'),
      )
      .map((v) => new URL(v).pathname.slice(1));
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(pages.filter((p) => !emitted.has(p))).toEqual([]);
  });

  test('every icon exists in assets/ as a valid PNG of the declared size', () => {
    const defined = resources();
    const checks: Array<{ url: string; size: number; where: string }> = [
      { url: child(manifest, 'IconUrl')!.attrs.DefaultValue, size: 32, where: 'IconUrl' },
      {
        url: child(manifest, 'HighResolutionIconUrl')!.attrs.DefaultValue,
        size: 64,
        where: 'HighResolutionIconUrl',
      },
    ];
    for (const img of findAll(manifest, 'bt:Image').filter((el) => el.attrs.size !== undefined)) {
      const res = defined.get(img.attrs.resid);
      expect(res?.name).toBe('bt:Image');
      checks.push({ url: res!.attrs.DefaultValue, size: Number(img.attrs.size), where: pathOf(img) });
    }
    // Resource ids name their size too (Icon.16x16); a mismatch means a copy-paste slip.
    for (const [id, res] of defined) {
      const m = /\.(\d+)x(\d+)$/.exec(id);
      if (res.name === 'bt:Image' && m)
        checks.push({ url: res.attrs.DefaultValue, size: Number(m[1]), where: id });
    }
    expect(checks.length).toBeGreaterThanOrEqual(2 + 12 + 12);
    const problems: string[] = [];
    for (const { url, size, where } of checks) {
      const file = assetFileOf(url);
      if (!fs.existsSync(file)) {
        problems.push(`${where}: ${url} → missing ${file}`);
        continue;
      }
      const png = readPng(fs.readFileSync(file));
      if (png.width !== size || png.height !== size)
        problems.push(`${where}: ${file} is ${png.width}×${png.height}, not ${size}×${size}`);
    }
    expect(problems).toEqual([]);
  });

  test('both locales have every string: zh-CN defaults and en-US overrides', () => {
    const localized = [
      child(manifest, 'DisplayName')!,
      child(manifest, 'Description')!,
      ...findAll(manifest, 'bt:String'),
    ];
    expect(localized.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const el of localized) {
      const zh = el.attrs.DefaultValue ?? '';
      if (!CJK.test(zh)) problems.push(`${pathOf(el)}: default (zh-CN) value has no Chinese: "${zh}"`);
      const overrides = el.children.filter((c) => c.name === 'Override' || c.name === 'bt:Override');
      const en = overrides.filter((o) => o.attrs.Locale === 'en-US');
      if (en.length !== 1) {
        problems.push(`${pathOf(el)}: ${en.length} en-US overrides`);
        continue;
      }
      const value = en[0].attrs.Value ?? '';
      if (!value.trim() || CJK.test(value)) problems.push(`${pathOf(el)}: en-US value "${value}"`);
    }
    expect(problems).toEqual([]);
  });

  test('three Home-tab buttons open the task pane at the three views', () => {
    const tab = findAll(manifest, 'OfficeTab')[0];
    expect(tab.attrs.id).toBe('TabHome');
    const defined = resources();
    const buttons = findAll(tab, 'Control').map((control) => {
      const action = child(control, 'Action')!;
      const label = defined.get(child(control, 'Label')!.attrs.resid)!;
      return {
        label: label.attrs.DefaultValue,
        type: action.attrs['xsi:type'],
        paneId: child(action, 'TaskpaneId')?.text,
        url: defined.get(child(action, 'SourceLocation')!.attrs.resid)!.attrs.DefaultValue,
      };
    });
    expect(buttons.map((b) => [b.label, b.type, b.url])).toEqual([
      ['校验台账', 'ShowTaskpane', `${ORIGIN}/taskpane.html?view=validate`],
      ['汇总台账', 'ShowTaskpane', `${ORIGIN}/taskpane.html?view=consolidate`],
      ['季度点评', 'ShowTaskpane', `${ORIGIN}/taskpane.html?view=review`],
    ]);
    // One pane: the buttons share a TaskpaneId, so Office reuses the pane and loads the
    // button's view into it instead of opening three panes side by side.
    expect(new Set(buttons.map((b) => b.paneId))).toEqual(new Set(['LedgerReview.Pane']));
    expect(buttons.map((b) => new URL(b.url).searchParams.get('view'))).toEqual([...RIBBON_VIEWS]);
    for (const view of RIBBON_VIEWS) expect(VIEWS).toContain(view);
    const functionFile = findAll(manifest, 'FunctionFile')[0];
    expect(defined.get(functionFile.attrs.resid)?.attrs.DefaultValue).toBe(`${ORIGIN}/commands.html`);
  });
});
