import { pick, type Lang } from '../i18n/lang';
import type { LedgerFacts, Unit, UnitGroup } from '../model/types';
import { UNIT_GROUPS } from '../model/types';
import { addMonths, isIsoDate, isMonth, ledgerDueDate, monthOfDate, daysBetween } from '../periods/periods';
import { resolveSettings, type ScoringSettings } from '../settings/settings';
import { dedupeLedgers, ledgerStatusCell } from '../scoring/ledgerStatus';
import { WARNING_TEXT } from '../scoring/messages';
import { rankingGroup } from '../scoring/reviewQuarter';
import type { LedgerState, LedgerStatusCell, ScoringWarning } from '../scoring/types';
import { STATUS_TEXT } from './messages';

/**
 * 报送状态与催报 (SPEC §10): on any day, each unit's monthly ledgers due so far — 按时 / 逾期 N 天 /
 * 未报送 / 未到期 — with who fills them in, and the 催报 list of units with ledgers past due and
 * not received, as text ready to paste into a message. No scores: the status of a month says
 * nothing about a quarter's review.
 */

/** 创建专班联系人: the office's contact, a setting (the template workbook's 文书设置 sheet). */
export interface OfficeContact {
  /** Where ledgers are sent. */
  office: string;
  name: string;
  phone: string;
  email: string;
}

/** The work plan's contact (濮法政办〔2021〕10号: 联系人 薛世方, 联系电话 6666679, zfdxtk@163.com). */
export const DEFAULT_OFFICE_CONTACT: Readonly<OfficeContact> = Object.freeze({
  office: '濮阳市法治政府建设领导小组办公室',
  name: '薛世方',
  phone: '6666679',
  email: 'zfdxtk@163.com',
});

/** One received ledger as far as its status needs it. */
export interface ReceivedLedger extends Pick<LedgerFacts, 'unitCode' | 'month' | 'filledDate' | 'receivedDate'> {
  /** 填报人 and 联系电话 from its header ('' when blank). */
  filler: string;
  phone: string;
  /** The file it came from, for the status sheet. */
  file?: string;
}

export interface CampaignStatusInput {
  roster: readonly Unit[];
  ledgers: readonly ReceivedLedger[];
  settings?: Partial<ScoringSettings>;
  /** The day the status is taken as of, ISO. */
  asOf: string;
  /** First month due; default settings.campaignStart, or the earliest month received when that is blank. */
  from?: string;
}

/** Who fills in a unit's ledger: from its latest ledger that names someone, else the roster. */
export interface UnitContact {
  name: string;
  phone: string;
  source: 'ledger' | 'roster' | 'none';
  /** The month of the ledger it came from. */
  month: string | null;
}

/** One month of a unit: its status cell and the file that counts. */
export interface MonthStatus extends LedgerStatusCell {
  file: string | null;
}

/** A month past due with nothing received, as of the status day. */
export interface OverdueMonth {
  month: string;
  dueDate: string;
  /** Whole days since the due date. */
  daysOverdue: number;
}

export type StatusCounts = Record<'onTime' | 'late' | 'missing' | 'notDue', number>;

export interface UnitStatus {
  unitCode: string;
  unitName: string;
  /** The group the unit is listed (and ranked) in. */
  group: UnitGroup;
  months: MonthStatus[];
  counts: StatusCounts;
  contact: UnitContact;
  /** 催报: months past due and not received (未报送), earliest first. */
  overdue: OverdueMonth[];
}

export interface CampaignStatus {
  asOf: string;
  /** The first month counted (empty when no month is due yet). */
  from: string;
  /** The months shown, from `from` to the last month ended by `asOf` (or received). */
  months: string[];
  settings: ScoringSettings;
  /** Grouped 县区 then 市直, roster order within each. */
  units: UnitStatus[];
  /** The units to chase (with overdue months), in the same order. */
  chase: UnitStatus[];
  totals: StatusCounts;
  warnings: ScoringWarning[];
}

const STATE_KEY: Record<LedgerState, keyof StatusCounts> = {
  'on-time': 'onTime',
  late: 'late',
  missing: 'missing',
  'not-due': 'notDue',
};

function countStates(cells: readonly LedgerStatusCell[]): StatusCounts {
  const counts: StatusCounts = { onTime: 0, late: 0, missing: 0, notDue: 0 };
  for (const c of cells) counts[STATE_KEY[c.state]]++;
  return counts;
}

/** The months from `from` to `to`, inclusive (empty when `from` is later). */
function monthRange(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to && out.length < 1200; m = addMonths(m, 1)) out.push(m);
  return out;
}

/**
 * Each unit's ledgers as of `asOf`: the months from the campaign start to the last month that
 * has ended (a ledger can be filled only after its month), each 按时 / 逾期 N 天 / 未报送 /
 * 未到期 (a month whose due date is today or later is never 未报送), the unit's contact, and the
 * 催报 list. Of several ledgers of one unit and month the later submission counts (收到日期, else
 * 填报日期), as in the quarterly review. Pure; throws InvalidSettingsError for bad settings and
 * RangeError for a malformed date.
 */
