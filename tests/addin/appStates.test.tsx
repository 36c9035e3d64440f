/**
 * The task pane's views in the states a real session reaches, server-rendered in node from
 * real results: a unit's ledger with problems, ready to send, not a ledger, made from an old
 * template; the office's one-click result and the ranking with outcomes. Unit-supplied text goes
 * through React as text, never as markup.
 */
import { readGrids, renderWorkbook } from '@ledger-review/workbook';
import * as engine from '../../src/engine';
import type { LedgerCheck } from '../../src/engine';
import type { Lang } from '../../src/i18n/ui';
import { HostError } from '../../src/office/errors';
import type { HostContext, HostOps } from '../../src/office/types';
import type { ReviewSession } from '../../src/taskpane/hooks/useReviewSession';
import { runOffice, type ReviewRunOutcome } from '../../src/taskpane/session/reviewRun';
import { INITIAL_WATCHER_STATE, type WatcherState } from '../../src/taskpane/unit/ledgerWatcher';
import { RunResult } from '../../src/taskpane/views/ConsolidateView';
import { ReviewView } from '../../src/taskpane/views/ReviewView';
import { ExcelValidatePanel } from '../../src/taskpane/views/ValidateView';
import { DEFAULT_TEMPLATE } from '@ledger-review/scoring';
import { filledLedgerBytes, ledgerIndicators } from '../fixtures/ledgers';
import { fakeSession } from './fakeSession';
import { html, text } from './render';

const TODAY = new Date(2021, 4, 3); // 3 May 2021: April's ledger is due on the 5th
const noop = () => undefined;
const browser: HostContext = { kind: 'browser', reason: 'forced' };
const context = engine.defaultReviewContext();

async function checkOf(options: Parameters<typeof filledLedgerBytes>[0] = {}): Promise<LedgerCheck> {
  return engine.checkLedgerWorkbook(readGrids(await filledLedgerBytes(options)), '', context);
}

function panel(state: Partial<WatcherState>, lang: Lang = 'zh-CN'): string {
  return html(
    <ExcelValidatePanel
      state={{ ...INITIAL_WATCHER_STATE, live: 'on', ...state }}
      today={TODAY}
      onValidate={noop}
      onLive={noop}
      onSelect={noop}
    />,
    lang,
  );
}

