import type { FileQuirk, InvalidKind } from './cast';

/**
 * Scenario tags of the sample files (stable codes) and their descriptions in both languages,
 * for the CLI's `demo` summary and the browser mode's sample picker.
 */
export type ScenarioTag =
  'on-time' | `late:${number}` | 'resubmitted' | 'superseded' | FileQuirk | `invalid:${InvalidKind}`;

const INVALID_TEXT: Record<InvalidKind, { zh: string; en: string }> = {
  'progress-over-100': { zh: '完成进度填为 120', en: 'progress entered as 120' },
  'completed-without-evidence': { zh: '“已完成”未列佐证材料', en: '已完成 without evidence' },
  'self-score-above-points': { zh: '自评分超过分值', en: 'self-score above the points' },
  'full-width-percent': {
    zh: '完成进度填为全角“８０％”（可规范化）',
    en: 'progress typed as full-width "８０％" (normalised)',
  },
  'formula-like-text': {
    zh: '“存在问题”以“=”开头（须按文本保留）',
    en: '存在问题 starts with "=" (must stay text)',
  },
  'bad-phone': { zh: '联系电话格式错误', en: 'phone number in a bad format' },
  'not-started-with-progress': { zh: '“未启动”却填了进度', en: '未启动 with a progress above 0' },
};

const QUIRK_TEXT: Record<FileQuirk, { zh: string; en: string }> = {
  'no-metadata': { zh: '隐藏元数据丢失，按表头识别', en: 'hidden metadata lost; identified by the header' },
  'unit-only-in-file-name': {
    zh: '元数据丢失且单位名称空白，按文件名识别',
    en: 'metadata lost and unit name blank; identified by the file name',
  },
  'odd-file-name': {
    zh: '文件名无意义，按元数据识别',
    en: 'meaningless file name; identified by its metadata',
  },
};

/** A scenario tag in words. */
export function describeScenario(tag: string, lang: 'zh' | 'en' = 'zh'): string {
  if (tag === 'on-time') return lang === 'zh' ? '按时报送' : 'on time';
  if (tag === 'resubmitted')
    return lang === 'zh'
      ? '更正后重新报送（取代前一份）'
      : 'corrected resubmission (replaces the earlier file)';
  if (tag === 'superseded') return lang === 'zh' ? '已被更正件取代' : 'superseded by a corrected file';
  const late = /^late:(\d+)$/.exec(tag);
  if (late) return lang === 'zh' ? `逾期 ${late[1]} 天` : `${late[1]} days late`;
  const invalid = /^invalid:(.+)$/.exec(tag);
  if (invalid && invalid[1] in INVALID_TEXT) return INVALID_TEXT[invalid[1] as InvalidKind][lang];
  if (tag in QUIRK_TEXT) return QUIRK_TEXT[tag as FileQuirk][lang];
  return tag;
}
