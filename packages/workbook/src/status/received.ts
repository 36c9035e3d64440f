import type { ReceivedLedger } from '@ledger-review/scoring';
import type { FileExamination } from '../consolidate/examine';

/**
 * The identified ledgers among examined files, as the status needs them: unit, month, 填报日期,
 * 填报人 and 联系电话 from the header. A file that could not be identified is not a ledger of
 * anyone (it is listed with its reason by the host).
 */
export function receivedLedgersOf(examined: readonly FileExamination[], receivedDates: Readonly<Record<string, string>> = {}): ReceivedLedger[] {
  return examined.flatMap((e) => {
    const l = e.ledger;
    if (!l) return [];
    return [
      {
        unitCode: l.unitCode,
        month: l.month,
        filledDate: l.header.filledDate,
        receivedDate: receivedDates[l.file] ?? null,
        filler: l.header.filler ?? '',
        phone: l.header.phone ?? '',
        file: e.path ?? e.name,
      },
    ];
  });
}
