import { rule } from './types';

/** Problems of the template workbook as a whole (its sheets), beyond those of each sheet's rows. */
export const TEMPLATE_WORKBOOK_PROBLEMS = {
  'template-sheet-missing': rule(
    'error',
    ['template-workbook'],
    { zh: '模板工作簿缺少工作表', en: 'Template workbook sheet missing' },
    { zh: '模板工作簿缺少“{sheet}”工作表', en: 'The template workbook has no sheet {sheet}' },
    { zh: '模板工作簿须包含指标体系、单位名录工作表。', en: 'A template workbook holds the indicator and roster sheets.' },
  ),
  'settings-sheet-missing': rule(
    'warning',
    ['template-workbook'],
    { zh: '缺少评分规则工作表', en: 'Settings sheet missing' },
    { zh: '模板工作簿缺少“{sheet}”工作表，按默认评分规则处理', en: 'The template workbook has no sheet {sheet}; the default scoring settings are used' },
    { zh: '没有评分规则工作表时，使用工作方案的默认评分规则。', en: 'Without a settings sheet, the work plan’s default settings apply.' },
  ),
  'team-unit-unknown': rule(
    'error',
    ['template-workbook', 'roster'],
    { zh: '检查组成员所属单位不在名录中', en: 'Inspector’s unit not in roster' },
    { zh: '检查组成员所属单位“{unit}”不在单位名录中', en: 'The inspector’s unit "{unit}" is not in the roster' },
    { zh: '检查组成员须来自名录中的单位，回避按所属单位判断。', en: 'Inspectors belong to roster units; recusal is decided by that unit.' },
  ),
  'team-role-invalid': rule(
    'error',
    ['template-workbook', 'roster'],
    { zh: '检查组职务无效', en: 'Invalid inspector role' },
    { zh: '职务“{role}”无效，应为副局长、科长或创建专班', en: 'Role "{role}" must be 副局长, 科长 or 创建专班' },
    { zh: '双月检查组由各局副局长、科长和创建专班人员组成。', en: 'Sub-teams are a deputy director, a section chief and a 创建专班 staff member.' },
  ),
} as const;
