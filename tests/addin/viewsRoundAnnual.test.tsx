/**
 * The 双月检查 and 年度汇总 views and the 办公室调整 of the 季度点评 view, server-rendered in node
 * from real results on the bundled sample (unit names, file names and the office's reasons stay
 * text, never markup), and the 办公室调整 round trip against a fake Excel host: typed into the
 * review sheets the open workbook gives back, applied, written, and kept on the next run.
 */
import {
  readGrids,
  readReceivedFile,
  renderWorkbook,
  REVIEW_SHEETS,
  type GridSheet,
  type ReceivedFile,
} from '@ledger-review/workbook';
import * as engine from '../../src/engine';
import type { Lang } from '../../src/i18n/ui';
import type { HostContext } from '../../src/office/types';
import { changeText } from '../../src/taskpane/components/AnnualTable';
import { OfficeDecisions } from '../../src/taskpane/components/OfficeDecisions';
import { confirmedLists, decisionCandidates } from '../../src/taskpane/components/officeDecisionLists';
import type { ReviewSession } from '../../src/taskpane/hooks/useReviewSession';
import { withShared } from '../../src/taskpane/hooks/usePickedFiles';
import { runOffice } from '../../src/taskpane/session/reviewRun';
import { AnnualSummary } from '../../src/taskpane/views/AnnualView';
import { RoundSummary, defaultRoundPeriod, roundPeriodChoices } from '../../src/taskpane/views/RoundView';
import { translate } from '../../src/i18n/ui';
import { fakeSession } from './fakeSession';
import { html, renderApp, text } from './render';
import { FakeHost } from './viewsFakeHost';

const TODAY = new Date(2021, 6, 12); // 12 July 2021
const browser: HostContext = { kind: 'browser', reason: 'forced' };

let template: ReceivedFile;
let previousReview: ReceivedFile;
let current: ReceivedFile[];
let currentReview: ReceivedFile;

beforeAll(async () => {
  const sample = engine.sampleQuarterFiles();
  const read = async (f: { fileName: string; plan: Parameters<typeof renderWorkbook>[0] }) =>
    readReceivedFile(f.fileName, await renderWorkbook(f.plan));
  template = await read(sample.template);
  const previous = await Promise.all(sample.previous.map(read));
  current = await Promise.all(sample.current.map(read));
  const q1 = engine.reviewPickedFiles({ files: [template, ...previous], quarter: sample.previousQuarter });
  previousReview = readReceivedFile(
    engine.reviewFileName(sample.previousQuarter),
    await renderWorkbook(q1.run.plan),
  );
  const q2 = engine.reviewPickedFiles({
    files: [template, previousReview, ...current],
    quarter: sample.quarter,
  });
  currentReview = readReceivedFile(engine.reviewFileName(sample.quarter), await renderWorkbook(q2.run.plan));
}, 300_000);

