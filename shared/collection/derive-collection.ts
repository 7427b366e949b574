import { customerKey } from '../customer-key.ts';
import type { Receivable } from '../import/types.ts';
import type { Jurisdiction } from '../limitation/jurisdiction.ts';
import type { LimitationLang } from '../limitation/limitation-text.ts';
import type { LogEntry } from '../log/log-entry.ts';
import type { PlainDate } from '../plain-date.ts';
import { DEFAULT_STAGE_POLICY, type StagePolicy } from '../stages/stage-policy.ts';
import { deriveCustomerCollection } from './derive-customer-collection.ts';
import type { CustomerCollection } from './customer-collection.ts';
import type { InvoiceCollection } from './invoice-collection.ts';
import { compareCustomers } from './compare-customers.ts';
import type { LastContact } from './last-contact.ts';

/** The limitation law of one invoice (its contract's), or `undefined` when none is known. */
export type InvoiceJurisdiction = (receivable: Receivable) => Jurisdiction | undefined;

/** How the state is derived. */
export interface CollectionOptions {
  /** Stage thresholds, minimum balance and `minGapDays` (default {@link DEFAULT_STAGE_POLICY}). */
  readonly policy?: StagePolicy;
  /**
   * Whose limitation law applies: one for the whole ledger, or each invoice's own (a ledger
   * mixes contracts: a GBP invoice under English law beside a CNY one under Chinese law);
   * without one (or where the function says none) no limitation period is given.
   */
  readonly jurisdiction?: Jurisdiction | InvoiceJurisdiction;
  /** Language of the `why` sentences and of the limitation working (default `en`). */
  readonly lang?: LimitationLang;
}

/** The log's view of a ledger at as-of. */
export interface CollectionState {
  readonly asOf: PlainDate;
  /** One per customer in the receivables or the log, most urgent first. */
  readonly customers: readonly CustomerCollection[];
  /** One per receivable, in the order the receivables were given. */
  readonly invoices: readonly InvoiceCollection[];
  /** Log rows dated after as-of: not taken into account. */
  readonly laterRows: number;
}

function byDateThenRow(a: LogEntry, b: LogEntry): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row;
}

/** Whether rows are already in date-then-row order (a log appended day by day is). */
function inDateOrder(rows: readonly LogEntry[]): boolean {
  for (let i = 1; i < rows.length; i++) if (byDateThenRow(rows[i - 1] as LogEntry, rows[i] as LogEntry) > 0) return false;
  return true;
}

/** One customer's receivables (by index) and log rows. */
interface CustomerGroup {
  readonly key: string;
  readonly indices: number[];
  readonly entries: LogEntry[];
}

/**
 * Derives every customer's and invoice's collection state from the receivables and the
 * collection log at `asOf` (DESIGN.md, "Collection log"): a pure function of plain data, so the
 * CLI, the add-in and the extension give the same answers from the same log and export. Log
 * rows dated after `asOf` are left out; customers are matched by `customerKey`, invoices by
 * number ignoring case and width. Customers are independent: a row about one never changes
 * another's state.
 *
 * Cost: one pass to group rows and receivables by customer, then per customer a pass over its
 * rows for each of its invoices (100,000 rows over 50,000 invoices: see `npm run bench`).
 *
 * @example
 * const state = deriveCollection(receivables, log.entries, plainDate('2026-12-07'), { jurisdiction: 'cn', lang: 'zh-CN' });
 * state.customers[0] // → { customer: '苏州美雅纺织', status: 'broken-promise', nextStage: 'deadline', why: '承诺…', … }
 */
export function deriveCollection(
  receivables: readonly Receivable[], entries: readonly LogEntry[], asOf: PlainDate, options: CollectionOptions = {},
): CollectionState {
  const policy = options.policy ?? DEFAULT_STAGE_POLICY;
  const lang = options.lang ?? 'en';
  const ctx = { policy, lang, jurisdiction: options.jurisdiction, lastContacts: new Map<LogEntry, LastContact>() };
  // Names repeat row after row: each distinct spelling is normalised once and finds its group
  // with one lookup (the log's reader gives one string per spelling, so its hash is reused).
  const groups = new Map<string, CustomerGroup>();
  const bySpelling = new Map<string, CustomerGroup>();
  const groupOf = (name: string): CustomerGroup => {
    let g = bySpelling.get(name);
    if (g === undefined) {
      const key = customerKey(name);
      g = groups.get(key);
      if (g === undefined) {
        g = { key, indices: [], entries: [] };
        groups.set(key, g);
      }
      bySpelling.set(name, g);
    }
    return g;
  };
  for (let i = 0; i < receivables.length; i++) groupOf((receivables[i] as Receivable).customer).indices.push(i);
  let laterRows = 0;
  for (const e of entries) {
    if (e.date > asOf) laterRows++;
    else groupOf(e.customer).entries.push(e);
  }
  const invoices: InvoiceCollection[] = new Array(receivables.length);
  const customers: CustomerCollection[] = [];
  for (const g of groups.values()) {
    if (!inDateOrder(g.entries)) g.entries.sort(byDateThenRow);
    const mine = g.indices.map((i) => receivables[i] as Receivable);
    const derived = deriveCustomerCollection(g.key, mine, g.entries, asOf, ctx);
    for (let j = 0; j < g.indices.length; j++) invoices[g.indices[j] as number] = derived.invoices[j] as InvoiceCollection;
    customers.push(derived);
  }
  customers.sort(compareCustomers);
  return { asOf, customers, invoices, laterRows };
}
