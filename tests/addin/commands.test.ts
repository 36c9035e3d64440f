import {
  completingHandler,
  registerRibbonActions,
  type CommandEvent,
} from '../../src/commands/registerActions';
import { RIBBON_ACTIONS } from '../../src/commands/ribbonActions';

function event() {
  const completed = jest.fn();
  return { completed, ev: { completed } as CommandEvent };
}

describe('ribbon command registration', () => {
  test('a handler that throws still completes the event, then rethrows', async () => {
    const { completed, ev } = event();
    const wrapped = completingHandler(async () => {
      throw new Error('sheet missing');
    });
    await expect(wrapped(ev)).rejects.toThrow('sheet missing');
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test('registers through Office.actions.associate and as a global function', async () => {
    const associate = jest.fn();
    const globals: Record<string, unknown> = {};
    const ran: string[] = [];
    const registrations = registerRibbonActions(
      { actions: { associate } },
      { validateNow: async () => void ran.push('validateNow') },
      globals,
    );
    expect(registrations).toEqual([{ actionId: 'validateNow', via: ['associate', 'global'] }]);
    expect(associate).toHaveBeenCalledWith('validateNow', globals.validateNow);
    const { completed, ev } = event();
    await (globals.validateNow as (e: CommandEvent) => Promise<void>)(ev);
    expect(ran).toEqual(['validateNow']);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test('without Office.actions (older builds, or no Office) only the global is registered', () => {
    const globals: Record<string, unknown> = {};
    expect(registerRibbonActions(undefined, { a: async () => undefined }, globals)).toEqual([
      { actionId: 'a', via: ['global'] },
    ]);
    expect(registerRibbonActions({}, { b: async () => undefined }, globals)).toEqual([
      { actionId: 'b', via: ['global'] },
    ]);
    expect(typeof globals.a).toBe('function');
  });

  test('the manifest has no ExecuteFunction buttons, so no handler is registered', () => {
    // All three buttons are ShowTaskpane (tests/addin/manifest.test.ts); a handler here without
    // a manifest entry would never run.
    expect(Object.keys(RIBBON_ACTIONS)).toEqual([]);
  });
});
