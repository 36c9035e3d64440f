import type { CommandHandler } from './registerActions';

/**
 * ExecuteFunction handlers by action id (the manifest's `<FunctionName>`).
 *
 * The three ribbon buttons of manifest.xml (校验台账, 汇总台账, 季度点评) are all
 * `ShowTaskpane` actions: Office opens the task pane at `taskpane.html?view=…` itself and
 * calls no function. A button that acts without opening the pane (for example "validate the
 * active sheet now") is added here and in the manifest as `<Action xsi:type="ExecuteFunction">`.
 */
export const RIBBON_ACTIONS: Readonly<Record<string, CommandHandler>> = Object.freeze({});
