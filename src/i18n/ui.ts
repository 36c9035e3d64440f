/**
 * Every string the task pane shows, in zh-CN (the default) and English, in one catalogue.
 * Templates use `{name}` placeholders filled by `translate`; values are inserted as text by
 * React, never as HTML, so a unit name or file name cannot inject markup.
 *
 * The domain messages (validation findings, review reasons) live with their registries in the
 * scoring library; this catalogue is only the add-in's own chrome.
 */

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];
export const DEFAULT_LANG: Lang = 'zh-CN';

const zhCN = {
  'app.title': '台账点评',
  'app.subtitle': '法治政府建设示范市创建“双月检查、季度点评”',
  'app.loading': '正在加载…',

  'lang.switchTo': 'English',
  'lang.switchLabel': '切换到英文界面',

  'tab.validate': '单位校验',
  'tab.consolidate': '汇总台账',
  'tab.review': '季度点评',
  'tab.listLabel': '功能',

  'host.excel': '已连接 Excel（{platform}）。',
  'host.platform.PC': 'Windows',
  'host.platform.Mac': 'Mac',
  'host.platform.OfficeOnline': '网页版',
  'host.platform.iOS': 'iPad',
  'host.platform.Android': 'Android',
  'host.platform.Universal': 'Windows 应用',
  'host.platform.unknown': '未知平台',
  'host.browser': '浏览器模式：{reason}。可以上传 .xlsx 工作簿在本页处理，文件不会离开本机。',
  'host.browser.office-js-missing': '未能加载 Office.js（可能离线或被拦截）',
  'host.browser.not-in-office': '本页没有在 Excel 中打开',
  'host.browser.office-timeout': '等待 Office 响应超时',
  'host.browser.unsupported-host': '当前 Office 应用（{host}）不是 Excel',
  'host.browser.forced': '网址指定了浏览器模式',
  'host.missingTitle': '此版本的 Excel 缺少部分功能',
  'host.missing': '以下功能不可用：{features}。请升级到 Microsoft 365 版 Excel 或使用 Excel 网页版。',
  'feature.liveValidation': '编辑时实时校验（需要 ExcelApi {version}）',
  'feature.conditionalFormats': '条件格式标记（需要 ExcelApi {version}）',
  'feature.dataValidation': '写入下拉列表和数值限制（需要 ExcelApi {version}）',
  'feature.freezePanes': '冻结表头（需要 ExcelApi {version}）',
  'feature.tabColor': '工作表标签颜色（需要 ExcelApi {version}）',
  'list.separator': '；',

  'hostError.requirement-missing': '此版本的 Excel 不支持该功能（需要 ExcelApi {version}）。',
  'hostError.sheet-not-found': '找不到工作表“{sheet}”。',
  'hostError.aborted': '操作已取消。',
  'hostError.office-error': 'Excel 报告错误：{message}',
  'error.unexpected': '发生意外错误：{message}',

  'files.pick': '选择工作簿…',
  'files.dropHint': '或将 .xlsx 文件拖放到这里',
  'files.dropZoneLabel': '文件拖放区',
  'files.none': '尚未选择文件。',
  'files.count': '已选择 {count} 个文件，合计 {size}。',
  'files.col.name': '文件名',
  'files.col.size': '大小',
  'files.col.status': '状态',
  'files.col.actions': '操作',
  'files.remove': '移除',
  'files.removeLabel': '移除 {name}',
  'files.clear': '全部清除',
  'files.duplicates': '已忽略重复的文件：{names}',
  'files.status.reading': '正在读取…',
  'files.status.read': '工作表 {count} 个：{sheets}',
  'files.status.sheet': '{name}（{rows} 行）',
  'files.status.not-xlsx': '不是 .xlsx 文件，已忽略（.xls 或 WPS 文件请先另存为 .xlsx）',
  'files.status.empty': '文件为空，已忽略',
  'files.status.too-large': '文件超过 {limit}，已忽略',
  'files.status.unreadable': '无法读取：{message}',
  'files.status.not-zip': '内容不是 .xlsx 工作簿（可能是改了扩展名的其他文件）',
  'files.status.encrypted-or-xls': '工作簿已加密或是旧版 .xls 文件：请去掉密码或另存为 .xlsx',

  'validate.introExcel': '读取当前工作表中本单位的工作台账。开启实时校验后，每次编辑都会重新读取。',
  'validate.introBrowser': '上传本单位的月度工作台账（.xlsx），在本页检查。',
  'validate.read': '读取当前工作表',
  'validate.reading': '正在读取…',
  'validate.readResult': '已读取工作表“{sheet}”：{rows} 行 × {columns} 列，其中公式 {formulas} 个。',
  'validate.readEmpty': '工作表“{sheet}”是空的。',
  'validate.live': '编辑时实时校验',
  'validate.liveUnavailable':
    '此版本的 Excel 不支持实时校验（需要 ExcelApi 1.7），请在修改后点击“读取当前工作表”。',
  'validate.lastChange': '最近一次修改：{sheet}!{address}（{source}）',
  'validate.source.Local': '本人',
  'validate.source.Remote': '共同编辑者',

  'consolidate.introExcel': '选择收到的各单位台账工作簿（可多选），汇总到当前打开的工作簿。',
  'consolidate.introBrowser': '选择收到的各单位台账工作簿（可多选），在本页汇总。',

  'review.intro': '选择要点评的季度，查看本次点评依据的台账月份、双月检查和会议日期。',
  'review.year': '年度',
  'review.quarter': '季度',
  'review.quarterOption': '第{n}季度',
  'review.scheduleTitle': '{quarter}点评安排',
  'review.col.item': '项目',
  'review.col.period': '期间',
  'review.col.date': '日期',
  'review.ledger': '月度台账',
  'review.ledgerDue': '报送截止',
  'review.inspection': '双月检查',
  'review.inspectionEnds': '检查期末',
  'review.meeting': '季度点评会议',
  'review.meetingDate': '会议日期',
  'review.settingsNote':
    '日期按评分规则默认值计算：台账次月 {dueDay} 日前报送，点评会在季度结束后次月 {reviewDay} 日召开。',
} as const;

