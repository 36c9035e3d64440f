import {
  DEFAULT_TEMPLATE,
  checkRecusal,
  excelSerial,
  ledgerDueDate,
  quarterMonths,
  type Finding,
} from '@ledger-review/scoring';
import { consolidate } from '../consolidate/consolidate';
import { LEDGER_SHEET } from '../ledger/layout';
import { buildSampleQuarter, describeScenario, type SampleLedgerFile, type SampleQuarter } from './index';
import { themeOf } from './workText';
import { writtenUp as writtenUpRule } from './inspectionFiles';
import { expectPromisesKept, planFiles, reviewsFromFacts } from './testing/support';
import { META_SHEET } from '../sheet/meta';

const sample = buildSampleQuarter();

describe('buildSampleQuarter', () => {
  it('is deterministic for a seed', () => {
    const again = buildSampleQuarter({ quarter: '2021Q2', seed: sample.seed });
    expect(JSON.stringify(again)).toBe(JSON.stringify(sample));
    const other = buildSampleQuarter({ seed: 7 });
    expect(other.ledgers.map((l) => l.fileName)).not.toEqual(sample.ledgers.map((l) => l.fileName));
  });

  it('stages 2021Q2 after 2021Q1 with the quarter’s bimonths', () => {
    expect(sample.quarter).toBe('2021Q2');
    expect(sample.previousQuarter).toBe('2021Q1');
    expect(sample.inspections.map((i) => i.period)).toEqual(['2021-B2', '2021-B3']);
    expect(sample.previous.inspections.map((i) => i.period)).toEqual(['2021-B1']);
    expect(sample.inspections.map((i) => i.fileName)).toEqual([
      '2021年3—4月双月检查评分表.xlsx',
      '2021年5—6月双月检查评分表.xlsx',
    ]);
  });

  it('has a ledger for every sample unit and month except the missing ones, plus one correction', () => {
    expect(sample.roster).toHaveLength(29);
    for (const [quarter, files] of [
      [sample.quarter, sample.ledgers],
      [sample.previousQuarter, sample.previous.ledgers],
    ] as const) {
      const kept = files.filter((f) => !f.superseded);
      const keys = new Set(kept.map((f) => `${f.unitCode}|${f.month}`));
      expect(keys.size).toBe(kept.length);
      const expected = sample.roster.flatMap((u) => quarterMonths(quarter).map((m) => `${u.code}|${m}`));
      const absent = expected.filter((k) => !keys.has(k));
      if (quarter === sample.quarter) {
        expect(absent.sort()).toEqual(
          sample.expectations.missing.map((m) => `${m.unitCode}|${m.month}`).sort(),
        );
        expect(absent.length).toBeGreaterThanOrEqual(2);
        expect(absent.length).toBeLessThanOrEqual(3);
      }
    }
    expect(sample.ledgers.filter((f) => f.superseded)).toHaveLength(1);
    const paths = [
      ...sample.ledgers,
      ...sample.inspections,
      ...sample.previous.ledgers,
      ...sample.previous.inspections,
    ].map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(sample.ledgers.find((l) => l.unitCode === 'XQ01' && l.month === '2021-04')?.path).toMatch(
      /^台账\/2021年4月\/.*华龙区.*\.xlsx$/,
    );
    expect(sample.previous.ledgers[0].path).toMatch(/^上季度\/台账\/2021年1月\//);
    expect(sample.inspections[0].path).toBe('检查/2021年3—4月双月检查评分表.xlsx');
  });

  it('keeps every promise when the real review scores the files’ facts', () => {
    const { previous, current } = reviewsFromFacts(sample);
    expectPromisesKept(sample, previous, current);
    expect(current.warnings.map((w) => w.code)).toEqual(['ledger-duplicate']);
  });

  it.each([
    ['another seed', { seed: 99 }],
    ['another quarter', { quarter: '2021Q3' }],
    ['a quarter across the new year', { quarter: '2022Q1', seed: 5 }],
  ])('keeps every promise for %s', (_label, options) => {
    const other = buildSampleQuarter(options);
    const { previous, current } = reviewsFromFacts(other);
    expectPromisesKept(other, previous, current);
  });
});

describe('the sample files through the real consolidation', () => {
  const run = (files: SampleLedgerFile[], inspections: SampleQuarter['inspections'], quarter: string) => {
    return consolidate(planFiles([...files, ...inspections]), {
      template: sample.template,
      roster: sample.roster,
      settings: sample.settings,
      team: sample.team,
      quarter,
    });
  };
  const current = run(sample.ledgers, sample.inspections, sample.quarter);
  const previous = run(sample.previous.ledgers, sample.previous.inspections, sample.previousQuarter);

  it('derives exactly the facts the sample states, for every file that counts', () => {
    for (const [result, files] of [
      [current, sample.ledgers],
      [previous, sample.previous.ledgers],
    ] as const) {
      const kept = files.filter((f) => !f.superseded);
      expect(result.ledgers.map((l) => l.file)).toEqual(kept.map((f) => f.fileName));
      result.ledgers.forEach((l, i) => {
        const facts = kept[i].facts;
        expect({
          unitCode: l.unitCode,
          month: l.month,
          filledDate: l.header.filledDate,
          validRows: l.validRows,
          applicableRows: l.applicableRows,
        }).toEqual({
          unitCode: facts.unitCode,
          month: facts.month,
          filledDate: facts.filledDate,
          validRows: facts.validRows,
          applicableRows: facts.applicableRows,
        });
        expect(Object.fromEntries(l.rows.map((r) => [r.code, r.selfScore]))).toEqual(facts.selfScores);
      });
      expect(result.files.filter((f) => f.status === 'rejected')).toEqual([]);
    }
  });

  it('reads back the inspection records the team wrote', () => {
    // Rows the team left blank (未经检查) are not records for the reader.
    const scored = (files: SampleQuarter['inspections']) =>
      files.flatMap((i) => i.records).filter((r) => r.score !== null);
    expect(current.inspections).toEqual(scored(sample.inspections));
    expect(previous.inspections).toEqual(scored(sample.previous.inspections));
  });

  it('raises the planted findings at the planted cells, and nothing else of error severity', () => {
    const at = (f: Finding) => `${f.file}!${f.column ?? ''}${f.row ?? ''}`;
    const cells = sample.expectations.invalidCells;
    expect(new Set(cells.map((c) => c.kind)).size).toBe(6);
    for (const c of cells) {
      const here = current.findings.filter((f) => at(f) === `${c.file}!${c.cell}`);
      if (c.rule === null) expect(here).toEqual([]);
      else expect(here.map((f) => [f.code, f.severity])).toContainEqual([c.rule, c.severity]);
    }
    const planted = new Set(cells.filter((c) => c.severity === 'error').map((c) => `${c.file}!${c.cell}`));
    const { superseded } = sample.expectations.resubmission;
    const unexpected = current.findings.filter(
      (f) => f.severity === 'error' && !planted.has(at(f)) && f.file !== superseded,
    );
    expect(unexpected).toEqual([]);
    // The first file of the resubmission had the mistake its correction fixed.
    expect(
      current.findings.filter((f) => f.file === superseded && f.severity === 'error').map((f) => f.code),
    ).toEqual(['self-score-above-points']);
    // Text starting with "=" stays text, verbatim.
    const formulaLike = cells.find((c) => c.kind === 'formula-like-text')!;
    const ledger = current.ledgers.find((l) => l.file === formulaLike.file)!;
    expect(ledger.rows.map((r) => r.problems)).toContain(formulaLike.value);
    expect(String(formulaLike.value).startsWith('=')).toBe(true);
  });

  it('identifies the renamed, metadata-less and unit-less files and replaces the corrected one', () => {
    for (const id of sample.expectations.identification) {
      const account = current.files.find((f) => f.file === id.file)!;
      expect([account.unitCode, account.period]).toEqual([id.unitCode, id.month]);
      const codes = current.findings.filter((f) => f.file === id.file).map((f) => f.code);
      if (id.quirk === 'no-metadata') expect(codes).toContain('metadata-missing');
      if (id.quirk === 'unit-only-in-file-name') expect(codes).toContain('unit-from-file-name');
    }
    expect(sample.expectations.identification.map((i) => i.quirk).sort()).toEqual([
      'no-metadata',
      'odd-file-name',
      'unit-only-in-file-name',
    ]);
    const r = sample.expectations.resubmission;
    expect(current.files.find((f) => f.file === r.superseded)?.status).toBe('superseded');
    expect(
      current.ledgers.filter((l) => l.unitCode === r.unitCode && l.month === r.month).map((l) => l.file),
    ).toEqual([r.kept]);
  });
});

describe('realism', () => {
  it('writes theme-specific text for every indicator of the default template', () => {
    const ids = DEFAULT_TEMPLATE.indicators.map((i) => themeOf(i).id);
    expect(ids.filter((id) => id === null)).toEqual([]);
    // One theme per indicator: no keyword of one indicator captures another.
    expect(new Set(ids).size).toBe(ids.length);
    // 本月工作完成情况 differs between units and months.
    const texts = sample.ledgers.flatMap((l) =>
      l.plan.sheets[0].rows.slice(5).map((r) => String(r[5]?.value ?? '')),
    );
    expect(new Set(texts).size / texts.length).toBeGreaterThan(0.7);
    expect(texts.some((t) => /完成规范性文件备案审查\d+件，按期报备\d+件，报备率100%/.test(t))).toBe(true);
  });

  it('uses statuses that progress through the months', () => {
    const statusOf = (unitCode: string, month: string, code: string) => {
      const l = [...sample.previous.ledgers, ...sample.ledgers].find(
        (f) => f.unitCode === unitCode && f.month === month && !f.superseded,
      )!;
      const row = l.plan.sheets[0].rows.find((r) => r[0]?.value === code);
      return row ? row[6]?.value : undefined;
    };
    // 规范性文件清理 is reported 每年 (填报频次): not in February's or June's ledger at all.
    expect(statusOf('XQ01', '2021-02', '2.5')).toBeUndefined();
    expect(statusOf('XQ01', '2021-06', '2.5')).toBeUndefined();
    // A quarterly indicator is in March's and June's ledgers, not in April's.
    expect(statusOf('XQ01', '2021-03', '1.1')).toBeDefined();
    expect(statusOf('XQ01', '2021-04', '1.1')).toBeUndefined();
    expect(['推进中', '已完成', '常态化']).toContain(statusOf('XQ01', '2021-06', '1.1'));
    const all = sample.ledgers.flatMap((l) => l.plan.sheets[0].rows.slice(5).map((r) => r[6]?.value));
    for (const s of ['推进中', '已完成', '常态化', '不适用']) expect(all).toContain(s);
  });

  it('has 0393 phones, real names and dates mostly on or before the 5th', () => {
    const headers = [...sample.previous.ledgers, ...sample.ledgers].map((l) => {
      const rows = l.plan.sheets[0].rows;
      return { l, filler: rows[1][6]?.value, phone: String(rows[1][8]?.value), date: rows[2][1]?.value };
    });
    const bad = headers.filter((h) => !/^(0393-\d{7}|1[3-9]\d{9})$/.test(h.phone)).map((h) => h.phone);
    expect(bad).toEqual(['0393-89123']);
    expect(
      headers.every((h) => typeof h.filler === 'string' && /^[\u4e00-\u9fa5]{2,3}$/.test(h.filler)),
    ).toBe(true);
    const onTime = headers.filter(
      (h) => (h.date as number) <= excelSerial(ledgerDueDate(h.l.month, sample.settings)),
    );
    expect(onTime.length / headers.length).toBeGreaterThan(0.9);
  });

  it('inspects with names from the team, never one’s own unit, leaving a few indicators to the self-score', () => {
    const records = [...sample.previous.inspections, ...sample.inspections].flatMap((i) => i.records);
    expect(checkRecusal(records, sample.team, sample.roster)).toEqual([]);
    const names = new Set(sample.team.members.map((m) => m.name));
    expect(records.filter((r) => r.score !== null).every((r) => names.has(r.inspector))).toBe(true);
    const deducted = records.filter((r) => r.score !== null && r.deductionReason);
    expect(deducted.length).toBeGreaterThan(100);
    expect(deducted.every((r) => /扣[\d.]+分$/.test(r.deductionReason))).toBe(true);
    // Only substantive deductions are written up as problems to rectify (发现问题, 整改要求, 时限):
    // one in a few, about one or two a unit and round — not one item per deduction.
    const points = new Map(sample.template.indicators.map((i) => [i.code, i.points]));
    const writtenUp = deducted.filter((r) => r.problems);
    expect(writtenUp.every((r) => r.deadline && r.rectification.includes('整改'))).toBe(true);
    expect(writtenUp.every((r) => writtenUpRule({ points: points.get(r.indicatorCode)! }, points.get(r.indicatorCode)! - r.score!))).toBe(true);
    expect(deducted.filter((r) => !r.problems).every((r) => !r.rectification && r.deadline === null)).toBe(true);
    const perUnitRound = writtenUp.length / (sample.roster.length * 3);
    expect(perUnitRound).toBeGreaterThan(0.5);
    expect(perUnitRound).toBeLessThan(3);
    expect(writtenUp.length).toBeLessThan(deducted.length / 3);
    expect(records.filter((r) => r.score === null).length).toBeGreaterThan(20);
  });

  it('describes every scenario tag in both languages', () => {
    const tags = new Set([...sample.ledgers, ...sample.previous.ledgers].flatMap((l) => l.scenario));
    for (const tag of tags) {
      expect(describeScenario(tag, 'zh')).not.toBe(tag);
      expect(describeScenario(tag, 'en')).not.toBe(tag);
    }
    expect(describeScenario('late:7')).toBe('逾期 7 天');
  });

  it('drops the metadata sheet only where the scenario says so', () => {
    const noMeta = sample.ledgers
      .filter((l) => !l.plan.sheets.some((s) => s.name === META_SHEET))
      .map((l) => l.fileName);
    expect(noMeta.sort()).toEqual(
      sample.expectations.identification
        .filter((i) => i.quirk !== 'odd-file-name')
        .map((i) => i.file)
        .sort(),
    );
    expect(sample.ledgers.every((l) => l.plan.sheets[0].name === LEDGER_SHEET)).toBe(true);
  });
});
