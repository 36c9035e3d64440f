/**
 * The public functions accept readonly inputs: frozen defaults (`DEFAULT_ROSTER`,
 * `DEFAULT_TEMPLATE`), `as const` literals and deeply readonly records a caller keeps in an
 * immutable store. This file is the type-level test — `npm run typecheck` refuses it if any
 * input type below wants a mutable array again — and at run time it checks that the calls give
 * the same results as with mutable copies (so nothing relies on mutating its input).
 */
import {
  DEFAULT_ROSTER,
  DEFAULT_SETTINGS,
  DEFAULT_TEMPLATE,
  applicableIndicators,
  assignInspectors,
  checkRecusal,
  decideOutcomes,
  defaultInspectionTeamStructure,
  resolveUnit,
  reviewQuarter,
  scorePeriod,
  statementHistory,
  templateFingerprint,
  validateLedger,
  type IndicatorTemplate,
  type InspectionRecord,
  type InspectionTeam,
  type LedgerFacts,
  type PriorReview,
  type RawLedger,
  type Unit,
} from '@ledger-review/scoring';
import {
  buildLedgerPlan,
  checkLedgerWorkbook,
  consolidate,
  defaultReviewContext,
  inferQuarter,
  readGrids,
  readLedgerSheets,
  renderWorkbook,
  runReview,
  type GridSheet,
  type ReceivedFile,
} from '@ledger-review/workbook';
import { filledLedgerBytes } from '../fixtures/ledgers';

/** What a caller holding immutable state has: every array and object readonly, all the way down. */
type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends ReadonlyMap<infer K, infer V>
    ? ReadonlyMap<K, DeepReadonly<V>>
    : T extends ReadonlyArray<infer E>
      ? ReadonlyArray<DeepReadonly<E>>
      : T extends object
        ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
        : T;

function frozen<T>(value: T): DeepReadonly<T> {
  if (value && typeof value === 'object' && !(value instanceof Map) && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) frozen(v);
    Object.freeze(value);
  }
  return value as DeepReadonly<T>;
}

const roster: DeepReadonly<Unit[]> = frozen(structuredClone(DEFAULT_ROSTER) as Unit[]);
const template: DeepReadonly<IndicatorTemplate> = DEFAULT_TEMPLATE;
const hualong = resolveUnit('华龙区', roster).unit!;

function inspectionsFor(units: readonly Unit[]): InspectionRecord[] {
  return units.flatMap((unit) =>
    applicableIndicators(DEFAULT_TEMPLATE, unit).map((ind) => ({
      period: '2021-B2',
      unitCode: unit.code,
      indicatorCode: ind.code,
      score: ind.points - 1,
      deductionReason: '',
      problems: '',
      rectification: '',
      deadline: null,
      inspector: '',
    })),
  );
}

function ledgersFor(units: readonly Unit[]): LedgerFacts[] {
  return units.flatMap((unit) =>
    (['2021-04', '2021-05', '2021-06'] as const).map((month) => ({
      unitCode: unit.code,
      month,
      filledDate: `${month}-03`,
      receivedDate: null,
      selfScores: {},
      validRows: applicableIndicators(DEFAULT_TEMPLATE, unit).length,
      applicableRows: applicableIndicators(DEFAULT_TEMPLATE, unit).length,
    })),
  );
}

