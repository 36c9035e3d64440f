import {
  OUTCOME_LABELS,
  quarterLabel,
  renderFinding,
  type OfficeDecisionResult,
  type OutcomeKind,
  type QuarterReview,
  type ReviewOutcome,
  type UnitQuarterResult,
} from '@ledger-review/scoring';
import { address, columnLetter, sheetRef } from '../xlsx/a1';
import { formula, listRule, type CellPlan, type SheetPlan, type ValidationPlan } from '../sheet/plan';
import type { HandTyped } from '../consolidate/types';
import {
  CONFIRM_CHOICES,
  CONFIRM_LABEL,
  DECISION_ACTION_CHOICES,
  DECISION_APPLIED,
  DECISION_BLANK_ROWS,
  DECISION_COLUMNS,
  DECISION_OUTCOME_CHOICES,
  DECISION_TITLE,
  NOTE_ROW,
  OFFICE_ADDED_MARK,
  OFFICE_REMOVED_MARK,
  OUTCOME_COLUMNS,
  PROPOSAL_MARK,
  RANKING_LEAD_COLUMNS,
  REVIEW_SHEETS,
  TITLE_ROW,
  columnOf,
  confirmKey,
} from './layout';
import { REVIEW_TEXT } from './messages';
import type { DecisionRow } from './readBack';
import { GridBuilder, handCell, headerCells, text } from './sheetKit';
import type { RankingRefs } from './types';

/** Outcome blocks in the order the meeting takes them. */
export const OUTCOME_ORDER: readonly OutcomeKind[] = [
  'experience',
  'statement',
  'criticism',
  'interview',
  'disqualify',
  'revokeCivilized',
];