describe('单位校验 in Excel', () => {
  test('a ledger with problems: must fix, grouped issues, each cell a select link', async () => {
    const code = ledgerIndicators()[1].code;
    const check = await checkOf({
      rows: { [code]: { status: '已完成', progress: 60, evidence: '' } },
      phone: '',
    });
    const markup = panel({ check, checks: 3 });
    const out = text(markup);
    expect(out).toContain('华龙区');
    expect(out).toContain('2021年4月');
    expect(out).toContain('报送截止 2021年5月5日（还有 2 天）');
    expect(out).toContain(`还有 ${check.errors} 个错误，改正后才能报送。`);
    expect(out).toMatch(/错误（\d+）/);
    expect(markup).toContain('aria-label="在 Excel 中选中 工作台账!H7"');
    expect(markup).toContain('data-verdict="must-fix"');
    // Every error of the check is listed, in the error group.
    expect((markup.match(/data-severity="error"/g) ?? []).length).toBe(
      check.findings.filter((f) => f.severity === 'error').length,
    );
  });

  test('ready to send, in English too', async () => {
    const check = await checkOf();
    expect(text(panel({ check }))).toContain('可以报送：没有发现错误。');
    const en = text(panel({ check }, 'en'));
    expect(en).toContain('Ready to send: no errors found.');
    expect(en).toContain('5 May 2021 (2 days left)');
    expect(en).toContain('No problems found.');
  });

  test('not a ledger: says so and points to the template download', async () => {
    const inspection = readGrids(await renderWorkbook(engine.inspectionWorkbook(context, '2021-B2').plan));
    const check = engine.checkLedgerWorkbook(inspection, '', context);
    const out = text(panel({ check }));
    expect(out).toContain('这不是工作台账');
    expect(out).toContain('下载当前模板');
    expect(out).toContain('不是工作台账');
  });

  test('an outdated template version: a warning with the way forward', async () => {
    const check = { ...(await checkOf()), templateState: 'outdated' as const, templateVersion: '2020.1' };
    expect(text(panel({ check }))).toContain(
      `此台账使用的模板版本 2020.1 已过时（当前为 ${DEFAULT_TEMPLATE.version}）。请在下方下载当前模板`,
    );
  });

  test('host errors in Chinese with what to do; a failed highlight does not hide the verdict', async () => {
    const check = await checkOf();
    const out = text(
      panel({
        check,
        error: new HostError('cell-edit-mode'),
        marksError: new HostError('sheet-protected', { sheet: '校验标记' }),
        lastChange: { sheetName: '工作台账', address: 'F7', changeType: 'RangeEdited', source: 'Remote' },
      }),
    );
    expect(out).toContain('Excel 正在编辑单元格，暂时无法操作。请按 Enter 或 Esc 结束编辑后重试。');
    expect(out).toContain('未能在工作表中标出问题单元格：工作表“校验标记”受保护');
    expect(out).toContain('可以报送');
    expect(out).toContain('最近一次修改：工作台账!F7（共同编辑者）');
  });

  test('while checking the button is disabled; without live support there is no switch', () => {
    const markup = panel({ checking: true, live: 'unavailable' });
    expect(markup).toMatch(/<button[^>]*disabled=""[^>]*>校验台账/);
    expect(text(markup)).toContain('正在校验…');
    expect(text(markup)).toContain('不支持实时校验');
    expect(markup).not.toContain('role="switch"');
  });

  test('unit text is text: a hostile unit-typed value renders escaped', async () => {
    const code = ledgerIndicators()[0].code;
    const check = await checkOf({ rows: { [code]: { status: '<img src=x onerror=alert(1)>' as never } } });
    const markup = panel({ check });
    expect(markup).not.toContain('<img src=x');
    expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('the office', () => {
  let outcome: ReviewRunOutcome;
  beforeAll(async () => {
    const input = async (name: string, options: Parameters<typeof filledLedgerBytes>[0]) => {
      const bytes = await filledLedgerBytes(options);
      return { name, sheets: readGrids(bytes) };
    };
    outcome = await runOffice({
      host: browser,
      quarter: '2021Q2',
      engine,
      inputs: [
        await input('华龙区4月.xlsx', { month: '2021-04' }),
        await input('华龙区5月.xlsx', { month: '2021-05' }),
        await input('清丰县4月.xlsx', { unit: '清丰县', month: '2021-04' }),
        await input('清丰县1月.xlsx', { unit: '清丰县', month: '2021-01' }),
        {
          name: '<b>坏</b>.xlsx',
          failure: engine.readFailure({ code: 'file-not-zip', params: { bytes: 14 } }, '<b>坏</b>.xlsx'),
        },
      ],
    });
  });

  test('汇总台账: the summary line, the download, every file with status and reason', () => {
    const markup = html(<RunResult outcome={outcome} host={browser} stale={false} />);
    const out = text(markup);
    expect(out).toMatch(
      /2021年第二季度：共 5 个文件——已接收 \d+，已接收（有警告）\d+，已接收（有错误）\d+，已拒收 2，已被替换 0；采用台账 3 份/,
    );
    expect(out).toContain('下载点评工作簿（.xlsx）');
    expect(markup).toMatch(/data-account-status="rejected" data-file-name="清丰县1月.xlsx"/);
    expect(out).toContain('不属于 2021Q2，本次汇总未采用');
    expect(markup).toContain('&lt;b&gt;坏&lt;/b&gt;.xlsx');
    expect(markup).not.toContain('<b>坏</b>');
    expect(out).toContain('已拒收');

    const en = text(html(<RunResult outcome={outcome} host={browser} stale={true} />, 'en'));
    expect(en).toContain('Q2 2021: 5 file(s)');
    expect(en).toContain('outside 2021Q2; not used');
    expect(en).toContain('The chosen files changed since; consolidate again.');
  });

  test('in Excel the summary says what was written', () => {
    const host: HostContext = { kind: 'excel', platform: 'PC', ops: {} as HostOps, missing: [] };
    const written = {
      ...outcome,
      write: {
        sheetsWritten: ['点评通报', '综合排名'],
        cellsWritten: 1234,
        skipped: [{ sheetName: '综合排名', feature: 'autoFilter' as const, requirement: 'ExcelApi 1.9' }],
      },
    };
    const out = text(html(<RunResult outcome={written} host={host} stale={false} />));
    expect(out).toContain('已写入当前工作簿：2 个工作表，1234 个单元格。');
    expect(out).toContain('此版本的 Excel 未能设置：autoFilter (ExcelApi 1.9)。');
  });

  const session = (over: Partial<ReviewSession> = {}) =>
    fakeSession({ quarterSource: 'inferred', outcome, ...over });

  test('季度点评: each group ranked with composite, parts and outcomes with reasons', () => {
    const markup = html(<ReviewView host={browser} session={session()} today={TODAY} />);
    const out = text(markup);
    expect(markup).toContain('data-testid="ranking-县区"');
    expect(markup).toContain('data-testid="ranking-市直"');
    const review = outcome.result.run.review;
    const first = review.units[0];
    expect(markup).toContain(`data-unit="${first.unitCode}" data-rank="${first.rank}"`);
    expect(out).toContain(first.composite.toFixed(2));
    for (const u of review.units) for (const o of u.outcomes) expect(out).toContain(o.reason);
    expect(out).toContain('下载点评工作簿（.xlsx）');
    expect(out).toContain(`下载 ${context.roster.length} 份台账模板（.zip）`);
    expect(out).toContain('下载检查评分表');
  });

  test('季度点评 for another quarter, or before any run, says what to do', () => {
    expect(
      text(html(<ReviewView host={browser} session={session({ quarter: '2021Q3' })} today={TODAY} />)),
    ).toContain('已汇总的是2021年第二季度；要点评所选季度，请在“汇总台账”中重新汇总。');
    expect(
      text(html(<ReviewView host={browser} session={session({ outcome: null })} today={TODAY} />)),
    ).toContain('在“汇总台账”中汇总本季度收到的文件后，这里显示各组排名和点评结果。');
  });
});
