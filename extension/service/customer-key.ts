/** The key grouping receivables into one customer: the name, trimmed, spaces collapsed, case folded. */
export function customerKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}
