/**
 * The key customers are grouped by: the name as written, Unicode-normalised (NFKC: full-width
 * ＡＣＭＥ and half-width ACME are one customer), trimmed, runs of spaces collapsed, case folded.
 * Every part that groups invoices by customer uses this one function, so a report, a reminder
 * and the add-in's aging sheet never disagree about who a customer is.
 */
export function customerKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}
