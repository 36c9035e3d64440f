/** Today's date where the command runs, as YYYY-MM-DD (the local calendar day, not UTC's). */
export function today(now = new Date()): string {
  const d = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return d.toISOString().slice(0, 10);
}
