import { OUTCOME_LABELS, quarterLabel, type OutcomeKind, type QuarterReview } from '@ledger-review/scoring';
import { address, columnLetter, sheetRef } from '../xlsx/a1';
import { formula, type SheetPlan, type ValidationPlan } from '../sheet/plan';
import type { HandTyped } from '../consolidate/types';
import {
  CONFIRM_CHOICES,
  NOTE_ROW,
  OUTCOME_COLUMNS,
  PROPOSAL_MARK,
  REVIEW_SHEETS,
  TITLE_ROW,
  columnOf,
  confirmKey,
} from './layout';
import { REVIEW_TEXT } from './messages';
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

/**
 * 点评结果: one block per outcome kind (subtitle, header, units in display order). 综合得分 and
 * 排名 refer to the 综合排名 cells. Severe outcomes are proposals: marked 拟提议, with an
 * 办公室确认 dropdown (待确认 / 同意 / 不同意) the office fills and a rebuild keeps.
 */
export function outcomeSheet(review: QuarterReview, ranking: RankingRefs, handTyped: HandTyped): SheetPlan {
  const grid = new GridBuilder();
  const last = columnLetter(OUTCOME_COLUMNS.length);
  grid.put(TITLE_ROW, 1, text(`${quarterLabel(review.quarter)}点评结果`, 'title'));
  grid.put(NOTE_ROW, 1, text(REVIEW_TEXT.outcomeNote().zh, 'note', { wrap: true }));
  const merges = [`A${TITLE_ROW}:${last}${TITLE_ROW}`, `A${NOTE_ROW}:${last}${NOTE_ROW}`];
  const validations: ValidationPlan[] = [];
  let r = NOTE_ROW + 2;

  OUTCOME_ORDER.forEach((kind, k) => {
    const members = review.units.flatMap((unit) =>
      unit.outcomes.filter((x) => x.kind === kind).map((outcome) => ({ unit, outcome })),
    );
    const label = OUTCOME_LABELS[kind].zh;
    const proposed = members.some((m) => m.outcome.proposed);
    grid.put(
      r,
      1,
      text(
        `${ZH_ORDINALS[k] ?? k + 1}、${label}（${members.length} 个单位）${proposed ? `—— ${PROPOSAL_MARK}，待办公室确认` : ''}`,
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
      const rankingRow = ranking.rowOf.get(unit.unitCode);
      const typed = handTyped.byUnit[unit.unitCode]?.[confirmKey(outcome.label)];
      grid.putRow(r, [
        { value: i + 1, numFmt: '0', style: 'number' },
        text(outcome.label, 'locked'),
        text(unit.group, 'locked'),
        text(unit.unitCode, 'locked'),
        text(unit.unitName, 'locked'),
        rankingRow
          ? formula(
              sheetRef(REVIEW_SHEETS.ranking, `$${columnLetter(ranking.compositeColumn)}$${rankingRow}`),
              '0.00',
              'number',
              unit.composite,
            )
          : { value: unit.composite, numFmt: '0.00', style: 'number' },
        rankingRow
          ? formula(
              sheetRef(REVIEW_SHEETS.ranking, `$${columnLetter(ranking.rankColumn)}$${rankingRow}`),
              '0',
              'number',
              unit.rank,
            )
          : { value: unit.rank, numFmt: '0', style: 'number' },
        text(outcome.reason, 'locked', { wrap: true }),
        text(outcome.proposed ? PROPOSAL_MARK : '', outcome.proposed ? 'warn' : 'locked'),
        outcome.proposed ? handCell(typed || CONFIRM_CHOICES[0]) : null,
      ]);
      r++;
    });
    if (proposed) {
      validations.push({
        range: `${address(first, o('confirm'))}:${address(r - 1, o('confirm'))}`,
        kind: 'list',
        list: [...CONFIRM_CHOICES],
        allowBlank: true,
        errorTitle: '办公室确认',
        error: `请选择：${CONFIRM_CHOICES.join('、')}。`,
        promptTitle: '办公室确认',
        prompt: '拟提议事项须经办公室确认后方可执行。',
      });
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
