import type { Localized } from '../i18n/lang';

/** Finding severity: errors make a ledger invalid; warnings and notices (info) do not. */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** What a rule is about, for filtering and for the sections of docs/rules.md. */
export type RuleTag = 'file' | 'structure' | 'template' | 'conflict' | 'header' | 'row' | 'cell' | 'normalisation' | 'inspection';
export const RULE_TAGS: readonly RuleTag[] = ['file', 'structure', 'template', 'conflict', 'header', 'row', 'cell', 'normalisation', 'inspection'];

export const RULE_TAG_LABELS: Readonly<Record<RuleTag, Localized>> = {
  file: { zh: '文件', en: 'File' },
  structure: { zh: '工作簿结构', en: 'Workbook structure' },
  template: { zh: '模板与元数据', en: 'Template and metadata' },
  conflict: { zh: '重复报送', en: 'Duplicate submissions' },
  header: { zh: '表头', en: 'Header' },
  row: { zh: '台账行', en: 'Ledger rows' },
  cell: { zh: '单元格', en: 'Cells' },
  normalisation: { zh: '规范化', en: 'Normalisation' },
  inspection: { zh: '检查评分表', en: 'Inspection workbook' },
};

export interface RuleDefinition {
  /** Stable kebab-case identifier; never renamed once released (reports and tests key on it). */
  code: string;
  severity: Severity;
  /** First tag is the rule's section in the documentation. */
  tags: readonly RuleTag[];
  title: Localized;
  /** Template over the finding's params: `{name}` placeholders, `[[…]]` optional sections. */
  message: Localized;
  description: Localized;
  /**
   * Whether the ledger workbook checks the rule by itself, with formulas, in any spreadsheet
   * program and without the add-in (the 自检提示 column and the 自检 cell of 工作台账):
   * `exact` — the sheet's verdict is the product's on every value; `typed` — the same on values
   * written as the template asks (a number in a number cell, a choice from the dropdown, a date
   * in the date cell), while other writings that the product reads after normalisation (`８０`,
   * `80分`, `完成`, a text date) are flagged by the sheet to be retyped. Absent: only the product
   * checks it. The product's own validation stays the authority either way.
   */
  selfCheck?: SelfCheck;
}

export type SelfCheck = 'exact' | 'typed';

function rule(
  severity: Severity,
  tags: readonly RuleTag[],
  title: Localized,
  message: Localized,
  description: Localized,
): Omit<RuleDefinition, 'code'> {
  return { severity, tags, title, message, description };
}

/**
 * The registry (modelled on frictionless-py's error types). Messages are templates rendered from
 * a finding's params; the cell itself is the finding's location, shown by each surface.
 */
