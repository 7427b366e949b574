/**
 * The key customers are grouped by: the name as written, Unicode-normalised (NFKC: full-width
 * ＡＣＭＥ and half-width ACME are one customer), trimmed, runs of spaces collapsed, case folded.
 * Every part that groups invoices by customer uses this one function, so a report, a reminder
 * and the add-in's aging sheet never disagree about who a customer is.
 */
export function customerKey(name: string): string {
  // The usual name (`Acme Trading Ltd`) is printable ASCII with single spaces inside: NFKC, the
  // trim and the collapsing leave it as it is, so one pass checks that and only the case is
  // folded (every receivable of an export and every customer of a log is keyed: npm run bench).
  const n = name.length;
  let plain = n > 0 && name.charCodeAt(0) !== 0x20 && name.charCodeAt(n - 1) !== 0x20;
  for (let i = 0; plain && i < n; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || c > 0x7e || (c === 0x20 && name.charCodeAt(i + 1) === 0x20)) plain = false;
  }
  if (plain) return name.toLowerCase();
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}
