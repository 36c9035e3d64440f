/**
 * The WPS 加载项's entry script (wpsjs convention: index.html loads main.js when WPS starts;
 * ribbon.xml names the functions it calls, which must be globals of that page). The three
 * buttons 校验台账 / 汇总台账 / 季度点评 open the task pane on their view, in one task pane per
 * add-in: created with `Application.CreateTaskPane` the first time, found again through the
 * id kept in `Application.PluginStorage` (shared by the add-in's pages) afterwards.
 */
import type { WpsApplication } from '../types';
import type { ViewId } from '../../taskpane/views';

export const BUTTON_VIEWS: Readonly<Record<string, ViewId>> = {
  btnValidate: 'validate',
  btnConsolidate: 'consolidate',
  btnReview: 'review',
};

export const TASKPANE_ID_KEY = 'ledger-review.taskpane-id';
/** Width of the task pane in pixels: the task pane's layout is made for 320–350 px. */
export const TASKPANE_WIDTH = 350;
/** `msoCTPDockPositionRight`. */
const DOCK_RIGHT = 2;

export interface RibbonControl {
  Id: string;
}

/** Where the task pane page is, next to this page (online: the server folder; offline: jsaddons). */
export function taskpaneUrl(base: string, view: ViewId): string {
  const url = new URL('taskpane.html', base);
  url.searchParams.set('view', view);
  return url.toString();
}

export function onAddinLoad(app: WpsApplication, ribbonUI: WpsApplication['ribbonUI']): boolean {
  if (ribbonUI && typeof app.ribbonUI !== 'object') (app as { ribbonUI?: unknown }).ribbonUI = ribbonUI;
  return true;
}

/** Opens (or shows and re-points) the task pane on the button's view. */
export function onAction(app: WpsApplication, control: RibbonControl, base: string): boolean {
  const view = BUTTON_VIEWS[control.Id];
  if (!view) return true;
  const url = taskpaneUrl(base, view);
  const id = app.PluginStorage.getItem(TASKPANE_ID_KEY);
  const existing = id !== null && id !== undefined && id !== '' ? app.GetTaskPane(id as number | string) : null;
  if (existing) {
    existing.Navigate(url);
    existing.Visible = true;
    return true;
  }
  const pane = app.CreateTaskPane(url, '台账点评');
  app.PluginStorage.setItem(TASKPANE_ID_KEY, pane.ID);
  pane.DockPosition = DOCK_RIGHT;
  pane.Width = TASKPANE_WIDTH;
  pane.Visible = true;
  return true;
}

export function getImage(control: RibbonControl): string {
  const view = BUTTON_VIEWS[control.Id];
  return view ? `assets/${view}-32.png` : 'assets/icon-32.png';
}

/** Installs the ribbon callbacks as globals of the add-in's page (what ribbon.xml calls). */
export function installRibbonCallbacks(target: Record<string, unknown>, app: () => WpsApplication, base: () => string): void {
  target.OnAddinLoad = (ribbonUI: WpsApplication['ribbonUI']) => onAddinLoad(app(), ribbonUI);
  target.OnAction = (control: RibbonControl) => onAction(app(), control, base());
  target.GetImage = (control: RibbonControl) => getImage(control);
}

// Defined at once: WPS calls OnAddinLoad as soon as the ribbon loads; `Application` is looked up
// when a callback runs.
if (typeof window !== 'undefined') {
  installRibbonCallbacks(
    window as unknown as Record<string, unknown>,
    () => (window as unknown as { Application: WpsApplication }).Application,
    () => window.location.href,
  );
}