const DEFINITIONS = {
  // ── file: raised by the workbook layer before a ledger can be read ─────────────────────────
  'file-not-zip': rule(
    'error',
    ['file'],
    { zh: '不是 Excel 工作簿', en: 'Not an Excel workbook' },
    { zh: '文件“{file}”不是有效的 .xlsx 工作簿（不是 zip 压缩格式），无法读取', en: '“{file}” is not a valid .xlsx workbook (not a zip archive) and cannot be read' },
    {
      zh: '.xlsx 文件实为 zip 压缩包。文件损坏、下载不完整或根本不是 Excel 文件时出现。',
      en: 'An .xlsx file is a zip archive. Raised for damaged or truncated files and files that are not workbooks at all.',
    },
  ),
  'file-not-xlsx': rule(
    'error',
    ['file'],
    { zh: '压缩包不是工作簿', en: 'Zip archive is not a workbook' },
    { zh: '文件“{file}”是 zip 压缩包，但不含完整的 Excel 工作簿内容[[（{detail}）]]', en: '“{file}” is a zip archive but contains no Excel workbook[[ ({detail})]]' },
    {
      zh: '压缩包中缺少 xl/workbook.xml 等工作簿部件，例如 .docx 或普通 zip 改了扩展名。',
      en: 'The archive lacks the workbook parts (xl/workbook.xml …), e.g. a .docx or a plain zip renamed to .xlsx.',
    },
  ),
  'file-is-xls': rule(
    'error',
    ['file'],
    { zh: '旧版 .xls 文件', en: 'Legacy .xls file' },
    { zh: '文件“{file}”是旧版 .xls 格式（或由 .xls 改名而来），请在 Excel 或 WPS 中“另存为” .xlsx 后再报送', en: '“{file}” is a legacy .xls workbook (or an .xls renamed); save it as .xlsx in Excel or WPS and send it again' },
    {
      zh: '文件内容是 Excel 97–2003 的复合文档格式。只接受 .xlsx，以保证数据验证、锁定单元格和元数据完整。',
      en: 'The content is an Excel 97–2003 compound document. Only .xlsx is accepted, so validations, locked cells and metadata survive.',
    },
  ),
  'file-is-csv': rule(
    'error',
    ['file'],
    { zh: 'CSV 或文本文件', en: 'CSV or text file' },
    { zh: '文件“{file}”是 CSV/文本文件，不是 Excel 工作簿；请使用下发的模板填写后保存为 .xlsx', en: '“{file}” is a CSV/text file, not an Excel workbook; fill in the issued template and save it as .xlsx' },
    {
      zh: '文件内容是纯文本（如另存为 CSV 后改了扩展名），表头、元数据和格式均已丢失。',
      en: 'The content is plain text (e.g. saved as CSV and renamed); the header, metadata and formats are lost.',
    },
  ),
  'file-encrypted': rule(
    'error',
    ['file'],
    { zh: '文件已加密', en: 'File is encrypted' },
    { zh: '文件“{file}”设置了打开密码（已加密），无法读取；请取消密码后重新报送', en: '“{file}” is password-protected (encrypted) and cannot be read; remove the password and send it again' },
    {
      zh: '设置了“打开权限密码”的工作簿被加密保存，程序无法读取。工作表保护（锁定单元格）不受影响。',
      en: 'A workbook with an opening password is stored encrypted and cannot be read. Sheet protection (locked cells) is fine.',
    },
  ),
  'file-too-large': rule(
    'error',
    ['file'],
    { zh: '文件过大', en: 'File too large' },
    { zh: '文件“{file}”大小为 {bytes:bytes}，超过上限 {limit:bytes}，未读取', en: '“{file}” is {bytes:bytes}, above the limit of {limit:bytes}; not read' },
    {
      zh: '台账文件通常只有几十 KB。过大的文件多为误嵌入图片或附件，为防止程序卡死不予读取。',
      en: 'Ledgers are usually a few dozen KB. Oversized files usually embed pictures or attachments; they are not read so the tool stays responsive.',
    },
  ),
  'zip-bomb': rule(
    'error',
    ['file'],
    { zh: '解压后过大', en: 'Uncompressed size too large' },
    { zh: '文件“{file}”解压后超过 {limit:bytes}，已停止读取[[（{entry}）]]', en: '“{file}” exceeds {limit:bytes} when uncompressed; reading stopped[[ ({entry})]]' },
    {
      zh: '压缩包内容解压后的大小超过安全上限（可能是“压缩炸弹”或异常文件）。',
      en: 'The archive inflates beyond the safety bound (a possible zip bomb or a malformed file).',
    },
  ),
  'xlsx-malformed': rule(
    'error',
    ['file'],
    { zh: '工作簿内容损坏', en: 'Workbook content damaged' },
    { zh: '文件“{file}”的工作簿内容损坏，无法读取[[（{part}）]][[：{detail}]]', en: 'The workbook content of “{file}” is damaged and cannot be read[[ ({part})]][[: {detail}]]' },
    {
      zh: '文件是 .xlsx 压缩包，但其中的 XML 部件无法解析（文件被截断、被其他程序写坏等）。请在 Excel 或 WPS 中打开并另存后重新报送。',
      en: 'The file is an .xlsx archive but an XML part inside cannot be parsed (truncated, or written badly by another program). Open and re-save it in Excel or WPS.',
    },
  ),
  'workbook-empty': rule(
    'error',
    ['file'],
    { zh: '空工作簿', en: 'Empty workbook' },
    { zh: '工作簿“{file}”没有任何工作表内容', en: 'Workbook “{file}” has no content' },
    { zh: '工作簿中没有工作表，或所有工作表都是空白。', en: 'The workbook has no sheets, or every sheet is blank.' },
  ),
  'workbook-not-ledger': rule(
    'error',
    ['file', 'structure'],
    { zh: '不是台账工作簿', en: 'Not a ledger workbook' },
    { zh: '工作簿“{file}”不是工作台账：未找到工作台账工作表、台账表头或元数据[[（文件类型：{kind}）]]', en: 'Workbook “{file}” is not a ledger: no 工作台账 sheet, ledger header or metadata found[[ (file kind: {kind})]]' },
    {
      zh: '既没有台账的隐藏元数据，也找不到带“指标编号”“完成状态”等列的表格。',
      en: 'Neither the ledger’s hidden metadata nor a table with columns such as 指标编号 and 完成状态 was found.',
    },
  ),
  'file-read-failed': rule(
    'error',
    ['file'],
    { zh: '文件读取失败', en: 'File could not be read' },
    { zh: '读取文件“{file}”失败：{reason}', en: 'Reading “{file}” failed: {reason}' },
    { zh: '文件结构损坏等其他原因导致无法读取。', en: 'Any other reason the file cannot be read, such as a damaged structure.' },
  ),
  // ── structure ───────────────────────────────────────────────────────────────────────────────
  'sheet-too-large': rule(
    'error',
    ['structure', 'file'],
    { zh: '工作表过大', en: 'Sheet too large' },
    { zh: '工作表“{sheet}”的使用范围达 {rows} 行 × {cols} 列，超过上限（{maxRows} 行、{maxCells} 个单元格），未读取', en: 'Sheet “{sheet}” uses {rows} rows × {cols} columns, above the limit ({maxRows} rows, {maxCells} cells); not read' },
    {
      zh: '台账只有一百余行。行列数远超正常范围时（例如整列设置了格式或误粘贴）不予读取。',
      en: 'A ledger has about a hundred rows. Sheets far beyond that (whole columns formatted, a stray paste) are not read.',
    },
  ),
  'sheet-missing': rule(
    'error',
    ['structure'],
    { zh: '缺少工作表', en: 'Sheet missing' },
    { zh: '缺少工作表“{sheet}”', en: 'Sheet “{sheet}” is missing' },
    { zh: '台账应包含“工作台账”工作表。', en: 'A ledger must contain the sheet 工作台账.' },
  ),
  'sheet-renamed': rule(
    'warning',
    ['structure'],
    { zh: '工作表被改名', en: 'Sheet renamed' },
    { zh: '工作表“{expected}”被改名为“{found}”，已按内容识别', en: 'Sheet “{expected}” was renamed to “{found}”; recognised by its content' },
    { zh: '按表头或元数据找到了台账，但工作表名称不是模板中的名称。', en: 'The ledger was found by its header or metadata, but the sheet does not carry the template’s name.' },
  ),
  'column-missing': rule(
    'error',
    ['structure'],
    { zh: '缺少列', en: 'Column missing' },
    { zh: '未找到“{label}”列[[（应在 {expectedColumn} 列）]]', en: 'Column “{label}” not found[[ (expected in column {expectedColumn})]]' },
    { zh: '台账表格缺少模板规定的列，该列数据无法读取。', en: 'A column of the template is missing from the table, so its data cannot be read.' },
  ),
  'column-renamed': rule(
    'warning',
    ['structure'],
    { zh: '列标题被修改', en: 'Column heading changed' },
    { zh: '列标题应为“{expected}”，实为“{found}”；已按位置识别为该列', en: 'Column heading should be “{expected}” but is “{found}”; read as that column by position' },
    { zh: '列标题文字与模板不同，但位置未变，按位置读取。', en: 'The heading text differs from the template but the position is unchanged, so the column is read by position.' },
  ),
  'column-reordered': rule(
    'warning',
    ['structure'],
    { zh: '列位置变动', en: 'Column moved' },
    { zh: '列顺序与模板不同[[：“{label}”列应在 {expectedColumn} 列，现在 {foundColumn} 列]]；已按列标题读取', en: 'Columns are not in template order[[: “{label}” should be column {expectedColumn} but is column {foundColumn}]]; read by their headings' },
    { zh: '列被插入、删除或移动过，按列标题读取。', en: 'Columns were inserted, deleted or moved; the column is read by its heading.' },
  ),
  'merged-cells': rule(
    'warning',
    ['structure', 'cell'],
    { zh: '合并单元格', en: 'Merged cells' },
    { zh: '合并单元格 {range} 覆盖了数据区域，除左上角外的单元格按空白处理', en: 'Merged cells {range} cover the data area; all but the top-left cell are read as blank' },
    { zh: '合并单元格只有左上角保存数据，其余行会被视为未填写，请取消合并并逐行填写。', en: 'Only the top-left cell of a merge holds data; the other rows count as blank. Unmerge and fill each row.' },
  ),
  // ── template and metadata ───────────────────────────────────────────────────────────────────
  'template-version-unknown': rule(
    'warning',
    ['template', 'structure'],
    { zh: '模板版本未知', en: 'Unknown template version' },
    { zh: '台账模板版本“{version}”未知（当前为 {current}），按当前指标体系校验', en: 'Ledger template version “{version}” is unknown (current: {current}); checked against the current indicators' },
    { zh: '元数据中的模板版本不是本办公室下发过的版本。', en: 'The template version in the metadata is not one the office has issued.' },
  ),
  'template-version-outdated': rule(
    'warning',
    ['template', 'structure'],
    { zh: '模板版本过时', en: 'Outdated template version' },
    { zh: '台账模板版本 {version} 已过时（当前为 {current}），请使用新模板填报', en: 'Ledger template version {version} is outdated (current: {current}); use the new template' },
    { zh: '台账用旧版模板生成，指标可能已调整。', en: 'The ledger was generated from an older template; indicators may have changed.' },
  ),
  'metadata-missing': rule(
    'warning',
    ['template'],
    { zh: '缺少台账元数据', en: 'Ledger metadata missing' },
    { zh: '未找到台账隐藏元数据（模板版本、单位、月份），按表头识别；请使用下发的模板填报', en: 'The ledger’s hidden metadata (template version, unit, month) was not found; identified by its header. Use the issued template' },
    { zh: '下发的模板在隐藏工作表中记录模板版本、单位和月份；复制粘贴到新工作簿会丢失这些信息。', en: 'Issued templates record version, unit and month in a hidden sheet; copying into a new workbook loses them.' },
  ),
  'metadata-mismatch': rule(
    'warning',
    ['template', 'header'],
    { zh: '元数据与表头不一致', en: 'Metadata disagrees with the header' },
    { zh: '模板元数据中的{field}为“{meta}”，表头填写为“{header}”；以表头为准', en: 'The metadata says {field} is “{meta}” but the header says “{header}”; the header is used' },
    {
      zh: '模板为某单位某月生成，但表头改成了其他单位或月份（例如借用了别的单位的文件）。请核对。',
      en: 'The template was generated for one unit and month but the header names another (e.g. a file borrowed from another unit). Please check.',
    },
  ),
  // ── duplicate submissions (raised by consolidation) ────────────────────────────────────────
  'duplicate-submission-superseded': rule(
    'warning',
    ['conflict', 'file'],
    { zh: '重复报送（已被取代）', en: 'Duplicate submission (superseded)' },
    { zh: '{unit} {month} 的台账重复报送：本文件（填报日期 {date}）被“{other}”（填报日期 {otherDate}）取代，不再使用', en: 'Duplicate ledger for {unit} {month}: this file (filled in {date}) is superseded by “{other}” (filled in {otherDate}) and not used' },
    { zh: '同一单位同一月份收到多份台账时，采用填报日期较晚的一份。', en: 'When several ledgers arrive for the same unit and month, the one with the later 填报日期 is used.' },
  ),
  'duplicate-submission-kept': rule(
    'warning',
    ['conflict', 'file'],
    { zh: '重复报送（已采用）', en: 'Duplicate submission (kept)' },
    { zh: '{unit} {month} 的台账重复报送：采用本文件（填报日期 {date}），“{other}”（填报日期 {otherDate}）不再使用', en: 'Duplicate ledger for {unit} {month}: this file (filled in {date}) is used; “{other}” (filled in {otherDate}) is not' },
    { zh: '本文件填报日期较晚，取代了同一单位同一月份的另一份台账。', en: 'This file has the later 填报日期 and replaces the other ledger of the same unit and month.' },
  ),
  // ── header ─────────────────────────────────────────────────────────────────────────────────
  'unit-missing': rule(
    'error',
    ['header'],
    { zh: '未填写单位名称', en: 'Unit name missing' },
    { zh: '未填写单位名称', en: 'The unit name (单位名称) is blank' },
    { zh: '表头“单位名称”为空。', en: 'The header field 单位名称 is blank.' },
  ),
  'unit-unknown': rule(
    'error',
    ['header'],
    { zh: '单位不在名录中', en: 'Unit not in the roster' },
    { zh: '单位名称“{value}”不在单位名录中[[，是否为：{candidates}？]]', en: 'Unit “{value}” is not in the roster[[; did you mean: {candidates}?]]' },
    {
      zh: '单位名称与名录中的全称、简称和曾用名都不匹配（或同时匹配多个单位）。请填写名录中的名称。',
      en: 'The name matches no full name, short name or former name in the roster (or matches several units). Use the roster’s name.',
    },
  ),
  'unit-alias-used': rule(
    'info',
    ['header', 'normalisation'],
    { zh: '按简称识别单位', en: 'Unit recognised by another name' },
    { zh: '单位名称“{value}”按名录识别为“{unit}”', en: 'Unit name “{value}” recognised as “{unit}”' },
    { zh: '单位名称使用了简称、曾用名或写法略有不同，已对应到名录中的单位。', en: 'The unit name is a short or former name, or written slightly differently, and was matched to the roster.' },
  ),
  'unit-unexpected': rule(
    'error',
    ['header'],
    { zh: '单位与预期不符', en: 'Unexpected unit' },
    { zh: '单位名称为“{value}”，但本台账应为“{expected}”的台账', en: 'The unit is “{value}” but this ledger should be for “{expected}”' },
    { zh: '表头单位与该文件应属的单位（如下发模板的单位）不同。', en: 'The header’s unit differs from the unit this file belongs to (e.g. the unit the template was issued to).' },
  ),
  'month-missing': rule(
    'error',
    ['header'],
    { zh: '未填写报告月份', en: 'Month missing' },
    { zh: '未填写报告月份', en: 'The report month (报告月份) is blank' },
    { zh: '表头“报告月份”为空。', en: 'The header field 报告月份 is blank.' },
  ),
  'month-invalid': rule(
    'error',
    ['header'],
    { zh: '报告月份无法识别', en: 'Month not recognised' },
    { zh: '报告月份“{value}”无法识别，应写作“2021-01”或“2021年1月”', en: 'Report month “{value}” is not recognised; write it as “2021-01” or “2021年1月”' },
    { zh: '报告月份不是可识别的年月（如 2021.1 这样的数字无法区分 1 月和 10 月）。', en: 'The month is not a recognisable year and month (a number such as 2021.1 cannot tell January from October).' },
  ),
  'month-unexpected': rule(
    'error',
    ['header'],
    { zh: '报告月份与预期不符', en: 'Unexpected month' },
    { zh: '报告月份为 {value}，但本台账应为 {expected} 的台账', en: 'The report month is {value} but this ledger should be for {expected}' },
    { zh: '表头月份与该文件应属的月份不同。', en: 'The header month differs from the month this file belongs to.' },
  ),
  'filled-date-missing': rule(
    'error',
    ['header'],
    { zh: '未填写填报日期', en: 'Date filled in missing' },
    { zh: '未填写填报日期', en: 'The date filled in (填报日期) is blank' },
    { zh: '表头“填报日期”为空；没有收到日期时，按时报送以它为准。', en: 'The header field 填报日期 is blank; without a received date it decides whether the ledger was on time.' },
  ),
  'filled-date-invalid': rule(
    'error',
    ['header'],
    { zh: '填报日期无法识别', en: 'Date filled in not recognised' },
    { zh: '填报日期“{value}”无法识别，应写作“2021-02-03”或“2021年2月3日”', en: 'Date filled in “{value}” is not recognised; write it as “2021-02-03” or “2021年2月3日”' },
    { zh: '填报日期不是有效日期（如 2021-02-30，或 3/2/21 这样日月顺序不明的写法）。', en: 'The date is not a valid date (e.g. 2021-02-30, or 3/2/21 whose day/month order is unclear).' },
  ),
  'filled-date-early': rule(
    'error',
    ['header'],
    { zh: '填报日期早于月末', en: 'Filled in before the month ended' },
    { zh: '填报日期 {value} 早于报告月份结束（{monthEnd}）；台账应在月份结束后填报', en: 'Date filled in {value} is before the report month ends ({monthEnd}); a ledger reports a finished month' },
    { zh: '台账报告上月工作，填报日期不应早于报告月份的最后一天。', en: 'A ledger reports last month’s work, so it cannot be filled in before that month’s last day.' },
  ),
  'filler-missing': rule(
    'error',
    ['header'],
    { zh: '未填写填报人', en: 'Filled-in-by missing' },
    { zh: '未填写填报人', en: 'The person filling in (填报人) is blank' },
    { zh: '表头“填报人”为空。', en: 'The header field 填报人 is blank.' },
  ),
  'phone-missing': rule(
    'error',
    ['header'],
    { zh: '未填写联系电话', en: 'Phone missing' },
    { zh: '未填写联系电话', en: 'The phone number (联系电话) is blank' },
    { zh: '表头“联系电话”为空。', en: 'The header field 联系电话 is blank.' },
  ),
  'phone-invalid': rule(
    'error',
    ['header'],
    { zh: '联系电话格式不正确', en: 'Phone number malformed' },
    { zh: '联系电话“{value}”格式不正确，应为 11 位手机号或固定电话（如 0393-6666679、6666679）', en: 'Phone number “{value}” is malformed; use an 11-digit mobile or a landline (e.g. 0393-6666679, 6666679)' },
    {
      zh: '接受手机号 1[3-9]xxxxxxxxx、带区号的固定电话（0393-6666679）、7–8 位本地号码和分机（转801）；多个号码用“、”分隔。',
      en: 'Accepted: mobiles 1[3-9]xxxxxxxxx, landlines with area code (0393-6666679), 7–8 digit local numbers and extensions (转801); several numbers separated by 、.',
    },
  ),
  // ── rows ───────────────────────────────────────────────────────────────────────────────────
  'indicator-code-missing': rule(
    'error',
    ['row'],
    { zh: '缺少指标编号', en: 'Indicator code missing' },
    { zh: '此行有填报内容但没有指标编号', en: 'This row has content but no indicator code' },
    { zh: '指标编号被清除或在表格中插入了新行。没有编号的行无法对应到指标。', en: 'The code was cleared or a row was inserted. A row without a code belongs to no indicator.' },
  ),
  'indicator-unknown': rule(
    'error',
    ['row'],
    { zh: '指标编号不存在', en: 'Unknown indicator' },
    { zh: '指标编号“{code}”不在指标体系中[[（{version} 版）]]', en: 'Indicator code “{code}” is not in the indicator template[[ (version {version})]]' },
    { zh: '指标编号在当前指标体系中不存在（被改动，或来自其他版本的模板）。', en: 'The code does not exist in the current template (edited, or from another template version).' },
  ),
  'indicator-not-applicable': rule(
    'error',
    ['row'],
    { zh: '指标不适用于本单位', en: 'Indicator does not apply to the unit' },
    { zh: '指标 {code} 不适用于{unit}，不应出现在其台账中', en: 'Indicator {code} does not apply to {unit} and should not be in its ledger' },
    { zh: '按指标体系的适用范围和责任分工，该指标不属于本单位；此行不计入。', en: 'By the template’s applicability and responsibility allocation the indicator is not this unit’s; the row is not counted.' },
  ),
  'indicator-duplicate': rule(
    'error',
    ['row'],
    { zh: '指标重复', en: 'Duplicate indicator' },
    { zh: '指标 {code} 重复[[，已在第 {firstRow} 行填报]]；本行不计', en: 'Indicator {code} is repeated[[; it was already reported on row {firstRow}]]. This row is not counted' },
    { zh: '同一指标只能有一行。', en: 'Each indicator has exactly one row.' },
  ),
  'indicator-missing': rule(
    'error',
    ['row'],
    { zh: '缺少指标行', en: 'Indicator row missing' },
    { zh: '缺少指标 {code}“{text}”的填报行', en: 'No row for indicator {code} “{text}”' },
    { zh: '适用于本单位的指标在台账中没有对应行（可能被删除）。', en: 'An indicator that applies to the unit has no row in the ledger (perhaps deleted).' },
  ),
  'indicator-text-edited': rule(
    'warning',
    ['row'],
    { zh: '指标内容被修改', en: 'Indicator text edited' },
    { zh: '指标 {code} 的指标内容与指标体系不一致（应为“{expected}”）；以指标体系为准', en: 'The text of indicator {code} differs from the template (should be “{expected}”); the template is used' },
    { zh: '指标内容是锁定的预填列，不应修改。', en: 'The indicator text is a locked, pre-filled column and should not be edited.' },
  ),
  'indicator-points-edited': rule(
    'warning',
    ['row'],
    { zh: '分值被修改', en: 'Points edited' },
    { zh: '指标 {code} 的分值填为 {found}，指标体系为 {expected}；以指标体系为准', en: 'Points of indicator {code} read {found}, the template says {expected}; the template is used' },
    { zh: '分值是锁定的预填列，不应修改；自评分上限按指标体系的分值判断。', en: 'Points are a locked, pre-filled column; the self-score limit uses the template’s points.' },
  ),
  'status-missing': rule(
    'error',
    ['row'],
    { zh: '未选择完成状态', en: 'Status missing' },
    { zh: '未选择完成状态', en: 'No status (完成状态) chosen' },
    { zh: '每个指标行都要从下拉列表选择完成状态。', en: 'Every indicator row needs a status from the dropdown.' },
  ),
  'status-invalid': rule(
    'error',
    ['row'],
    { zh: '完成状态不在可选项中', en: 'Status not in the list' },
    { zh: '完成状态“{value}”不在可选项中（{allowed}）', en: 'Status “{value}” is not one of the options ({allowed})' },
    { zh: '完成状态只能是 未启动、推进中、已完成、常态化、不适用 之一（少数明确的同义词会自动转换并提示）。', en: 'The status must be one of 未启动, 推进中, 已完成, 常态化, 不适用 (a few unambiguous synonyms are converted, with a notice).' },
  ),
  'status-na-not-allowed': rule(
    'error',
    ['row'],
    { zh: '不允许“不适用”', en: '不适用 not allowed' },
    { zh: '指标 {code} 不允许选择“不适用”', en: 'Indicator {code} does not allow the status 不适用' },
    { zh: '只有指标体系中标明可不适用的指标才能选择“不适用”。', en: 'Only indicators the template marks as possibly not applicable may use 不适用.' },
  ),
  'status-na-without-remark': rule(
    'error',
    ['row'],
    { zh: '“不适用”缺少情况说明', en: '不适用 without an explanation' },
    { zh: '选择“不适用”时须在备注中填写情况说明', en: 'With the status 不适用, explain why in 备注 (remarks)' },
    { zh: '“不适用”须在备注列说明原因。', en: 'The status 不适用 needs an explanation in the remarks column.' },
  ),
  'progress-not-number': rule(
    'error',
    ['row'],
    { zh: '完成进度不是数字', en: 'Progress is not a number' },
    { zh: '完成进度“{value}”不是数字', en: 'Progress “{value}” is not a number' },
    { zh: '完成进度填 0–100 的数字（可带 %）。', en: 'Progress is a number from 0 to 100 (a % sign is fine).' },
  ),
  'progress-out-of-range': rule(
    'error',
    ['row'],
    { zh: '完成进度超出范围', en: 'Progress out of range' },
    { zh: '完成进度 {value} 应在 0–100 之间', en: 'Progress {value} must be between 0 and 100' },
    { zh: '完成进度是百分数，只能在 0 到 100 之间。', en: 'Progress is a percentage from 0 to 100.' },
  ),
  'completed-without-evidence': rule(
    'error',
    ['row'],
    { zh: '已完成但无佐证材料', en: 'Completed without evidence' },
    { zh: '完成状态为“已完成”，但未填写佐证材料', en: 'The status is 已完成 (completed) but no evidence (佐证材料) is listed' },
    { zh: '已完成的指标须列出佐证材料。', en: 'A completed indicator must list its evidence.' },
  ),
  'completed-progress-below-100': rule(
    'error',
    ['row'],
    { zh: '已完成但进度不足 100', en: 'Completed with progress below 100' },
    { zh: '完成状态为“已完成”，但完成进度为 {progress}%（应为 100）', en: 'The status is 已完成 (completed) but progress is {progress}% (should be 100)' },
    { zh: '已完成与完成进度矛盾。', en: 'Completed contradicts the progress.' },
  ),
  'not-started-with-progress': rule(
    'error',
    ['row'],
    { zh: '未启动但有进度', en: 'Not started with progress' },
    { zh: '完成状态为“未启动”，但完成进度为 {progress}%（应为 0 或空白）', en: 'The status is 未启动 (not started) but progress is {progress}% (should be 0 or blank)' },
    { zh: '未启动与完成进度矛盾。', en: 'Not started contradicts the progress.' },
  ),
  'work-done-missing': rule(
    'error',
    ['row'],
    { zh: '未填写本月工作完成情况', en: 'Work done missing' },
    { zh: '完成状态为“{status}”，须填写本月工作完成情况', en: 'With the status {status}, describe the work done this month (本月工作完成情况)' },
    { zh: '除“未启动”和“不适用”（在备注说明）外，都要写明本月工作完成情况。', en: 'Except for 未启动 and 不适用 (explained in remarks), the work done this month must be described.' },
  ),
  'self-score-not-number': rule(
    'error',
    ['row'],
    { zh: '自评分不是数字', en: 'Self-score is not a number' },
    { zh: '自评分“{value}”不是数字', en: 'Self-score “{value}” is not a number' },
    { zh: '自评分须为数字。', en: 'The self-score must be a number.' },
  ),
  'self-score-negative': rule(
    'error',
    ['row'],
    { zh: '自评分为负数', en: 'Negative self-score' },
    { zh: '自评分 {value} 不能为负数', en: 'Self-score {value} cannot be negative' },
    { zh: '自评分最低为 0。', en: 'The lowest self-score is 0.' },
  ),
  'self-score-above-points': rule(
    'error',
    ['row'],
    { zh: '自评分超过分值', en: 'Self-score above points' },
    { zh: '自评分 {value} 超过该指标分值 {max}', en: 'Self-score {value} exceeds the indicator’s points ({max})' },
    { zh: '自评分不能超过指标体系中该指标的分值。', en: 'The self-score cannot exceed the indicator’s points in the template.' },
  ),
  'self-score-step': rule(
    'error',
    ['row'],
    { zh: '自评分精度过细', en: 'Self-score too fine' },
    { zh: '自评分 {value} 应为 {step} 的整数倍', en: 'Self-score {value} must be a multiple of {step}' },
    { zh: '自评分的最小单位由评分规则设置（默认 0.5 分）。', en: 'The smallest self-score step is a scoring setting (default 0.5).' },
  ),
  'actual-not-number': rule(
    'error',
    ['row'],
    { zh: '实际值不是数字', en: 'Actual value is not a number' },
    { zh: '实际值“{value}”不是数字', en: 'Actual value “{value}” is not a number' },
    { zh: '实际值须为数字（可带单位，如 100%、3次）。', en: 'The actual value must be a number (a unit such as 100% or 3次 is fine).' },
  ),
  'actual-below-target': rule(
    'warning',
    ['row'],
    { zh: '实际值未达目标', en: 'Actual value below target' },
    { zh: '实际值 {value}{unit} 未达到目标值 {target}{unit}', en: 'Actual value {value}{unit} is below the target of {target}{unit}' },
    { zh: '有目标值的指标，实际值低于目标值时提醒。', en: 'For indicators with a target, a warning when the actual value falls short.' },
  ),
  // ── cells ──────────────────────────────────────────────────────────────────────────────────
  'formula-cached-result': rule(
    'warning',
    ['cell'],
    { zh: '单元格为公式', en: 'Cell holds a formula' },
    { zh: '单元格为公式[[ {formula}]]，已使用其计算结果“{value}”；请直接填写内容', en: 'The cell holds a formula[[ {formula}]]; its computed result “{value}” was used. Type the value instead' },
    { zh: '填报单元格应直接填写内容。公式的结果依赖保存时的计算，可能过时。', en: 'Input cells should hold values. A formula’s result depends on the last recalculation and may be stale.' },
  ),
  'formula-no-result': rule(
    'error',
    ['cell'],
    { zh: '公式没有计算结果', en: 'Formula without a result' },
    { zh: '单元格为公式[[ {formula}]]，但文件中没有其计算结果，无法读取', en: 'The cell holds a formula[[ {formula}]] but the file has no computed result for it; it cannot be read' },
    { zh: '文件由不计算公式的程序保存，公式结果缺失。请在 Excel 或 WPS 中打开并保存，或直接填写内容。', en: 'The file was saved by a program that does not calculate formulas. Open and save it in Excel or WPS, or type the value.' },
  ),
  'cell-error-value': rule(
    'error',
    ['cell'],
    { zh: '单元格显示错误值', en: 'Cell shows an error' },
    { zh: '单元格显示错误值 {value}', en: 'The cell shows the error {value}' },
    { zh: '单元格是 #N/A、#VALUE! 等错误值，无法读取。', en: 'The cell holds an error such as #N/A or #VALUE! and cannot be read.' },
  ),
  'date-invalid': rule(
    'error',
    ['cell'],
    { zh: '日期无法识别', en: 'Date not recognised' },
    { zh: '{label}“{value}”无法识别，应写作“2021-03-31”或“2021年3月31日”', en: '{label} “{value}” is not a recognisable date; write it as “2021-03-31” or “2021年3月31日”' },
    { zh: '日期列（如整改时限）中的值不是有效日期。', en: 'A value in a date column (such as 整改时限) is not a valid date.' },
  ),
  // ── inspection workbook (raised by the workbook layer) ───────────────────────────────────────
  'period-invalid': rule(
    'error',
    ['inspection', 'header'],
    { zh: '检查期间无法识别', en: 'Inspection period not recognised' },
    { zh: '检查期间“{value}”无法识别，应写作“2021-B1”（1–2 月）', en: 'Inspection period “{value}” is not recognised; write it as “2021-B1” (January–February)' },
    { zh: '双月检查期间为 YYYY-Bn，n 为 1–6。', en: 'A bimonthly inspection period is YYYY-Bn with n from 1 to 6.' },
  ),
  'inspection-score-invalid': rule(
    'error',
    ['inspection', 'row'],
    { zh: '检查得分无效', en: 'Inspection score invalid' },
    { zh: '检查得分“{value}”无效，应为 0 到 {max} 之间的数字', en: 'Inspection score “{value}” is invalid; it must be a number from 0 to {max}' },
    { zh: '检查得分须为数字，且不超过该指标分值。', en: 'The inspection score must be a number no greater than the indicator’s points.' },
  ),
  'inspector-recusal': rule(
    'error',
    ['inspection', 'row'],
    { zh: '检查人应当回避', en: 'Inspector must recuse' },
    { zh: '检查人 {inspector} 来自被检查单位{unit}，应当回避', en: 'Inspector {inspector} belongs to the inspected unit {unit} and must recuse' },
    { zh: '检查组成员不得为本单位评分（回避）。', en: 'Members of the inspection team do not score their own unit (回避).' },
  ),
  'unit-from-file-name': rule(
    'warning',
    ['header'],
    { zh: '按文件名识别单位', en: 'Unit taken from the file name' },
    { zh: '表头未能识别单位，按文件名识别为“{unit}”；请核对', en: 'The header does not identify the unit; the file name suggests “{unit}”. Please check' },
    { zh: '单位名称为空或不在名录中，且没有元数据，按文件名中的单位名称识别。', en: 'The unit name is blank or unknown and there is no metadata, so the unit was taken from the file name.' },
  ),
  // ── normalisation ──────────────────────────────────────────────────────────────────────────
  'value-normalised': rule(
    'info',
    ['normalisation'],
    { zh: '已规范化', en: 'Value normalised' },
    { zh: '{field}“{value}”按 {normalised} 处理[[（{kinds}）]]', en: '{field} “{value}” read as {normalised}[[ ({kinds})]]' },
    {
      zh: '全角数字、带 % 的文字、首尾空格、Excel 日期序号、“2021年2月3日”等写法含义明确，已自动转换；转换一律提示，不会悄悄修改。含义不明确的写法按错误处理。',
      en: 'Full-width digits, “80%” text, stray spaces, Excel serial dates, “2021年2月3日” and the like are unambiguous and converted, always with this notice. Ambiguous input is an error instead.',
    },
  ),
} as const;

