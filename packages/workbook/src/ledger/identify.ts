import { makeFinding, resolveUnit, type RawLedger, type Unit } from '@ledger-review/scoring';

type RosterNames = Array<{ n: string; u: Unit }>;
const namesCache = new WeakMap<readonly Unit[], RosterNames>();

/** Every name and alias of the roster, longest first: 濮阳县 before 濮阳 (built once per roster). */
function namesLongestFirst(roster: readonly Unit[]): RosterNames {
  let names = namesCache.get(roster);
  if (!names) {
    names = roster.flatMap((u) => [u.name, ...u.aliases].map((n) => ({ n, u })));
    names.sort((a, b) => b.n.length - a.n.length);
    namesCache.set(roster, names);
  }
  return names;
}

/** A unit named in the file name (e.g. `华龙区2021年4月台账.xlsx`), or null. */
export function unitFromFileName(file: string, roster: readonly Unit[]): Unit | null {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const hit = namesLongestFirst(roster).find(({ n }) => n.length >= 2 && base.includes(n));
  return hit ? hit.u : null;
}

/**
 * A file name that names another unit than the ledger declares (metadata, else the header) gets
 * a warning: the usual sign of a borrowed or wrongly sent file.
 */
export function checkFileName(raw: RawLedger, file: string, roster: readonly Unit[]): void {
  const named = file ? unitFromFileName(file, roster) : null;
  if (!named) return;
  const headerName = raw.header.unitName?.value;
  const declared =
    (raw.meta?.unitCode ? roster.find((u) => u.code === raw.meta?.unitCode) : undefined) ??
    (typeof headerName === 'string' && headerName.trim() ? resolveUnit(headerName.trim(), roster).unit : null);
  if (!declared || declared.code === named.code) return;
  raw.preFindings = [
    ...(raw.preFindings ?? []),
    makeFinding('unit-file-name-mismatch', { fileUnit: named.name, unit: declared.name }, { file, sheet: raw.sheet }),
  ];
}

/**
 * The last resort of identification (metadata, else the header, else the file name): a ledger
 * with no metadata and a blank 单位名称 takes the unit its file name names, with a notice.
 */
export function identifyByFileName(raw: RawLedger, file: string, roster: readonly Unit[]): void {
  const headerName = raw.header.unitName?.value;
  if (raw.meta?.unitCode || !(headerName === null || headerName === undefined || String(headerName).trim() === '')) return;
  const guessed = file ? unitFromFileName(file, roster) : null;
  if (!guessed) return;
  raw.header.unitName = { value: guessed.name, row: raw.header.unitName?.row ?? 2, column: raw.header.unitName?.column ?? 'B' };
  raw.preFindings = [...(raw.preFindings ?? []), makeFinding('unit-from-file-name', { unit: guessed.name }, { file, sheet: raw.sheet })];
}