describe('the views open by tab and ?view=', () => {
  const render = (view: 'round' | 'annual', lang: Lang) => renderApp(browser, view, lang, TODAY);

  test('双月检查: the period, the files, before and after the round', () => {
    const markup = render('round', 'zh-CN');
    const out = text(markup);
    expect(markup).toContain('data-view="round"');
    expect(markup).toMatch(/aria-selected="true"[^>]*value="round"|value="round"[^>]*aria-selected="true"/);
    for (const s of [
      '检查期间',
      '2021年5—6月',
      '检查前',
      '下载检查通知',
      '下载检查评分表',
      '检查后',
      '汇总检查结果',
      '选择工作簿…',
    ])
      expect(out).toContain(s);
  });

  test('年度汇总 in English, nothing left in Chinese but the language switch', () => {
    const out = text(render('annual', 'en'));
    expect(out).toContain('Make the annual roll-up');
    expect(out).toContain('Year');
    expect(out.replace('中文', '')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  test('default period and choices; files picked in both lists count once', () => {
    expect(defaultRoundPeriod(TODAY)).toBe('2021-B3');
    expect(roundPeriodChoices(TODAY, '2021-B3').slice(0, 3)).toEqual(['2021-B6', '2021-B5', '2021-B4']);
    expect(roundPeriodChoices(TODAY, '2019-B1')[0]).toBe('2019-B1');
    const a = { name: 'a.xlsx', sheets: [] };
    const b = { name: 'b.xlsx', sheets: [] };
    expect(withShared([a], [{ ...a }, b]).map((f) => f.name)).toEqual(['a.xlsx', 'b.xlsx']);
  });
});

describe('双月检查 after scoring', () => {
  test('the summary: units, average rate, the units below 80% by name, the file of another period named', () => {
    const result = engine.roundResultFiles([template, ...current], '2021-B3');
    if (!result.ok) throw new Error('no results');
    const out = text(html(<RoundSummary result={result} stale={false} />));
    expect(out).toContain(
      `2021年5—6月：${result.units.length} 个单位，平均得分率 ${result.averageRate.toFixed(2)}%，低于 80% 的 ${result.below.length} 个，发现问题 ${result.items} 项。`,
    );
    for (const u of result.below) expect(out).toContain(`${u.unitName}（${u.rate.toFixed(2)}%）`);
    expect(out).toContain('检查期间');
    expect(out).not.toContain('请重新汇总检查结果');
    expect(text(html(<RoundSummary result={result} stale={true} />))).toContain(
      '所选文件或检查期间已变化，请重新汇总检查结果。',
    );
    const en = text(html(<RoundSummary result={result} stale={false} />, 'en'));
    expect(en).toContain(`average score rate ${result.averageRate.toFixed(2)}%`);
  });

  test('no scored workbook of the period: said', () => {
    const result = engine.roundResultFiles([template], '2021-B4');
    expect(text(html(<RoundSummary result={result} stale={false} />))).toContain(
      '所选文件中没有2021年7—8月的检查评分表。',
    );
  });
});

describe('年度汇总', () => {
  test('each unit per quarter: composite, rank, change; missing quarters and unused files named, as text', () => {
    const hostile: ReceivedFile = {
      name: '<img src=x onerror=alert(1)>.xlsx',
      sheets: 'sheets' in current[0] ? current[0].sheets : [],
    };
    const result = engine.annualOfPickedFiles([previousReview, currentReview, hostile], 2021);
    if (!result.ok) throw new Error('no roll-up');
    const lines = engine.annualUnitLines(result.rollup);
    const markup = html(<AnnualSummary result={result} lines={lines} stale={false} />);
    const out = text(markup);
    expect(out).toContain('已汇总：2021年第一季度、2021年第二季度');
    expect(out).toContain('缺少：2021年第三季度、2021年第四季度（未选择该季度的点评工作簿）');
    expect(out).toContain('未使用 1 个文件：<img src=x onerror=alert(1)>.xlsx（不是季度点评工作簿）');
    expect(markup).not.toContain('<img');
    expect(markup).toContain('data-testid="annual-table-县区"');
    const line = lines.find((l) => l.quarters.every((q) => q.change !== null || q.quarter === '2021Q1'))!;
    const q2 = line.quarters[1];
    const row = markup.slice(markup.indexOf(`data-unit="${line.code}"`));
    expect(text(row.slice(0, row.indexOf('</tr>')))).toContain(
      `${q2.composite!.toFixed(2)} 第${q2.rank}名${q2.tied ? '并列' : ''} ${changeText(q2.change, (k, p) => translate('zh-CN', k, p), 'zh-CN')}`.trim(),
    );
    expect(out).toMatch(/年度提议：取消评先资格 \d+ 个单位，建议取消文明单位称号 \d+ 个单位/);
  });

  test('two reviews of a quarter are refused; another year has none', () => {
    const twice = engine.annualOfPickedFiles(
      [previousReview, { ...previousReview, name: '副本.xlsx' }],
      2021,
    );
    expect(text(html(<AnnualSummary result={twice} lines={[]} stale={false} />))).toContain(
      '2021年第一季度有两个点评工作簿',
    );
    const none = engine.annualOfPickedFiles([previousReview], 2022);
    expect(text(html(<AnnualSummary result={none} lines={[]} stale={false} />))).toContain(
      '所选文件中没有 2022 年的季度点评工作簿。',
    );
  });

  test('change against the previous quarter', () => {
    const t = (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) =>
      translate('zh-CN', k, p);
    expect(changeText(1.2, t, 'zh-CN')).toBe('↑1.20');
    expect(changeText(-0.5, t, 'zh-CN')).toBe('↓0.50');
    expect(changeText(0, t, 'zh-CN')).toBe('持平');
    expect(changeText(null, t, 'zh-CN')).toBe('');
  });
});

describe('办公室调整', () => {
  const session = (over: Partial<ReviewSession> = {}) => fakeSession({ adjust: async () => true, ...over });
  /** The sample's 2021Q2 review, taking the office's lines from `openWorkbookReview` where given. */
  const reviewQ2 = (openWorkbookReview?: GridSheet[]) =>
    engine.reviewPickedFiles({
      files: [template, previousReview, ...current],
      quarter: '2021Q2',
      openWorkbookReview,
    });

  test('the confirmed lists with the office’s change and reason, the typed lines, the form — all text', () => {
    const first = reviewQ2();
    const unit = decisionCandidates(first.run.review, 'statement', 'add')[0];
    const typed = engine.typeDecisionLine(
      engine.reviewSheetsOfPlan(first.run.plan),
      engine.decisionLine('statement', 'add', unit.unitName, '<script>x</script>台账不实'),
    );
    const second = reviewQ2(typed);
    const markup = html(<OfficeDecisions review={second.run.review} session={session()} inExcel={false} />);
    const out = text(markup);
    expect(markup).not.toContain('<script>');
    const statement = confirmedLists(second.run.review).find((l) => l.kind === 'statement')!;
    expect(out).toContain(`检查性发言（${statement.units.length} 个单位）`);
    expect(out).toContain(`${unit.unitName}（`);
    expect(out).toContain('办公室增加：<script>x</script>台账不实');
    expect(out).toContain(
      `已录入的调整（1） 检查性发言 · 增加 · ${unit.unitName}：<script>x</script>台账不实 — 已生效`,
    );
    expect(out).toContain('调整理由（必填）');
    expect(out).toContain('调整并重新点评');
    expect(
      text(html(<OfficeDecisions review={second.run.review} session={session()} inExcel={true} />)),
    ).toContain('写入工作簿并重新点评');
    // Asked before replacing sheets of the user's own, here as in 汇总台账.
    const asking = text(
      html(
        <OfficeDecisions
          review={second.run.review}
          session={session({ confirm: { sheets: ['点评结果'] } })}
          inExcel={true}
        />,
      ),
    );
    expect(asking).toContain(translate('zh-CN', 'consolidate.confirm.title'));
    expect(asking).toContain('“点评结果”');
    // The unit chooser offers only units the change applies to (检查性发言 · 增加: not those on it).
    const options = [...markup.matchAll(/<option value="([^"]+)"/g)].map((m) => m[1]);
    expect(options).not.toContain(unit.unitCode);
    expect(options).toContain(decisionCandidates(second.run.review, 'statement', 'add')[0].unitCode);
    const en = text(
      html(<OfficeDecisions review={second.run.review} session={session()} inExcel={false} />, 'en'),
    );
    expect(en).toContain(
      `Self-critical statement · Add · ${unit.unitName}: <script>x</script>台账不实 — applied`,
    );

    // A line typed in Excel that the library refuses (on both lists at once) says why.
    const best = confirmedLists(first.run.review).find((l) => l.kind === 'experience')!.units[0];
    const conflict = engine.typeDecisionLine(
      engine.reviewSheetsOfPlan(first.run.plan),
      engine.decisionLine('statement', 'add', best.unitName, '理由'),
    );
    const third = reviewQ2(conflict);
    expect(third.run.review.decisions[0].status).toBe('refused');
    expect(
      text(html(<OfficeDecisions review={third.run.review} session={session()} inExcel={false} />)),
    ).toContain(
      `检查性发言 · 增加 · ${best.unitName}：理由 — ${best.unitName}不能同时作经验介绍和检查性发言`,
    );
  });

  test('in Excel: typed into the review read back from the open workbook, applied, written, kept on the next run', async () => {
    const inputs = [template, previousReview, ...current];
    const first = engine.reviewPickedFiles({ files: inputs, quarter: '2021Q2' });
    const host = new FakeHost(readGrids(await renderWorkbook(first.run.plan)));
    const excel: HostContext = { kind: 'excel', platform: 'PC', ops: host, missing: [] };
    const removed = confirmedLists(first.run.review).find((l) => l.kind === 'experience')!.units[0];
    let given: GridSheet[] | undefined;
    const adjusted = await runOffice({
      host: excel,
      inputs,
      quarter: '2021Q2',
      engine,
      amendReview: (existing) => {
        given = existing;
        return engine.typeDecisionLine(
          existing!,
          engine.decisionLine('experience', 'remove', removed.unitName, '经办公室研究'),
        );
      },
    });
    // What the open workbook gave back: only the typed columns (the 办公室调整 table among them).
    expect(given!.map((s) => s.name)).toEqual(engine.REVIEW_READBACK.map((r) => r.sheet));
    expect(adjusted.result.run.review.decisions.map((d) => [d.unitCode, d.action, d.status])).toEqual([
      [removed.unitCode, 'remove', 'applied'],
    ]);
    const written = host.calls.filter((c) => c.op === 'write').pop()!.args as typeof adjusted.result.run.plan;
    expect(written).toBe(adjusted.result.run.plan);

    // The workbook now holds what was written; a plain re-run reads the line back and applies it again.
    const after = readGrids(await renderWorkbook(written));
    host.sheets.splice(
      0,
      host.sheets.length,
      ...after.map((s) => ({ ...s, grid: s.grid.map((r) => [...r]) })),
    );
    const rerun = await runOffice({ host: excel, inputs, quarter: '2021Q2', engine });
    expect(rerun.result.run.review.decisions.map((d) => [d.unitCode, d.status])).toEqual([
      [removed.unitCode, 'applied'],
    ]);
    expect(
      confirmedLists(rerun.result.run.review)
        .find((l) => l.kind === 'experience')!
        .removed.map((u) => u.unitCode),
    ).toEqual([removed.unitCode]);
    expect(
      after.find((s) => s.name === REVIEW_SHEETS.outcomes)!.grid.some((r) => r.includes('经办公室研究')),
    ).toBe(true);
  }, 120_000);
});
