/// <reference types="office-js" />
import { createExcelHost } from './excelHost';
import { missingRequirements } from './requirements';
import type { HostContext } from './types';

/**
 * The Excel host context, built only after `detectHost` said the page runs in Excel, so the
 * `Office` and `Excel` globals certainly exist here.
 */
export function excelHostContext(platform: string): HostContext {
  const missing = missingRequirements((name, version) =>
    Office.context.requirements.isSetSupported(name, version),
  );
  return { kind: 'excel', platform, missing, ops: createExcelHost({ excel: Excel, missing }) };
}
