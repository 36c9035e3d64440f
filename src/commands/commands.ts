/**
 * Entry point of commands.html, the ribbon's function file. It registers the ExecuteFunction
 * handlers once Office is ready; outside Office (opened directly in a browser) it does nothing.
 */
import { detectHost, officeGlobal } from '../office/host';
import { registerRibbonActions, type OfficeActionsLike } from './registerActions';
import { RIBBON_ACTIONS } from './ribbonActions';

async function boot(): Promise<void> {
  const decision = await detectHost({ office: officeGlobal(), timeoutMs: 10_000 });
  if (decision.kind !== 'excel') return;
  registerRibbonActions(
    officeGlobal() as OfficeActionsLike | undefined,
    RIBBON_ACTIONS,
    globalThis as unknown as Record<string, unknown>,
  );
}

void boot();