export type RuleCode = keyof typeof DEFINITIONS;

/**
 * The rules the ledger workbook checks by itself with formulas (packages/workbook's
 * ledger/selfCheck.ts writes them; a LibreOffice test holds both to agreement). Cell formats,
 * the roster, other months and the file's structure are beyond a formula: those rules stay the
 * product's alone.
 */
const SELF_CHECKED: Readonly<Partial<Record<RuleCode, SelfCheck>>> = {
  'unit-missing': 'exact',
  'month-missing': 'exact',
  'filler-missing': 'exact',
  'phone-missing': 'exact',
  'filled-date-missing': 'exact',
  'filled-date-invalid': 'typed',
  'filled-date-early': 'exact',
  'status-missing': 'exact',
  'status-invalid': 'typed',
  'status-na-not-allowed': 'exact',
  'status-na-without-remark': 'exact',
  'progress-not-number': 'typed',
  'progress-out-of-range': 'exact',
  'completed-without-evidence': 'exact',
  'completed-progress-below-100': 'exact',
  'not-started-with-progress': 'exact',
  'work-done-missing': 'exact',
  'self-score-not-number': 'typed',
  'self-score-negative': 'exact',
  'self-score-above-points': 'exact',
  'self-score-step': 'exact',
  'actual-not-number': 'typed',
  'actual-below-target': 'exact',
  'cell-error-value': 'typed',
};

/** Every rule by code. */
export const RULES: Readonly<Record<RuleCode, RuleDefinition>> = Object.freeze(
  Object.fromEntries(
    Object.entries(DEFINITIONS).map(([code, def]) => {
      const selfCheck = SELF_CHECKED[code as RuleCode];
      return [code, Object.freeze(selfCheck ? { code, ...def, selfCheck } : { code, ...def })];
    }),
  ) as Record<RuleCode, RuleDefinition>,
);

/** Every rule, in registry order. */
export const RULE_LIST: readonly RuleDefinition[] = Object.freeze(Object.values(RULES));

export const RULE_CODES: readonly RuleCode[] = Object.freeze(Object.keys(RULES) as RuleCode[]);

export function isRuleCode(code: string): code is RuleCode {
  return Object.prototype.hasOwnProperty.call(RULES, code);
}

export function getRule(code: RuleCode): RuleDefinition {
  return RULES[code];
}
