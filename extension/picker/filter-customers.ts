import type { CustomerOption } from './picker-protocol.ts';

/**
 * The customers matching a search: every word of the query must appear (case-insensitively)
 * in the name, an e-mail address or an invoice number. An empty query matches all.
 */
export function filterCustomers(customers: readonly CustomerOption[], query: string): CustomerOption[] {
  const words = query.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [...customers];
  return customers.filter((c) => {
    const haystack = [c.name, ...c.emails, ...c.invoices.map((i) => i.invoice)].join('\n').toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}
