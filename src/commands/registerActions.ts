/**
 * Registration of ribbon command handlers (manifest `<Action xsi:type="ExecuteFunction">`).
 * Guarded like the task pane: the function file may load where `Office.actions` is missing
 * (older builds without `Office.actions.associate`) or where office.js did not load at all.
 */

/** The part of `Office.AddinCommands.Event` a handler needs. */
export interface CommandEvent {
  completed(options?: { allowEvent?: boolean }): void;
}

export type CommandHandler = (event: CommandEvent) => Promise<void>;

export interface OfficeActionsLike {
  actions?: { associate(actionId: string, handler: (event: CommandEvent) => unknown): void };
}

/**
 * Office waits for `event.completed()` and shows a busy indicator until then; a handler that
 * throws before calling it leaves the button stuck. The wrapper always completes the event,
 * then rethrows so the failure still reaches the runtime's error reporting.
 */
export function completingHandler(handler: CommandHandler): (event: CommandEvent) => Promise<void> {
  return async (event) => {
    try {
      await handler(event);
    } finally {
      event.completed();
    }
  };
}

export interface Registration {
  actionId: string;
  /** `associate` where `Office.actions` exists; `global` is the legacy FunctionName lookup. */
  via: Array<'associate' | 'global'>;
}

/**
 * Registers each handler under its action id, both through `Office.actions.associate` (shared
 * runtime and current builds) and as a global function (the non-shared function file resolves
 * `<FunctionName>` on `window`).
 */
export function registerRibbonActions(
  office: OfficeActionsLike | undefined,
  handlers: Readonly<Record<string, CommandHandler>>,
  globalTarget: Record<string, unknown>,
): Registration[] {
  const registrations: Registration[] = [];
  for (const [actionId, handler] of Object.entries(handlers)) {
    const wrapped = completingHandler(handler);
    const via: Registration['via'] = [];
    if (office?.actions && typeof office.actions.associate === 'function') {
      office.actions.associate(actionId, wrapped);
      via.push('associate');
    }
    globalTarget[actionId] = wrapped;
    via.push('global');
    registrations.push({ actionId, via });
  }
  return registrations;
}
