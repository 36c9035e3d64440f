import type { MissingRequirement, RequirementFeature } from './types';

/**
 * ExcelApi requirement sets per feature. The manifest asks for ExcelApi 1.7 (the floor for
 * live validation via `worksheet.onChanged`; 1.7 includes 1.6 conditional formats), so Excel
 * builds below 1.7 never load the add-in. Anything newer is checked here at run time and the UI
 * says what is unavailable instead of failing mid-write.
 *
 * `Range.setCellProperties` (1.9) is not used: formats are applied per rectangle of same-styled
 * cells, a few dozen calls per sheet, which keeps Excel 2019 (1.8) fully able to write.
 */
export const FEATURE_REQUIREMENTS: Readonly<Record<RequirementFeature, string>> = Object.freeze({
  conditionalFormats: '1.6',
  liveValidation: '1.7',
  freezePanes: '1.7',
  tabColor: '1.7',
  dataValidation: '1.8',
  autoFilter: '1.9',
  printSetup: '1.9',
});

/**
 * Newer APIs the host uses when present without the user noticing their absence, so they are
 * not listed as missing features: typed string writes (1.16) back up the text number format for
 * unit text starting with `=`; merged areas (1.13) let the reader report merged cells; workbook
 * activation (1.13) adds re-focus to sheet activation as a re-validation trigger.
 */
export const CAPABILITY_REQUIREMENTS = Object.freeze({
  typedStrings: '1.16',
  mergedAreas: '1.13',
  workbookActivated: '1.13',
  /** `Worksheet.findAllOrNullObject`: find table headers, then read only the wanted columns. */
  findAll: '1.9',
  /** `Excel.run({ mergeUndoGroup })`: a write as one step of the user's undo stack. */
  undoGroups: '1.20',
  /** `Excel.createWorkbook`: hand a generated .xlsx to the user as a new workbook. */
  createWorkbook: '1.8',
});

export type Capability = keyof typeof CAPABILITY_REQUIREMENTS;
/** The three the host has always asked about are required; later ones default to absent. */
type OlderCapability = 'typedStrings' | 'mergedAreas' | 'workbookActivated';
export type Capabilities = Readonly<Record<OlderCapability, boolean>> &
  Readonly<Partial<Record<Exclude<Capability, OlderCapability>, boolean>>>;

/** The set the manifest's `<Requirements>` declares; kept in sync by tests/addin/manifest.test.ts. */
export const MANIFEST_EXCEL_API = '1.7';

/** `Office.context.requirements.isSetSupported`, injected so tests need no Office. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export function missingRequirements(isSetSupported: IsSetSupported): MissingRequirement[] {
  const missing: MissingRequirement[] = [];
  for (const [feature, version] of Object.entries(FEATURE_REQUIREMENTS) as Array<
    [RequirementFeature, string]
  >) {
    if (!isSetSupported('ExcelApi', version)) missing.push({ feature, set: 'ExcelApi', version });
  }
  return missing;
}

export function capabilitiesOf(isSetSupported: IsSetSupported): Capabilities {
  const out = {} as Record<OlderCapability, boolean>;
  for (const capability of ['typedStrings', 'mergedAreas', 'workbookActivated'] as const) {
    out[capability] = isSetSupported('ExcelApi', CAPABILITY_REQUIREMENTS[capability]);
  }
  return out;
}

/** The capabilities added later (table search, undo groups), for the Excel host to merge in. */
export function laterCapabilitiesOf(isSetSupported: IsSetSupported): Capabilities {
  return {
    ...capabilitiesOf(isSetSupported),
    findAll: isSetSupported('ExcelApi', CAPABILITY_REQUIREMENTS.findAll),
    undoGroups: isSetSupported('ExcelApi', CAPABILITY_REQUIREMENTS.undoGroups),
    createWorkbook: isSetSupported('ExcelApi', CAPABILITY_REQUIREMENTS.createWorkbook),
  };
}

/** What a host without any of the optional capabilities can do (the manifest floor). */
export const NO_CAPABILITIES: Capabilities = Object.freeze({
  typedStrings: false,
  mergedAreas: false,
  workbookActivated: false,
  findAll: false,
  undoGroups: false,
  createWorkbook: false,
});

export function supports(missing: readonly MissingRequirement[], feature: RequirementFeature): boolean {
  return !missing.some((m) => m.feature === feature);
}

/** `ExcelApi 1.9`, as SkippedFeature.requirement shows it. */
export function requirementLabel(feature: RequirementFeature): string {
  return `ExcelApi ${FEATURE_REQUIREMENTS[feature]}`;
}

/**
 * zh-CN / English names of the features, for the "this Excel lacks…" banner (the UI catalogue's
 * `feature.<name>` keys; the two new ones are autoFilter and printSetup).
 */
export const FEATURE_TEXT: Readonly<Record<RequirementFeature, { 'zh-CN': string; en: string }>> = {
  liveValidation: { 'zh-CN': '编辑时实时校验（需要 ExcelApi {version}）', en: 'validation while editing (needs ExcelApi {version})' },
  conditionalFormats: { 'zh-CN': '条件格式标记（需要 ExcelApi {version}）', en: 'conditional highlighting (needs ExcelApi {version})' },
  dataValidation: { 'zh-CN': '写入下拉列表和数值限制（需要 ExcelApi {version}）', en: 'drop-down lists and value limits (needs ExcelApi {version})' },
  freezePanes: { 'zh-CN': '冻结表头（需要 ExcelApi {version}）', en: 'frozen headers (needs ExcelApi {version})' },
  tabColor: { 'zh-CN': '工作表标签颜色（需要 ExcelApi {version}）', en: 'sheet tab colours (needs ExcelApi {version})' },
  autoFilter: { 'zh-CN': '表格筛选按钮（需要 ExcelApi {version}）', en: 'table filter buttons (needs ExcelApi {version})' },
  printSetup: { 'zh-CN': '打印设置（横向、每页重复表头）（需要 ExcelApi {version}）', en: 'print setup (landscape, repeated header) (needs ExcelApi {version})' },
};
