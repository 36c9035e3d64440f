import { rule } from './types';

/** Problems of the scoring settings (评分规则): values out of range, or settings that contradict each other. */
export const SETTINGS_PROBLEMS = {
  'settings-integer-range': rule(
    'error',
    ['settings'],
    { zh: '设置值应为整数', en: 'Setting must be a whole number' },
    { zh: '{label}（{key}）应为 {min}–{max} 的整数，现为 {value}', en: '{label} ({key}) must be an integer from {min} to {max}, got {value}' },
    { zh: '截止日、名额、连续次数等设置只能是给定范围内的整数。', en: 'Days, quotas and streak counts are whole numbers within a range.' },
  ),
  'settings-number-range': rule(
    'error',
    ['settings'],
    { zh: '设置值超出范围', en: 'Setting out of range' },
    { zh: '{label}（{key}）应为 {min}–{max} 的数值，现为 {value}', en: '{label} ({key}) must be a number from {min} to {max}, got {value}' },
    { zh: '权重、分数线等设置须为给定范围内的数值。', en: 'Weights and score lines are numbers within a range.' },
  ),
  'settings-per-group': rule(
    'error',
    ['settings'],
    { zh: '名额须分组给出', en: 'Quota needed per group' },
    { zh: '{label}（{key}）应分别给出县区、市直的人数（0–100 的整数）', en: '{label} ({key}) needs a whole number 0–100 for each group (县区, 市直)' },
    { zh: '经验介绍、检查性发言的名额按县区组和市直组分别设置。', en: 'The 经验介绍 and 检查性发言 quotas are set for each group.' },
  ),
  'settings-zone-group': rule(
    'error',
    ['settings'],
    { zh: '功能区排名分组无效', en: 'Invalid ranking group for functional zones' },
    { zh: '功能区排名分组（functionalZoneGroup）应为“县区”或“市直”，现为 {value}', en: 'functionalZoneGroup must be 县区 or 市直, got {value}' },
    { zh: '开发区、工业园区、示范区与县区组或市直组一并排名。', en: 'The functional zones are ranked with either the 县区 or the 市直 group.' },
  ),
  'settings-weights-sum': rule(
    'error',
    ['settings'],
    { zh: '权重之和不为 1', en: 'Weights do not add up to 1' },
    { zh: '三项权重之和应为 1（现为 {inspection} + {timeliness} + {quality}）', en: 'The three weights must add up to 1 (got {inspection} + {timeliness} + {quality})' },
    { zh: '综合得分 = 检查得分率、报送及时率、填报质量的加权和，权重合计须为 1。', en: 'The composite is a weighted sum of the three rates; the weights must add up to 1.' },
  ),
  'settings-experience-below-statement': rule(
    'error',
    ['settings'],
    { zh: '经验介绍最低分低于检查性发言分数线', en: 'Experience minimum below the statement line' },
    { zh: '经验介绍最低分（{experienceMin}）不能低于检查性发言分数线（{statementBelow}），否则同一单位可能两者兼有', en: 'experienceMin ({experienceMin}) must not be below statementBelow ({statementBelow}), or one unit could get both' },
    { zh: '同一单位不能既作经验介绍又作检查性发言。', en: 'No unit may both present its experience and give a self-critical statement.' },
  ),
  'settings-floor-above-line': rule(
    'error',
    ['settings'],
    { zh: '兜底线高于分数线', en: 'Floor above the statement line' },
    { zh: '检查性发言兜底线（{statementFloor}）不能高于分数线（{statementBelow}）', en: 'statementFloor ({statementFloor}) must not exceed statementBelow ({statementBelow})' },
    { zh: '兜底线是“一律作检查性发言”的更低分数线。', en: 'The floor is the lower line below which every unit gives a statement.' },
  ),
  'settings-round-order': rule(
    'error',
    ['settings'],
    { zh: '双月检查日程先后不对', en: 'Inspection round dates out of order' },
    {
      zh: '双月检查日程应为：单位自查截止日（{selfCheck}）≤ 检查开始日（{start}）≤ 检查结束日（{end}）< 季度点评会议日（{review}）',
      en: 'The round must run self-check day ({selfCheck}) ≤ start ({start}) ≤ end ({end}) < review day ({review})',
    },
    {
      zh: '每轮双月检查在检查期间结束后的次月进行：先单位自查，再检查组检查；季度最后一轮的检查结果要在同月的点评会议前报出。',
      en: 'A round runs in the month after its bimonth: the units’ self-check first, then the team; a quarter’s last round must end before that month’s review meeting.',
    },
  ),
  'settings-due-months': rule(
    'error',
    ['settings'],
    { zh: '填报月份无效', en: 'Invalid due months' },
    { zh: '“{frequency}”指标的填报月份（{key}）应为 1–12 中不重复的月份，至少一个，现为“{value}”', en: 'The due months of {frequency} indicators ({key}) must be distinct months 1–12, at least one; got "{value}"' },
    {
      zh: '每季度、每半年、每年（及双月）填报的指标只出现在其填报月份的台账中，月份写作“3、6、9、12”。',
      en: 'Indicators reported quarterly, half-yearly, yearly (or bimonthly) appear only in the ledgers of their due months, written "3、6、9、12".',
    },
  ),
  'settings-campaign-start': rule(
    'error',
    ['settings'],
    { zh: '创建起始月份无效', en: 'Invalid campaign start month' },
    { zh: '创建起始月份（{key}）应为 YYYY-MM 格式的月份（如 2021-01）或留空，现为“{value}”', en: 'The campaign start ({key}) must be a month YYYY-MM (e.g. 2021-01) or blank, got "{value}"' },
    {
      zh: '报送状态从该月的台账起计算应报月份；留空则从收到的最早月份起。',
      en: 'The submission status counts the ledgers due from this month on; blank means from the earliest month received.',
    },
  ),
  'settings-months-unreadable': rule(
    'error',
    ['settings'],
    { zh: '月份列表无法识别', en: 'Month list unreadable' },
    { zh: '{label}（{key}）应为用“、”分隔的月份，如“3、6、9、12”，现为“{value}”', en: '{label} ({key}) must be months separated by 、 such as "3、6、9、12", got "{value}"' },
    { zh: '取值列（C 列）写月份数字，用顿号、逗号或空格分隔。', en: 'The value column (C) holds month numbers separated by 、, commas or spaces.' },
  ),
  'settings-malformed': rule(
    'error',
    ['settings'],
    { zh: '设置格式不正确', en: 'Malformed settings' },
    { zh: '评分规则设置格式不正确（{key}）', en: 'The scoring settings are malformed ({key})' },
    { zh: '设置项的值类型不对，无法检查（例如名额不是按组给出的对象）。', en: 'A setting has the wrong type and cannot be checked.' },
  ),
  'settings-row-missing': rule(
    'warning',
    ['settings'],
    { zh: '缺少设置项，按默认值', en: 'Setting missing, default used' },
    { zh: '评分规则缺少设置项“{key}”（{label}），按默认值 {value} 处理', en: 'Setting {key} ({label}) is missing; the default {value} is used' },
    { zh: '评分规则工作表按 A 列的设置项查找各行；缺少的行使用默认值。', en: 'Rows of the settings sheet are found by the key in column A; a missing row keeps its default.' },
  ),
  'settings-not-number': rule(
    'error',
    ['settings'],
    { zh: '设置值不是数字', en: 'Setting is not a number' },
    { zh: '{label}（{key}）应为数字，现为“{value}”', en: '{label} ({key}) must be a number, got "{value}"' },
    { zh: '取值列（C 列）须为数字。', en: 'The value column (C) must hold a number.' },
  ),
  'settings-group-invalid': rule(
    'error',
    ['settings'],
    { zh: '分组取值无效', en: 'Invalid group value' },
    { zh: '{label}（{key}）应为“县区”或“市直”，现为“{value}”', en: '{label} ({key}) must be 县区 or 市直, got "{value}"' },
    { zh: '该设置只能取“县区”或“市直”。', en: 'This setting takes 县区 or 市直.' },
  ),
} as const;