const o = (key: (typeof OUTCOME_COLUMNS)[number]['key']) => columnOf(OUTCOME_COLUMNS, key);
const ZH_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The 办公室调整 lines as the sheet writes them (the decisions' cells), for the fingerprint. */
export function decisionCells(review: QuarterReview): DecisionRow['cells'][] {
  return review.decisions.map((d) => ({
    outcome: d.input.outcome.trim(),
    action: d.input.action.trim(),
    unitCode: d.unitCode ?? '',
    unitName: d.unitName ?? d.input.unit.trim(),
    reason: d.input.reason.trim(),
  }));
}

/** 处理结果 of a decision: 已生效, or why not in the registry's words. */
function decisionResult(d: OfficeDecisionResult): string {
  return d.status === 'applied' || !d.finding ? DECISION_APPLIED : renderFinding(d.finding);
}

interface BlockRow {
  unit: UnitQuarterResult;
  outcome: ReviewOutcome;
}

/** The 性质 cell of a block row: 拟提议, or the office's change, or nothing. */
function natureOf(outcome: ReviewOutcome): CellPlan {
  if (outcome.proposed) return text(PROPOSAL_MARK, 'warn');
  if (outcome.office?.action === 'remove') return text(OFFICE_REMOVED_MARK, 'bad');
  if (outcome.office?.action === 'add') return text(OFFICE_ADDED_MARK, 'warn');
  return text('', 'locked');
}

/** 原因 of a block row: the rules' reason, and the office's where it changed the list. */
function reasonOf(outcome: ReviewOutcome): string {
  if (outcome.office?.action === 'remove') return `${outcome.reason}；${REVIEW_TEXT.officeRemoved(outcome.office.reason).zh}`;
  return outcome.reason;
}

/**
 * 点评结果: first 办公室调整 — the office's changes to the computed 经验介绍 and 检查性发言 lists,
 * each line with its reason and what became of it (已生效, or why not), then empty lines for new
 * ones — and then one block per outcome kind (subtitle, header, units in display order) holding
 * the confirmed lists; a proposal the office removed stays in its block, marked 办公室取消 with
 * the reason. 综合得分 and 排名 refer to the 综合排名 cells. Severe outcomes are proposals:
 * marked 拟提议, with an 办公室确认 dropdown (待确认 / 同意 / 不同意) the office fills and a
 * rebuild keeps.
 */
export function outcomeSheet(review: QuarterReview, ranking: RankingRefs, handTyped: HandTyped): SheetPlan {
  const grid = new GridBuilder();
  const last = columnLetter(OUTCOME_COLUMNS.length);
  grid.put(TITLE_ROW, 1, text(`${quarterLabel(review.quarter)}点评结果`, 'title'));
  grid.put(NOTE_ROW, 1, text(REVIEW_TEXT.outcomeNote().zh, 'note', { wrap: true }));
  const merges = [`A${TITLE_ROW}:${last}${TITLE_ROW}`, `A${NOTE_ROW}:${last}${NOTE_ROW}`];
  const validations: ValidationPlan[] = [];
  let r = NOTE_ROW + 2;

  const refs = (unitCode: string | null, composite: number | null, rank: number | null): [CellPlan | null, CellPlan | null] => {
    const rankingRow = unitCode ? ranking.rowOf.get(unitCode) : undefined;
    if (rankingRow === undefined || composite === null || rank === null) {
      return [composite === null ? null : { value: composite, numFmt: '0.00', style: 'number' }, rank === null ? null : { value: rank, numFmt: '0', style: 'number' }];
    }
    return [
      formula(sheetRef(REVIEW_SHEETS.ranking, `$${columnLetter(ranking.compositeColumn)}$${rankingRow}`), '0.00', 'number', composite),
      formula(sheetRef(REVIEW_SHEETS.ranking, `$${columnLetter(ranking.rankColumn)}$${rankingRow}`), '0', 'number', rank),
    ];
  };

  // 办公室调整
  const applied = review.decisions.filter((d) => d.status === 'applied').length;
  grid.put(r, 1, text(REVIEW_TEXT.decisionSubtitle(DECISION_TITLE, review.decisions.length, applied).zh, 'subtitle'));
  merges.push(`A${r}:${last}${r}`);
  r++;
  grid.put(r, 1, text(REVIEW_TEXT.decisionNote().zh, 'note', { wrap: true }));
  merges.push(`A${r}:${last}${r}`);
  r++;
  const d = (key: (typeof DECISION_COLUMNS)[number]['key']) => columnOf(DECISION_COLUMNS, key);
  grid.putRow(r, headerCells(DECISION_COLUMNS));
  merges.push(`${columnLetter(d('result'))}${r}:${last}${r}`);
  r++;
  const firstDecision = r;
  const unitsByCode = new Map(review.units.map((u) => [u.unitCode, u]));
  const cells = decisionCells(review);
  review.decisions.forEach((decision, i) => {
    const unit = decision.unitCode ? unitsByCode.get(decision.unitCode) : undefined;
    const [composite, rank] = refs(decision.unitCode, unit?.composite ?? null, unit?.rank ?? null);
    const c = cells[i];
    grid.putRow(r, [
      { value: i + 1, numFmt: '0', style: 'number' },
      handCell(c.outcome),
      handCell(c.action),
      handCell(c.unitCode),
      handCell(c.unitName),
      composite,
      rank,
      handCell(c.reason),
      text(decisionResult(decision), decision.status === 'applied' ? 'good' : 'warn', { wrap: true }),
    ]);
    merges.push(`${columnLetter(d('result'))}${r}:${last}${r}`);
    r++;
  });
  for (let k = 0; k < DECISION_BLANK_ROWS; k++) {
    grid.putRow(r, [null, handCell(''), handCell(''), handCell(''), handCell(''), null, null, handCell(''), null]);
    merges.push(`${columnLetter(d('result'))}${r}:${last}${r}`);
    r++;
  }
  const lastDecision = r - 1;
  grid.put(r, 1, text(REVIEW_TEXT.decisionEnd().zh, 'note'));
  merges.push(`A${r}:${last}${r}`);
  r += 2;
  const column = (key: (typeof DECISION_COLUMNS)[number]['key']) =>
    `${address(firstDecision, d(key))}:${address(lastDecision, d(key))}`;
  validations.push(
    listRule(column('outcome'), DECISION_OUTCOME_CHOICES, '点评结果', { prompt: '办公室只调整经验介绍和检查性发言名单。' }),
    listRule(column('action'), DECISION_ACTION_CHOICES, '调整', { prompt: '增加：列入名单；取消：移出名单。' }),
  );
  const rankingRows = [...ranking.rowOf.values()];
  if (rankingRows.length) {
    const nameColumn = columnLetter(columnOf(RANKING_LEAD_COLUMNS, 'unitName'));
    const names = sheetRef(REVIEW_SHEETS.ranking, `$${nameColumn}$${Math.min(...rankingRows)}:$${nameColumn}$${Math.max(...rankingRows)}`);
    validations.push(
      listRule(column('unitName'), { formula: names }, '单位名称', {
        error: '请从单位名录中选择单位。',
        prompt: '从列表中选择单位（也可只填单位编码）。',
      }),
    );
  }

  OUTCOME_ORDER.forEach((kind, k) => {
    const members: BlockRow[] = review.units.flatMap((unit) =>
      [...unit.outcomes, ...unit.overruled].filter((x) => x.kind === kind).map((outcome) => ({ unit, outcome })),
    );
    const confirmed = members.filter((m) => m.outcome.office?.action !== 'remove');
    const added = members.filter((m) => m.outcome.office?.action === 'add').length;
    const removed = members.length - confirmed.length;
    const label = OUTCOME_LABELS[kind].zh;
    const proposed = members.some((m) => m.outcome.proposed);
    grid.put(
      r,
      1,
      text(
        `${ZH_ORDINALS[k] ?? k + 1}、${label}（${confirmed.length} 个单位${REVIEW_TEXT.officeCounts(added, removed).zh}）${proposed ? `—— ${PROPOSAL_MARK}，待办公室确认` : ''}`,
        'subtitle',
      ),
    );
    merges.push(`A${r}:${last}${r}`);
    r++;
    grid.putRow(r, headerCells(OUTCOME_COLUMNS));
    r++;
    if (members.length === 0) {
      grid.put(r, 1, text('（无）', 'note'));
      r += 2;
      return;
    }
    const first = r;
    members.forEach(({ unit, outcome }, i) => {
      const typed = handTyped.byUnit[unit.unitCode]?.[confirmKey(outcome.label)];
      const [composite, rank] = refs(unit.unitCode, unit.composite, unit.rank);
      grid.putRow(r, [
        { value: i + 1, numFmt: '0', style: 'number' },
        text(outcome.label, 'locked'),
        text(unit.group, 'locked'),
        text(unit.unitCode, 'locked'),
        text(unit.unitName, 'locked'),
        composite,
        rank,
        text(reasonOf(outcome), 'locked', { wrap: true }),
        natureOf(outcome),
        outcome.proposed ? handCell(typed || CONFIRM_CHOICES[0]) : null,
      ]);
      r++;
    });
    if (proposed) {
      const range = `${address(first, o('confirm'))}:${address(r - 1, o('confirm'))}`;
      validations.push(listRule(range, CONFIRM_CHOICES, CONFIRM_LABEL, { prompt: '拟提议事项须经办公室确认后方可执行。' }));
    }
    r++;
  });

  return {
    name: REVIEW_SHEETS.outcomes,
    rows: grid.rows,
    columns: OUTCOME_COLUMNS.map((c) => ({ width: c.width })),
    merges,
    validations,
    print: { landscape: true, fitToWidth: true },
  };
}
