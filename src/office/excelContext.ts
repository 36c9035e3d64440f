/// <reference types="office-js" />
import { createExcelHost } from './excelHost';
import { laterCapabilitiesOf, missingRequirements } from './requirements';
import type { HostContext } from './types';

/**
 * The Excel host context, built only after `detectHost` said the page runs in Excel, so the
 * `Office` and `Excel` globals certainly exist here.
 */
export function excelHostContext(platform: string): HostContext {
  const isSetSupported = (name: string, version?: string) => Office.context.requirements.isSetSupported(name, version);
  const missing = missingRequirements(isSetSupported);
  const capabilities = laterCapabilitiesOf(isSetSupported);
  return { kind: 'excel', platform, missing, ops: createExcelHost({ excel: Excel, missing, capabilities, platform }) };
}
