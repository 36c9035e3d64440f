import { dayNumber } from '@ledger-review/scoring';

/** Excel's serial day number (1900 date system) of an ISO date: days since 1899-12-30. */
export function excelSerial(iso: string): number {
  return dayNumber(iso) + 25569;
}
