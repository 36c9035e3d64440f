import type { MissingRequirement, RequirementFeature } from './types';

/**
 * ExcelApi requirement sets per feature. The manifest asks for ExcelApi 1.7 (the floor for
 * live validation via `worksheet.onChanged`; 1.7 includes 1.6 conditional formats), so Excel
 * builds below 1.7 never load the add-in. Anything newer is checked here at run time and the UI
 * says what is unavailable instead of failing mid-write.
 *
 * No ExcelApi 1.9 API is used: `Range.setCellProperties` (1.9) would batch formatting, but
 * per-range formatting is fast enough at ledger sizes and keeps Excel 2019 (1.8) supported.
 */
export const FEATURE_REQUIREMENTS: Readonly<Record<RequirementFeature, string>> = Object.freeze({
  conditionalFormats: '1.6',
  liveValidation: '1.7',
  freezePanes: '1.7',
  tabColor: '1.7',
  dataValidation: '1.8',
});

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

export function supports(missing: readonly MissingRequirement[], feature: RequirementFeature): boolean {
  return !missing.some((m) => m.feature === feature);
}
