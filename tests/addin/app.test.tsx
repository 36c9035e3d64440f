import fs from 'fs';
import path from 'path';
import type { HostContext, HostOps } from '../../src/office/types';
import type { ViewId } from '../../src/taskpane/views';
import { renderApp, text } from './render';

const browserHost: HostContext = { kind: 'browser', reason: 'office-js-missing' };
const TODAY = new Date(2021, 6, 2); // July 2021: the review due is 2021Q2

/** Fails naming the first of `parts` not in `out`. */
const expectAll = (out: string, parts: string[]) => parts.forEach((part) => expect(out).toContain(part));

const render = (host: HostContext, view: ViewId, lang: 'zh-CN' | 'en') => renderApp(host, view, lang, TODAY);

describe('App shell (server-rendered, no browser needed)', () => {
  test('Chinese by default: title, five tabs, browser-mode banner, file picker', () => {
    const out = text(render(browserHost, 'validate', 'zh-CN'));
    expectAll(out, [
      '台账点评',
      ...['单位校验', '汇总台账', '双月检查', '季度点评', '年度汇总'], // the five tabs
      '浏览器模式：未能加载 Office.js',
      '选择工作簿…',
      '尚未选择文件。',
      '下载当前台账模板',
      'English', // the language switch names the other language
    ]);
  });

  test('English and the review view with the library schedule', () => {
    const html = render(browserHost, 'review', 'en');
    const out = text(html);
    expectAll(out, [
      'Ledger Review',
      'Review schedule for Q2 2021',
      'May 2021',
      'due 5 Jul 2021',
      'meeting 15 Jul 2021',
      '中文',
      'Ledger templates for every unit',
      'Consolidate the files received for the quarter',
    ]);
    expect(out).not.toMatch(/单位校验|汇总台账|双月检查|季度点评|年度汇总/);
    // the selected tab is the review tab
    expect(html).toMatch(/aria-selected="true"[^>]*value="review"|value="review"[^>]*aria-selected="true"/);
  });

  test('in Excel the validate view offers 校验台账, live validation, the template and carry-forward', () => {
    const ops = {} as HostOps;
    const excel: HostContext = {
      kind: 'excel',
      platform: 'PC',
      ops,
      missing: [{ feature: 'dataValidation', set: 'ExcelApi', version: '1.8' }],
    };
    const out = text(render(excel, 'validate', 'zh-CN'));
    expectAll(out, [
      '已连接 Excel（Windows）',
      '校验台账',
      '编辑时实时校验',
      '下载当前台账模板',
      '沿用上月',
      '写入下拉列表和数值限制（需要 ExcelApi 1.8）',
    ]);
    expect(out).not.toContain('选择工作簿…');
  });

  test('an Excel without ExcelApi 1.7 explains instead of offering live validation', () => {
    const excel: HostContext = {
      kind: 'excel',
      platform: 'Mac',
      ops: {} as HostOps,
      missing: [{ feature: 'liveValidation', set: 'ExcelApi', version: '1.7' }],
    };
    const out = text(render(excel, 'validate', 'en'));
    expectAll(out, ['Connected to Excel (Mac)', 'cannot validate live']);
    expect(out).not.toContain('Live validation while editing');
  });
});

test('the consolidate view: picker, sample data, quarter and the one-click button (disabled without files)', () => {
  const html = render(browserHost, 'consolidate', 'zh-CN');
  const out = text(html);
  expectAll(out, ['载入示例数据', '汇总并点评', '默认点评上一个季度。']);
  expect(html).toMatch(
    /<button[^>]*disabled=""[^>]*data-testid="run-review"|data-testid="run-review"[^>]*disabled=""/,
  );
  const excel: HostContext = { kind: 'excel', platform: 'OfficeOnline', ops: {} as HostOps, missing: [] };
  expect(text(render(excel, 'consolidate', 'zh-CN'))).toContain('汇总并写入当前工作簿');
});

describe('no markup from data', () => {
  test('nothing under src/ renders raw HTML', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.(tsx?|html)$/.test(entry.name)) {
          const source = fs.readFileSync(file, 'utf8');
          if (/dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write/.test(source))
            offenders.push(file);
        }
      }
    };
    walk(path.resolve(__dirname, '..', '..', 'src'));
    expect(offenders).toEqual([]);
  });
});
