import {
  initialLang,
  rememberLang,
  LANG_STORAGE_KEY,
  type StorageLike,
} from '../../src/i18n/languagePreference';
import { bimonthText, dateText, monthText, quarterText } from '../../src/i18n/periodLabels';
import { LANGS, UI_CATALOGUE, formatFileSize, placeholders, translate, type UiKey } from '../../src/i18n/ui';

const CJK = /[\u3400-\u9fff]/;

describe('UI catalogue', () => {
  const zhKeys = Object.keys(UI_CATALOGUE['zh-CN']).sort();

  test('both languages have exactly the same keys, none empty', () => {
    for (const lang of LANGS) {
      expect(Object.keys(UI_CATALOGUE[lang]).sort()).toEqual(zhKeys);
      const empty = Object.entries(UI_CATALOGUE[lang]).filter(([, v]) => !v.trim());
      expect(empty).toEqual([]);
    }
  });

  test('placeholders match between languages', () => {
    const mismatched = zhKeys.filter(
      (key) =>
        JSON.stringify(placeholders(UI_CATALOGUE['zh-CN'][key as UiKey]).sort()) !==
        JSON.stringify(placeholders(UI_CATALOGUE.en[key as UiKey]).sort()),
    );
    expect(mismatched).toEqual([]);
  });

  test('English strings are English (a forgotten copy of the Chinese text shows up here)', () => {
    // 'lang.switchTo' names the other language in that language, by design.
    const chineseInEnglish = zhKeys.filter(
      (k) => k !== 'lang.switchTo' && CJK.test(UI_CATALOGUE.en[k as UiKey]),
    );
    expect(chineseInEnglish).toEqual([]);
    expect(UI_CATALOGUE.en['lang.switchTo']).toBe('中文');
    expect(UI_CATALOGUE['zh-CN']['lang.switchTo']).toBe('English');
  });

  test('translate fills placeholders and keeps unknown ones visible', () => {
    expect(translate('zh-CN', 'files.count', { count: 3, size: '1.5 KB' })).toBe(
      '已选择 3 个文件，合计 1.5 KB。',
    );
    expect(translate('en', 'files.count', { count: 3, size: '1.5 KB' })).toBe(
      '3 file(s) chosen, 1.5 KB in total.',
    );
    expect(translate('en', 'files.count', { count: 3 })).toBe('3 file(s) chosen, {size} in total.');
  });

  test('values are inserted literally (no template re-expansion, no markup handling)', () => {
    expect(translate('en', 'files.removeLabel', { name: '<b>{size}</b>' })).toBe('Remove <b>{size}</b>');
  });

  test('file sizes', () => {
    expect(formatFileSize(0, 'en')).toBe('0 B');
    expect(formatFileSize(1023, 'zh-CN')).toBe('1,023 B');
    expect(formatFileSize(1536, 'en')).toBe('1.5 KB');
    expect(formatFileSize(30 * 1024 * 1024, 'zh-CN')).toBe('30 MB');
  });
});

describe('language preference', () => {
  const memory = (): StorageLike & { data: Record<string, string> } => {
    const data: Record<string, string> = {};
    return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
  };

  test('defaults to zh-CN; ?lang= wins over the stored choice', () => {
    const storage = memory();
    expect(initialLang('', storage)).toBe('zh-CN');
    rememberLang('en', storage);
    expect(storage.data[LANG_STORAGE_KEY]).toBe('en');
    expect(initialLang('', storage)).toBe('en');
    expect(initialLang('?lang=zh-CN', storage)).toBe('zh-CN');
    expect(initialLang('?lang=zh', storage)).toBe('zh-CN');
    expect(initialLang('?lang=fr', undefined)).toBe('zh-CN');
  });

  test('storage that throws is survived', () => {
    const hostile: StorageLike = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceeded');
      },
    };
    expect(initialLang('', hostile)).toBe('zh-CN');
    expect(() => rememberLang('en', hostile)).not.toThrow();
  });
});

describe('period labels', () => {
  test('Chinese labels come from the scoring library, English ones are built here', () => {
    expect(monthText('2021-01', 'zh-CN')).toBe('2021年1月');
    expect(monthText('2021-12', 'en')).toBe('December 2021');
    expect(bimonthText('2021-B2', 'zh-CN')).toBe('2021年3—4月');
    expect(bimonthText('2021-B6', 'en')).toBe('Nov–Dec 2021');
    expect(quarterText('2021Q3', 'zh-CN')).toBe('2021年第三季度');
    expect(quarterText('2021Q3', 'en')).toBe('Q3 2021');
    expect(dateText('2021-02-05', 'zh-CN')).toBe('2021年2月5日');
    expect(dateText('2021-02-05', 'en')).toBe('5 Feb 2021');
  });
});