export type UiKey = keyof typeof zhCN;

const en: Record<UiKey, string> = {
  'app.title': 'Ledger Review',
  'app.subtitle': 'Rule-of-law government model city: bimonthly inspection, quarterly review',
  'app.loading': 'Loading…',

  'lang.switchTo': '中文',
  'lang.switchLabel': 'Switch the interface to Chinese',

  'tab.validate': 'Validate',
  'tab.consolidate': 'Consolidate',
  'tab.review': 'Quarterly review',
  'tab.listLabel': 'Features',

  'host.excel': 'Connected to Excel ({platform}).',
  'host.platform.PC': 'Windows',
  'host.platform.Mac': 'Mac',
  'host.platform.OfficeOnline': 'the web',
  'host.platform.iOS': 'iPad',
  'host.platform.Android': 'Android',
  'host.platform.Universal': 'Windows app',
  'host.platform.unknown': 'unknown platform',
  'host.browser':
    'Browser mode: {reason}. You can upload .xlsx workbooks and work on them here; files never leave this computer.',
  'host.browser.office-js-missing': 'Office.js did not load (offline or blocked)',
  'host.browser.not-in-office': 'this page is not open inside Excel',
  'host.browser.office-timeout': 'Office did not answer in time',
  'host.browser.unsupported-host': 'the Office application ({host}) is not Excel',
  'host.browser.forced': 'the address asks for browser mode',
  'host.missingTitle': 'This version of Excel lacks some features',
  'host.missing': 'Not available: {features}. Update to Excel for Microsoft 365 or use Excel on the web.',
  'feature.liveValidation': 'live validation while editing (needs ExcelApi {version})',
  'feature.conditionalFormats': 'conditional-format highlighting (needs ExcelApi {version})',
  'feature.dataValidation': 'writing dropdowns and number limits (needs ExcelApi {version})',
  'feature.freezePanes': 'frozen header rows (needs ExcelApi {version})',
  'feature.tabColor': 'sheet tab colours (needs ExcelApi {version})',
  'list.separator': '; ',

  'hostError.requirement-missing': 'This version of Excel does not support that (needs ExcelApi {version}).',
  'hostError.sheet-not-found': 'Sheet “{sheet}” was not found.',
  'hostError.aborted': 'Cancelled.',
  'hostError.office-error': 'Excel reported an error: {message}',
  'error.unexpected': 'Unexpected error: {message}',

  'files.pick': 'Choose workbooks…',
  'files.dropHint': 'or drop .xlsx files here',
  'files.dropZoneLabel': 'File drop zone',
  'files.none': 'No files chosen yet.',
  'files.count': '{count} file(s) chosen, {size} in total.',
  'files.col.name': 'File',
  'files.col.size': 'Size',
  'files.col.status': 'Status',
  'files.col.actions': 'Actions',
  'files.remove': 'Remove',
  'files.removeLabel': 'Remove {name}',
  'files.clear': 'Clear all',
  'files.duplicates': 'Ignored duplicate files: {names}',
  'files.status.reading': 'Reading…',
  'files.status.read': '{count} sheet(s): {sheets}',
  'files.status.sheet': '{name} ({rows} rows)',
  'files.status.not-xlsx': 'Not an .xlsx file; ignored (save .xls or WPS files as .xlsx first)',
  'files.status.empty': 'Empty file; ignored',
  'files.status.too-large': 'Larger than {limit}; ignored',
  'files.status.unreadable': 'Cannot read: {message}',
  'files.status.not-zip': 'The content is not an .xlsx workbook (perhaps another file renamed)',
  'files.status.encrypted-or-xls':
    'The workbook is encrypted or an old .xls file: remove the password or save it as .xlsx',

  'validate.introExcel':
    "Reads your unit's work ledger on the active sheet. With live validation on, every edit reads it again.",
  'validate.introBrowser': "Upload your unit's monthly work ledger (.xlsx) to check it here.",
  'validate.read': 'Read active sheet',
  'validate.reading': 'Reading…',
  'validate.readResult': 'Read sheet “{sheet}”: {rows} rows × {columns} columns, {formulas} formula(s).',
  'validate.readEmpty': 'Sheet “{sheet}” is empty.',
  'validate.live': 'Live validation while editing',
  'validate.liveUnavailable':
    'This version of Excel cannot validate live (needs ExcelApi 1.7); click “Read active sheet” after editing.',
  'validate.lastChange': 'Last change: {sheet}!{address} ({source})',
  'validate.source.Local': 'you',
  'validate.source.Remote': 'a co-author',

  'consolidate.introExcel':
    'Choose the ledger workbooks received from units (several at once) to consolidate into the open workbook.',
  'consolidate.introBrowser':
    'Choose the ledger workbooks received from units (several at once) to consolidate here.',

  'review.intro':
    'Choose the quarter to review and see which ledger months, bimonthly inspections and meeting date it uses.',
  'review.year': 'Year',
  'review.quarter': 'Quarter',
  'review.quarterOption': 'Q{n}',
  'review.scheduleTitle': 'Review schedule for {quarter}',
  'review.col.item': 'Item',
  'review.col.period': 'Period',
  'review.col.date': 'Date',
  'review.ledger': 'Monthly ledger',
  'review.ledgerDue': 'due',
  'review.inspection': 'Bimonthly inspection',
  'review.inspectionEnds': 'period ends',
  'review.meeting': 'Quarterly review meeting',
  'review.meetingDate': 'meeting',
  'review.settingsNote':
    'Dates use the default scoring settings: ledgers are due by day {dueDay} of the next month; the review meets on day {reviewDay} of the month after the quarter.',
};

export const UI_CATALOGUE: Readonly<Record<Lang, Readonly<Record<UiKey, string>>>> = Object.freeze({
  'zh-CN': zhCN,
  en,
});

export type UiParams = Readonly<Record<string, string | number>>;

/** Names of the `{placeholders}` in a template, in order of appearance. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

/**
 * The message for `key` in `lang` with its placeholders filled. A placeholder without a value
 * stays visible as `{name}` so a missing argument shows up in review instead of vanishing.
 */
export function translate(lang: Lang, key: UiKey, params: UiParams = {}): string {
  const template = UI_CATALOGUE[lang][key] ?? UI_CATALOGUE[DEFAULT_LANG][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** `1536` → `1.5 KB`; binary units, one decimal above 1 KB, digits in the UI language. */
export function formatFileSize(bytes: number, lang: Lang): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = new Intl.NumberFormat(lang, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
  return `${digits} ${units[unit]}`;
}
