import { allPlaceholders } from '@ledger-review/scoring';
import { CLI_TEXT, say } from './messages';

describe('the CLI text catalogue', () => {
  it.each(Object.entries(CLI_TEXT))('%s has both languages with the same placeholders', (_key, text) => {
    expect(typeof text.zh).toBe('string');
    expect(typeof text.en).toBe('string');
    expect(text.zh.trim()).not.toBe('');
    expect(text.en.trim()).not.toBe('');
    expect(allPlaceholders(text.en).sort()).toEqual(allPlaceholders(text.zh).sort());
  });

  it('fills a line in either language', () => {
    expect(say('zh-CN', 'doneIn', { seconds: 3 })).toBe('完成，用时 3 秒');
    expect(say('en', 'doneIn', { seconds: 3 })).toBe('done in 3 s');
  });
});
