import { COLLECTION_STATUSES, type CollectionState, type CollectionStatus } from '../../shared/collection/index.ts';

/** How many customers and open invoices are in one collection status. */
export interface StatusCount {
  readonly status: CollectionStatus;
  readonly customers: number;
  readonly invoices: number;
}

/**
 * Customers and open invoices per collection status (DESIGN.md statuses, in their order), from
 * the state the core derived: what the aging summary shows under "By status". Statuses nobody is
 * in are left out; paid invoices are not counted as open.
 *
 * @example
 * statusCounts(deriveCollection(receivables, log.entries, asOf))
 * // → [{ status: 'open', customers: 3, invoices: 5 }, { status: 'broken-promise', customers: 1, invoices: 2 }]
 */
export function statusCounts(state: Pick<CollectionState, 'customers' | 'invoices'>): StatusCount[] {
  const customers = new Map<CollectionStatus, number>();
  const invoices = new Map<CollectionStatus, number>();
  for (const c of state.customers) {
    if (c.invoices.length === 0) continue;
    customers.set(c.status, (customers.get(c.status) ?? 0) + 1);
  }
  for (const i of state.invoices) {
    if (i.status === 'paid') continue;
    invoices.set(i.status, (invoices.get(i.status) ?? 0) + 1);
  }
  return COLLECTION_STATUSES
    .map((status) => ({ status, customers: customers.get(status) ?? 0, invoices: invoices.get(status) ?? 0 }))
    .filter((s) => s.customers > 0 || s.invoices > 0);
}
