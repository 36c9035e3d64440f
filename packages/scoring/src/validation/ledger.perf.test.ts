import type { IndicatorTemplate } from '../model/types';
import { validateLedger } from './ledger';
import { FIXTURE_TEMPLATE, buildLedger, fixtureContext } from './testing/fixtures';

/**
 * Guards against gross regressions of the validator's speed (the bench script measures it
 * precisely): a 300-row ledger must validate in a few milliseconds even under jest.
 */
it('validates a 300-row ledger in well under 5 ms (median)', () => {
  const base = FIXTURE_TEMPLATE.indicators[0];
  const template: IndicatorTemplate = {
    ...FIXTURE_TEMPLATE,
    indicators: Array.from({ length: 300 }, (_, i) => ({
      ...base,
      code: `${(i % 8) + 1}.${i + 1}`,
      text: `第 ${i + 1} 项指标：按要求推进法治政府建设相关工作并留存记录`,
      target: i % 5 === 0 ? { value: 100, unit: '%' } : undefined,
    })),
  };
  const ctx = fixtureContext({ template });
  const raw = buildLedger();
  raw.rows = template.indicators.map((ind, i) => ({
    row: 6 + i,
    cells: {
      code: ind.code,
      area: String(ind.area),
      text: ind.text,
      points: ind.points,
      target: ind.target ? '100%' : '',
      workDone: '本月召开专题会议一次，印发工作方案，完成阶段性任务。',
      status: i % 3 === 0 ? '已完成' : '推进中',
      progress: i % 3 === 0 ? 100 : i % 7 === 0 ? '60%' : 60,
      actual: ind.target ? 100 : null,
      evidence: '会议纪要、工作方案',
      selfScore: 9.5,
      problems: '无',
      nextSteps: '继续推进',
      remarks: '',
    },
  }));
  const first = validateLedger(raw, ctx);
  expect(first.report.valid).toBe(true);
  expect(first.report.stats.validRows).toBe(300);
  for (let i = 0; i < 30; i++) validateLedger(raw, ctx);
  const times: number[] = [];
  for (let i = 0; i < 101; i++) {
    const t = process.hrtime.bigint();
    validateLedger(raw, ctx);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  // Generous bound: jest instrumentation and a busy 2-core CI machine; measured ≈1–2 ms.
  expect(times[50]).toBeLessThan(5);
});