describe('the scoring library takes readonly inputs', () => {
  test('reviewQuarter({ roster: DEFAULT_ROSTER, … }) with frozen records and history', () => {
    const units = DEFAULT_ROSTER.slice(0, 6);
    const history = frozen<PriorReview[]>([{ quarter: '2021Q1', statementUnitCodes: [units[2].code] }]);
    const review = reviewQuarter({
      quarter: '2021Q2',
      template,
      roster: DEFAULT_ROSTER,
      inspections: frozen(inspectionsFor(units)),
      ledgers: frozen(ledgersFor(units)),
      history,
    });
    const deep = reviewQuarter({
      quarter: '2021Q2',
      template,
      roster,
      inspections: frozen(inspectionsFor(units)),
      ledgers: frozen(ledgersFor(units)),
      history,
    });
    const mutable = reviewQuarter({
      quarter: '2021Q2',
      template: structuredClone(DEFAULT_TEMPLATE) as IndicatorTemplate,
      roster: structuredClone(DEFAULT_ROSTER) as Unit[],
      inspections: inspectionsFor(units),
      ledgers: ledgersFor(units),
      history: [{ quarter: '2021Q1', statementUnitCodes: [units[2].code] }],
    });
    expect(review).toEqual(mutable);
    expect(deep).toEqual(mutable);
    expect(review.units).toHaveLength(DEFAULT_ROSTER.length);
  });

  test('scorePeriod, decideOutcomes, statementHistory', () => {
    const period = scorePeriod({
      unit: hualong,
      template,
      period: '2021-B2',
      inspections: frozen(inspectionsFor([hualong])),
      ledgers: frozen(ledgersFor([hualong])),
      settings: DEFAULT_SETTINGS,
    });
    expect(period.obtained).toBe(period.available - applicableIndicators(DEFAULT_TEMPLATE, hualong).length);
    const decision = decideOutcomes(
      frozen({
        group: '县区' as const,
        composite: 95,
        rank: 1,
        bottomRank: 10,
        missingMonths: ['2021-05', '2021-06'] as const,
        civilized: false,
        previousStreak: 0,
      }),
      DEFAULT_SETTINGS,
    );
    expect(decision.outcomes.map((o) => o.kind)).toContain('disqualify');
    expect(statementHistory(frozen<PriorReview[]>([{ quarter: '2021Q1', statementUnitCodes: ['x'] }])).size).toBe(1);
  });

  test('inspection team: assignInspectors and checkRecusal over a frozen team', () => {
    const team: DeepReadonly<InspectionTeam> = frozen(defaultInspectionTeamStructure(DEFAULT_ROSTER));
    const assignments = assignInspectors(team, roster);
    expect(assignments.length).toBeGreaterThan(0);
    expect(checkRecusal(frozen(inspectionsFor([hualong])), team, roster)).toEqual([]);
  });

  test('validateLedger with readonly rows, findings and known versions', () => {
    const raw: DeepReadonly<RawLedger> = frozen({
      sheet: '工作台账',
      header: {},
      columns: {},
      rows: [{ row: 6, cells: { code: '1.1' } }],
      preFindings: [],
    });
    const validation = validateLedger(raw, {
      template,
      roster,
      settings: DEFAULT_SETTINGS,
      knownTemplateVersions: [DEFAULT_TEMPLATE.version] as const,
    });
    expect(validation.report.valid).toBe(false);
  });
});

describe('the workbook library takes readonly inputs', () => {
  let sheets: DeepReadonly<GridSheet[]>;
  beforeAll(async () => {
    sheets = frozen(readGrids(await filledLedgerBytes({})));
  });

  test('reading and checking frozen grids', () => {
    const context = defaultReviewContext();
    expect(readLedgerSheets(sheets, '华龙区.xlsx').raw?.rows.length).toBeGreaterThan(0);
    const check = checkLedgerWorkbook(sheets, '华龙区.xlsx', context);
    expect(check.errors).toBe(0);
    const files: readonly ReceivedFile[] = frozen([{ name: '华龙区.xlsx', sheets }]);
    const consolidation = consolidate(files, context);
    expect(consolidation.ledgers).toHaveLength(1);
    const run = runReview({ received: files, quarter: '2021Q2', context });
    expect(run.review.units.find((u) => u.unitCode === hualong.code)?.ledgers[0].state).toBe('on-time');
    expect(inferQuarter(['2021-04', '2021-05'] as const)).toBe('2021Q2');
  });

  test('a ledger plan carrying frozen rows from last month', async () => {
    const context = defaultReviewContext();
    const previous = checkLedgerWorkbook(sheets, '华龙区.xlsx', context);
    const plan = buildLedgerPlan({
      template,
      unit: hualong,
      month: '2021-05',
      settings: DEFAULT_SETTINGS,
      fingerprint: templateFingerprint(template.indicators),
      carry: frozen({ header: { filler: '张三' }, rows: previous.rows }),
    });
    expect((await renderWorkbook(plan)).length).toBeGreaterThan(0);
  });
});
