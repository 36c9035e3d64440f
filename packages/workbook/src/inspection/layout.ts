/** The bimonthly inspection workbook (双月检查评分表) layout. */
export const INSPECTION_SHEET = '检查评分';
export const INSPECTION_TEAM_SHEET = '检查组';
export const INSPECTION_TABLE_HEADER_ROW = 4;
export const INSPECTION_FIRST_DATA_ROW = 5;

export type InspectionField =
  | 'unitName'
  | 'unitCode'
  | 'indicatorCode'
  | 'text'
  | 'points'
  | 'selfScore'
  | 'score'
  | 'deductionReason'
  | 'problems'
  | 'rectification'
  | 'deadline'
  | 'inspector';

export const INSPECTION_COLUMNS: ReadonlyArray<{ field: InspectionField; label: string; width: number; locked: boolean }> = [
  { field: 'unitName', label: '单位名称', width: 22, locked: true },
  { field: 'unitCode', label: '单位编码', width: 9, locked: true },
  { field: 'indicatorCode', label: '指标编号', width: 8, locked: true },
  { field: 'text', label: '指标内容', width: 36, locked: true },
  { field: 'points', label: '分值', width: 6, locked: true },
  { field: 'selfScore', label: '自评分', width: 7, locked: true },
  { field: 'score', label: '检查得分', width: 8, locked: false },
  { field: 'deductionReason', label: '扣分原因', width: 24, locked: false },
  { field: 'problems', label: '发现问题', width: 24, locked: false },
  { field: 'rectification', label: '整改要求', width: 24, locked: false },
  { field: 'deadline', label: '整改时限', width: 11, locked: false },
  { field: 'inspector', label: '检查人', width: 10, locked: false },
];

/** Labels a reader must find (SPEC section 5); 单位编码 and 指标内容 are extras for convenience. */
export const INSPECTION_REQUIRED: readonly InspectionField[] = [
  'unitName',
  'indicatorCode',
  'points',
  'selfScore',
  'score',
  'deductionReason',
  'problems',
  'rectification',
  'deadline',
  'inspector',
];

export function inspectionColumn(field: InspectionField): number {
  return INSPECTION_COLUMNS.findIndex((c) => c.field === field) + 1;
}
