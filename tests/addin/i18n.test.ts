import {
  initialLang,
  rememberLang,
  LANG_STORAGE_KEY,
  type StorageLike,
} from '../../src/i18n/languagePreference';
import { bimonthText, dateText, monthText, quarterText } from '../../src/i18n/periodLabels';
import fs from 'fs';
import path from 'path';
import { FILE_STATUS_LABEL, type FileStatus } from '@ledger-review/workbook';
import { UNIT_GROUPS } from '@ledger-review/scoring';
import { HOST_ERROR_TEXT, HostError, type HostErrorCode } from '../../src/office/errors';
import { FEATURE_TEXT } from '../../src/office/requirements';
import {
  LANGS,
  UI_CATALOGUE,
  formatFileSize,
  formatNumber,
  hasKey,
  placeholders,
  translate,
  type UiKey,
} from '../../src/i18n/ui';
import { describeError } from '../../src/taskpane/errors';

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

  test('the file statuses say exactly what the review workbook’s 文件清单 says', () => {
    for (const status of Object.keys(FILE_STATUS_LABEL) as FileStatus[]) {
      expect(translate('zh-CN', `fileStatus.${status}` as UiKey)).toBe(FILE_STATUS_LABEL[status]);
      expect(CJK.test(translate('en', `fileStatus.${status}` as UiKey))).toBe(false);
    }
  });

  test('every host error code and requirement feature has its text, from the host layer', () => {
    for (const code of Object.keys(HOST_ERROR_TEXT) as HostErrorCode[]) {
      expect(hasKey(`hostError.${code}`)).toBe(true);
      expect(translate('zh-CN', `hostError.${code}` as UiKey)).toBe(HOST_ERROR_TEXT[code]['zh-CN']);
    }
    for (const feature of Object.keys(FEATURE_TEXT)) expect(hasKey(`feature.${feature}`)).toBe(true);
    for (const group of UNIT_GROUPS) expect(hasKey(`review.group.${group}`)).toBe(true);
  });

  test('host errors in Chinese with what to do; other errors as unexpected', () => {
    const t = (key: UiKey, params?: Record<string, string | number>) => translate('zh-CN', key, params);
    expect(describeError(new HostError('requirement-missing', { version: '1.7' }), t)).toBe(
      '此版本的 Excel 不支持该功能（需要 ExcelApi 1.7）。请升级到 Microsoft 365 版 Excel 或改用 Excel 网页版；也可以在浏览器中打开本页，上传工作簿处理。',
    );
    expect(describeError(new HostError('cell-edit-mode'), t)).toBe(
      HOST_ERROR_TEXT['cell-edit-mode']['zh-CN'],
    );
    expect(describeError(new HostError('sheet-protected', { sheet: '综合排名' }), t)).toContain(
      '“综合排名”受保护',
    );
    expect(describeError(new Error('boom'), t)).toBe('发生意外错误：boom');
    const en = (key: UiKey, params?: Record<string, string | number>) => translate('en', key, params);
    expect(describeError(new HostError('office-error', { message: 'GeneralException' }), en)).toMatch(
      /^Excel reported an error: GeneralException.*Try again/,
    );
  });

  test('every key the task pane asks for exists, including the ones built from codes', () => {
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.tsx?$/.test(entry.name)) {
          for (const m of fs.readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'/g)) used.add(m[1]);
        }
      }
    };
    walk(path.resolve(__dirname, '../../src'));
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !hasKey(k))).toEqual([]);
    const built = [
      ...['error', 'warning', 'info'].map((s) => `severity.${s}`),
      ...[
        'template',
        'template-invalid',
        'template-extra',
        'existing-review',
        'previous-review',
        'review-unused',
      ].map((r) => `fileRole.${r}`),
      ...['outdated', 'unknown', 'no-metadata'].map((s) => `validate.template.${s}`),
      ...['reading-workbook', 'consolidating', 'writing', 'sample', 'rendering'].map(
        (p) => `consolidate.progress.${p}`,
      ),
      ...['not-ledger', 'unit-unknown', 'month-unknown'].map((r) => `carry.${r}`),
      'validate.source.Local',
      'validate.source.Remote',
    ];
    expect(built.filter((k) => !hasKey(k))).toEqual([]);
  });

  test('numbers in the UI language', () => {
    expect(formatNumber(86.5, 'zh-CN', 2)).toBe('86.50');
    expect(formatNumber(1234.5, 'en', 1)).toBe('1,234.5');
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
