import { rule } from './types';

/**
 * Problems of the 整改 closed loop: what a unit reports in its ledger's 整改情况 sheet, what the
 * next round's team records in 整改复查, and what the office typed in the review's 整改台账.
 * None stops a ledger from being accepted: its scores do not depend on them.
 */
export const RECTIFICATION_PROBLEMS = {
  'rectification-sheet-unreadable': rule(
    'warning',
    ['rectification', 'structure'],
    { zh: '整改情况表无法读取', en: 'Rectification sheet unreadable' },
    { zh: '“{sheet}”工作表缺少表头（{labels}），本单位报告的整改情况未能读取', en: 'Sheet {sheet} lacks its header ({labels}); the unit’s rectification reports were not read' },
    {
      zh: '台账中的“整改情况”工作表按表头文字查找各列；表头被删改后无法读取。',
      en: 'The ledger’s 整改情况 sheet is read by its header labels; with the header changed it cannot be read.',
    },
  ),
  'rectification-status-invalid': rule(
    'warning',
    ['rectification', 'row'],
    { zh: '整改状态无效', en: 'Invalid rectification status' },
    { zh: '问题 {id} 的整改状态“{value}”无效，应从下拉列表选择：未启动、整改中、已完成', en: 'Item {id}: status "{value}" is not one of 未启动, 整改中, 已完成' },
    { zh: '整改状态只能从下拉列表选择。', en: 'The status is chosen from the dropdown.' },
  ),
  'rectification-done-without-evidence': rule(
    'warning',
    ['rectification', 'row'],
    { zh: '报已完成但无佐证材料', en: 'Reported done without evidence' },
    { zh: '问题 {id} 报“已完成”，但未列明佐证材料', en: 'Item {id} is reported 已完成 without evidence' },
    {
      zh: '报“已完成”的整改事项须列明佐证材料；办公室据以核实后才会销号。单位报“已完成”本身不销号。',
      en: 'An item reported done needs its evidence listed; the office closes it only after checking. A unit’s 已完成 closes nothing by itself.',
    },
  ),
  'rectification-measures-missing': rule(
    'warning',
    ['rectification', 'row'],
    { zh: '未填整改措施', en: 'No measures described' },
    { zh: '问题 {id} 报“{status}”，但未填写整改措施及进展', en: 'Item {id} is reported {status} without measures or progress' },
    { zh: '状态为“整改中”或“已完成”时，须写明采取的整改措施和进展。', en: 'With 整改中 or 已完成, the measures taken and the progress are described.' },
  ),
  'rectification-date-invalid': rule(
    'warning',
    ['rectification', 'cell'],
    { zh: '完成日期无效', en: 'Invalid completion date' },
    { zh: '问题 {id} 的完成日期“{value}”不是有效日期', en: 'Item {id}: completion date "{value}" is not a date' },
    { zh: '完成日期应为日期，如 2021-05-20。', en: 'The completion date is a date, e.g. 2021-05-20.' },
  ),
  'rectification-id-unknown': rule(
    'warning',
    ['rectification', 'row'],
    { zh: '问题编号不是本单位的整改事项', en: 'Unknown rectification item' },
    { zh: '问题编号“{id}”不是{unit}的整改事项，该行已忽略', en: 'Item "{id}" is not one of {unit}’s rectification items; the row is ignored' },
    {
      zh: '“整改情况”中的问题编号由办公室预填；编号被改动、抄自其他单位或已不存在时，该行报告不计入整改台账。',
      en: 'Item ids in 整改情况 are pre-filled by the office; an id changed, copied from another unit or no longer known is not recorded in the 整改台账.',
    },
  ),
  'rectification-close-without-evidence': rule(
    'warning',
    ['rectification'],
    { zh: '填了完成时间但无销号依据', en: 'Completion date without evidence' },
    { zh: '整改台账中问题 {id}（{unit}）填了完成时间，但没有销号依据，仍按未销号处理', en: 'Item {id} ({unit}) has a completion date but no evidence in the 整改台账; it stays open' },
    {
      zh: '整改事项只有办公室填写了完成时间和销号依据（核实所依据的材料）后才算销号；只填时间不销号。',
      en: 'An item is closed only when the office types both the completion date and the evidence it relied on; a date alone closes nothing.',
    },
  ),
  'recheck-result-invalid': rule(
    'warning',
    ['rectification', 'inspection'],
    { zh: '复查结果无效', en: 'Invalid re-check result' },
    { zh: '问题 {id} 的复查结果“{value}”无效，应为：已整改、部分整改、未整改', en: 'Item {id}: re-check result "{value}" is not one of 已整改, 部分整改, 未整改' },
    { zh: '复查结果只能从下拉列表选择。', en: 'The re-check result is chosen from the dropdown.' },
  ),
  'round-period-mismatch': rule(
    'error',
    ['inspection'],
    { zh: '检查评分表的检查期间不符', en: 'Inspection workbook of another round' },
    { zh: '检查评分表的检查期间为 {found}，不是 {period}，未使用', en: 'The inspection workbook is for {found}, not {period}; not used' },
    { zh: '一轮双月检查只汇总本期间的检查评分表。', en: 'A round consolidates only the inspection workbooks of its own period.' },
  ),
} as const;
