import { LEDGER_STATUSES, type LedgerStatus } from '../model/types';
import { hasZeroWidth, removeZeroWidth } from './chars';
import type { NormalisationKind, Normalised } from './types';

/**
 * Words units write instead of the five statuses, accepted only where a reader could not
 * mean anything else. Deliberately absent: 基本完成 / 部分完成 (推进中 or 已完成?), 无 / 暂无
 * (未启动 or 不适用?), 是 / 否, and anything naming a percentage.
 */
export const STATUS_SYNONYMS: Readonly<Record<string, LedgerStatus>> = Object.freeze({
  完成: '已完成',
  已办结: '已完成',
  未开始: '未启动',
  尚未启动: '未启动',
  尚未开始: '未启动',
  进行中: '推进中',
  正在推进: '推进中',
  正在进行: '推进中',
  持续推进: '推进中',
  常态化推进: '常态化',
  常态化开展: '常态化',
  已常态化: '常态化',
  不涉及: '不适用',
});

const STATUS_SET: ReadonlySet<string> = new Set(LEDGER_STATUSES);
const WHITESPACE_G = /\s+/g;
const WHITESPACE_RE = /\s/;

/**
 * 完成状态: one of {@link LEDGER_STATUSES}. Spaces anywhere (`已完成 `, `已 完成` with a full-width space) are removed
 * and reported; the synonyms of {@link STATUS_SYNONYMS} are mapped and reported; anything else
 * is `ok: false`.
 */
export function normaliseStatus(raw: unknown): Normalised<LedgerStatus> {
  if (typeof raw === 'string' && STATUS_SET.has(raw)) return { value: raw as LedgerStatus, ok: true, applied: [], original: raw };
  const applied: NormalisationKind[] = [];
  if (raw === null || raw === undefined) return { value: null, ok: true, applied, original: raw };
  if (typeof raw !== 'string') return { value: null, ok: false, applied, original: raw };
  let s = raw;
  if (hasZeroWidth(s)) {
    s = removeZeroWidth(s);
    applied.push('zero-width-removed');
  }
  if (WHITESPACE_RE.test(s)) {
    const inner = s.trim();
    if (inner.length !== s.length) applied.push('trimmed');
    s = inner.replace(WHITESPACE_G, '');
    if (s.length !== inner.length) applied.push('whitespace-collapsed');
  }
  if (s === '') return { value: null, ok: true, applied, original: raw };
  if (STATUS_SET.has(s)) return { value: s as LedgerStatus, ok: true, applied, original: raw };
  const synonym = Object.prototype.hasOwnProperty.call(STATUS_SYNONYMS, s) ? STATUS_SYNONYMS[s] : undefined;
  if (synonym) {
    applied.push('status-synonym');
    return { value: synonym, ok: true, applied, original: raw };
  }
  return { value: null, ok: false, applied, original: raw };
}
