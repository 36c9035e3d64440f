import type { HostContext } from '../office/types';
import type { WpsApplication } from './types';
import { createWpsHost } from './wpsHost';

/** The WPS 表格 host context, built only after detection found the WPS application. */
export function wpsHostContext(app: WpsApplication, platform: string): HostContext {
  return { kind: 'wps', platform, missing: [], ops: createWpsHost({ app }) };
}
