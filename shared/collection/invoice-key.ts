/**
 * The key invoice numbers are matched by between the log and the receivables: Unicode-normalised
 * (NFKC), trimmed, upper case, so `inv-2026-0412` typed into the log finds `INV-2026-0412`.
 */
export function invoiceKey(invoice: string): string {
  // NFKC leaves ASCII as it is: skip it for the usual ASCII invoice number (a log's rows each
  // name one; normalising them all costs more than the rest of matching).
  // The usual number (`INV-2026-0412`) is its own key: one pass finds no lower-case letter, no
  // character beyond ASCII and nothing to trim, and it is given back as it is.
  const n = invoice.length;
  let plain = n > 0 && invoice.charCodeAt(0) > 0x20 && invoice.charCodeAt(n - 1) > 0x20;
  for (let i = 0; i < n; i++) {
    const c = invoice.charCodeAt(i);
    if (c > 0x7e) return invoice.normalize('NFKC').trim().toUpperCase();
    if (c >= 0x61 && c <= 0x7a) plain = false;
  }
  return plain ? invoice : invoice.trim().toUpperCase();
}
