/**
 * The key invoice numbers are matched by between the log and the receivables: Unicode-normalised
 * (NFKC), trimmed, upper case, so `inv-2026-0412` typed into the log finds `INV-2026-0412`.
 */
export function invoiceKey(invoice: string): string {
  // NFKC leaves ASCII as it is: skip it for the usual ASCII invoice number (a log's rows each
  // name one; normalising them all costs more than the rest of matching).
  for (let i = 0; i < invoice.length; i++) {
    if (invoice.charCodeAt(i) > 0x7e) return invoice.normalize('NFKC').trim().toUpperCase();
  }
  return invoice.trim().toUpperCase();
}
