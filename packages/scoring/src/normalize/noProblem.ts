import { toHalfWidth } from './chars';

/**
 * What units type in 存在问题 (and inspectors in 发现问题) to say there is none. The sample
 * quarter alone had 351 such rows; listed as problems they flooded 通报问题 and the counts of
 * the 点评通报 draft.
 */
const NONE = new Set([
  '无',
  '暂无',
  '没有',
  '无问题',
  '暂无问题',
  '没有问题',
  '无明显问题',
  '未发现问题',
  '未发现明显问题',
  '无存在问题',
  '否',
  '/',
  '-',
  '--',
  '—',
  '——',
  '\\',
  'n/a',
  'na',
  'none',
]);

/** Whether a 存在问题 / 发现问题 text names a problem: not blank and not a way of saying "none". */
export function statesProblem(text: string | null | undefined): boolean {
  if (!text) return false;
  const t = toHalfWidth(text).trim().replace(/[。.；;，,！!]+$/u, '').replace(/\s+/g, '').toLowerCase();
  return t !== '' && !NONE.has(t);
}
