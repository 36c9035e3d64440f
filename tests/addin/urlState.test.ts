import { rememberView } from '../../src/taskpane/urlState';

describe('rememberView (the ?view= memory)', () => {
  test('updates the address where history works', () => {
    const calls: unknown[][] = [];
    const win = {
      location: { search: '?lang=en', hash: '#x' },
      history: { replaceState: (...args: unknown[]) => void calls.push(args) },
    };
    expect(rememberView(win, 'review')).toBe(true);
    expect(calls).toEqual([[null, '', '?lang=en&view=review#x']]);
  });

  test('inside Office, where office.js nulled history.replaceState (office-js#429), it does nothing and does not throw', () => {
    const win = { location: { search: '?view=validate', hash: '' }, history: { replaceState: null } };
    expect(rememberView(win, 'consolidate')).toBe(false);
  });

  test('a frame that refuses history changes does not break the tab switch', () => {
    const win = {
      location: { search: '', hash: '' },
      history: {
        replaceState: () => {
          throw new Error('SecurityError');
        },
      },
    };
    expect(rememberView(win, 'review')).toBe(false);
  });
});
