import { rule } from './types';

/**
 * Why a received file was accounted for as it was (文件清单): one reason per file, in words. The
 * problems that caused a rejection are findings of their own; these say what became of the file.
 */
export const ACCOUNT_PROBLEMS = {
  'account-valid': rule(
    'info',
    ['account'],
    { zh: '通过校验', en: 'Valid' },
    { zh: '通过校验，已采用', en: 'valid, used' },
    { zh: '台账没有错误和警告，已采用。', en: 'The ledger has no errors or warnings and is used.' },
  ),
  'account-warnings': rule(
    'info',
    ['account'],
    { zh: '有警告', en: 'Warnings' },
    { zh: '{warnings} 个警告', en: '{warnings} warnings' },
    { zh: '台账有警告但没有错误，已采用；警告见问题清单。', en: 'The ledger has warnings but no errors and is used; the warnings are listed.' },
  ),
  'account-rows-invalid': rule(
    'info',
    ['account'],
    { zh: '有错误的行不计为有效行', en: 'Rows with errors are not valid rows' },
    { zh: '{rows} 行有错误（不计为有效行，影响填报质量），共 {errors} 个错误', en: '{rows} rows with errors (not valid rows: they lower ledger quality), {errors} errors' },
    { zh: '台账已采用；有错误的行不计为有效行，降低填报质量得分。', en: 'The ledger is used; rows with errors are not valid rows and lower the quality score.' },
  ),
  'account-header-invalid': rule(
    'info',
    ['account'],
    { zh: '表头有错误', en: 'Header errors' },
    { zh: '表头有 {errors} 个错误（各行均有效）', en: '{errors} errors in the header (every row is valid)' },
    { zh: '错误在表头而不在台账行，填报质量不受影响，但请改正后重新报送。', en: 'The errors are in the header, not in rows: quality is unaffected, but the unit should correct them.' },
  ),
  'account-unidentified': rule(
    'error',
    ['account'],
    { zh: '无法确定报送单位或月份', en: 'Unit or month unknown' },
    { zh: '无法确定报送单位或报告月份：{reason}', en: 'The unit or month could not be determined: {reason}' },
    { zh: '表头、元数据和文件名都不能确定是哪个单位哪个月的台账，该文件未采用。', en: 'Neither header, metadata nor file name identify the unit and month; the file is not used.' },
  ),
  'account-month-outside-quarter': rule(
    'info',
    ['account'],
    { zh: '月份不属于本季度', en: 'Month outside the quarter' },
    { zh: '报告月份 {month} 不属于 {quarter}，本次汇总未采用', en: 'Month {month} is outside {quarter}; not used' },
    { zh: '季度点评只采用本季度各月（及跨季度双月检查期间）的台账。', en: 'A quarter’s review uses the ledgers of its months (and of a bimonth straddling it).' },
  ),
  'account-period-outside-quarter': rule(
    'info',
    ['account'],
    { zh: '检查期间不属于本季度', en: 'Inspection period outside the quarter' },
    {
      zh: '检查期间 {period} 不属于 {quarter}，本次汇总未采用其中的 {records} 条检查记录',
      en: 'Inspection period {period} is outside {quarter}; its {records} inspection records are not used',
    },
    {
      zh: '季度点评只采用与本季度月份重叠的双月检查期间的检查评分表（如第二季度采用 B2、B3）。其他期间的评分表已读取但不计分。',
      en: 'A quarter’s review uses the inspection workbooks of the bimonths overlapping it (B2 and B3 for Q2). Others are read but not scored.',
    },
  ),
  'account-superseded': rule(
    'info',
    ['account', 'conflict'],
    { zh: '已被较新的台账替换', en: 'Superseded by a later ledger' },
    {
      zh: '同一单位同一月份另有台账“{other}”，报送较晚，本文件被替换（本文件：填报日期 {filled}[[，收到日期 {received}]]；“{other}”：填报日期 {otherFilled}[[，收到日期 {otherReceived}]]）',
      en: 'Superseded by “{other}”, submitted later by the same unit for the same month (this file: filled in {filled}[[, received {received}]]; “{other}”: filled in {otherFilled}[[, received {otherReceived}]])',
    },
    {
      zh: '同一单位同一月份有多份台账时，按报送日期（办公室填写的收到日期，未填时为台账的填报日期）较晚者为准；日期相同时以后给出的文件为准。收到日期只属于填写它的那个文件。',
      en: 'Of several ledgers of one unit and month, the later submission counts: the 收到日期 the office typed for that file, else the ledger’s 填报日期; on equal dates the file given later. A 收到日期 belongs to the one file it was typed for.',
    },
  ),
  'account-previous-review': rule(
    'info',
    ['account'],
    { zh: '上季度点评，用于判定连续检查性发言', en: 'Previous review, used for consecutive statements' },
    { zh: '{quarter} 的点评工作簿，用于判定“连续两次作检查性发言”，不作为台账', en: 'the review of {quarter}, used for the rule of two consecutive statements, not as a ledger' },
    { zh: '与台账一起给出的上季度点评工作簿提供历次点评记录；它不是台账，也不算报送错误。', en: 'The previous quarter’s review given along with the ledgers supplies the history; it is not a ledger and not a submission error.' },
  ),
  'account-inspection-records': rule(
    'info',
    ['account', 'inspection'],
    { zh: '检查记录', en: 'Inspection records' },
    { zh: '{records} 条检查记录', en: '{records} inspection records' },
    { zh: '检查评分表中可用的检查记录条数。', en: 'The number of usable records in the inspection workbook.' },
  ),
  'account-inspection-empty': rule(
    'error',
    ['account', 'inspection'],
    { zh: '没有可用的检查记录', en: 'No usable inspection records' },
    { zh: '没有可用的检查记录', en: 'no usable inspection records' },
    { zh: '检查评分表中没有填写检查得分的行。', en: 'No row of the inspection workbook has an inspection score.' },
  ),
} as const;