export function campaignStatus(input: CampaignStatusInput): CampaignStatus {
  const settings = resolveSettings(input.settings ?? {});
  const { asOf } = input;
  if (!isIsoDate(asOf)) throw new RangeError(`日期格式应为 YYYY-MM-DD：${asOf}`);
  const warnings: ScoringWarning[] = [];
  const unitByCode = new Map<string, Unit>();
  for (const u of input.roster) if (!unitByCode.has(u.code)) unitByCode.set(u.code, u);

  // A ledger of a month not yet ended as of the day (a wrong 报告月份) cannot be due: left out.
  const lastEnded = addMonths(monthOfDate(asOf), -1);
  const usable = input.ledgers.filter((l) => isMonth(l.month) && l.month <= monthOfDate(asOf));
  const unknown = new Set<string>();
  const deduped = dedupeLedgers(usable, (l) => {
    if (unitByCode.has(l.unitCode)) return true;
    const key = `${l.unitCode}\u0000${l.month}`;
    if (!unknown.has(key)) {
      unknown.add(key);
      warnings.push({ code: 'ledger-unknown-unit', unitCode: l.unitCode, ...WARNING_TEXT.ledgerUnknownUnit({ unitCode: l.unitCode, month: l.month }) });
    }
    return false;
  });
  for (const d of deduped.duplicates) {
    const name = unitByCode.get(d.unitCode)!.name;
    warnings.push({
      code: 'ledger-duplicate',
      unitCode: d.unitCode,
      ...WARNING_TEXT.ledgerDuplicate({ unitName: name, month: d.month, kept: d.kept.receivedDate ?? d.kept.filledDate ?? '—' }),
    });
  }

  const received = [...deduped.byUnit.values()].flatMap((m) => [...m.keys()]);
  const earliest = received.length ? received.reduce((a, b) => (a < b ? a : b)) : null;
  const from = input.from ?? (settings.campaignStart || earliest || lastEnded);
  const latestReceived = received.length ? received.reduce((a, b) => (a > b ? a : b)) : lastEnded;
  const months = monthRange(from, latestReceived > lastEnded ? latestReceived : lastEnded);

  const units: UnitStatus[] = [];
  for (const group of UNIT_GROUPS) {
    for (const unit of unitByCode.values()) {
      if (rankingGroup(unit, settings) !== group) continue;
      const own = deduped.byUnit.get(unit.code);
      const cells: MonthStatus[] = months.map((month) => {
        const l = own?.get(month);
        return { ...ledgerStatusCell(month, l, settings, asOf), file: l?.file ?? null };
      });
      const overdue = cells
        .filter((c) => c.state === 'missing')
        .map((c) => ({ month: c.month, dueDate: c.dueDate, daysOverdue: Math.max(0, daysBetween(ledgerDueDate(c.month, settings), asOf)) }));
      units.push({
        unitCode: unit.code,
        unitName: unit.name,
        group,
        months: cells,
        counts: countStates(cells),
        contact: contactOf(unit, own),
        overdue,
      });
    }
  }
  return {
    asOf,
    from: months.length ? months[0] : '',
    months,
    settings,
    units,
    chase: units.filter((u) => u.overdue.length > 0),
    totals: countStates(units.flatMap((u) => u.months)),
    warnings,
  };
}

/** The latest ledger that names a 填报人 or 联系电话 gives both (a blank one taken from the roster). */
function contactOf(unit: Unit, ledgers: ReadonlyMap<string, ReceivedLedger> | undefined): UnitContact {
  const rosterName = unit.contact?.trim() ?? '';
  const rosterPhone = unit.phone?.trim() ?? '';
  const latest = [...(ledgers?.values() ?? [])]
    .filter((l) => l.filler.trim() !== '' || l.phone.trim() !== '')
    .sort((a, b) => (a.month < b.month ? 1 : a.month > b.month ? -1 : 0))[0];
  if (latest) {
    return { name: latest.filler.trim() || rosterName, phone: latest.phone.trim() || rosterPhone, source: 'ledger', month: latest.month };
  }
  if (rosterName || rosterPhone) return { name: rosterName, phone: rosterPhone, source: 'roster', month: null };
  return { name: '', phone: '', source: 'none', month: null };
}

/** The 催报 line of one unit (numbered `index`), in the given language. */
export function chaseLine(unit: UnitStatus, index: number, contact: OfficeContact, lang: Lang): string {
  return pick(
    STATUS_TEXT.chaseLine({
      index,
      unit: unit.unitName,
      contact: STATUS_TEXT.unitContact(unit.contact),
      months: unit.overdue.map((m) => STATUS_TEXT.overdueMonth({ month: m.month, dueDate: m.dueDate, days: m.daysOverdue })),
      office: STATUS_TEXT.officeContact(contact),
    }),
    lang,
  );
}

/**
 * The 催报 text, ready to paste into a message: a heading line, then one line per unit to chase
 * with its 填报人, 电话, overdue months and the office's contact (each line stands on its own, so
 * it can also be sent to that unit alone). One line saying so when nobody is to be chased.
 */
export function chaseText(status: CampaignStatus, contact: OfficeContact, lang: Lang): string {
  if (status.chase.length === 0) return pick(STATUS_TEXT.chaseNone({ asOf: status.asOf }), lang);
  return [
    pick(STATUS_TEXT.chaseHeading({ asOf: status.asOf, units: status.chase.length, dueDay: status.settings.ledgerDueDay }), lang),
    ...status.chase.map((u, i) => chaseLine(u, i + 1, contact, lang)),
  ].join('\n');
}
