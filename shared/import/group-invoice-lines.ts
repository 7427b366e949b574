import { flat } from './cell-text.ts';
import { createInvoiceIndex } from './invoice-index.ts';
import type { TableLayout } from './table-layout.ts';
import type { Receivable, RejectedRow, SkippedRow } from './types.ts';

/** Where the grouping stage delivers what it decided. */
export interface GroupSink {
  receivable(r: Receivable): void;
  rejected(r: RejectedRow): void;
  skipped(s: SkippedRow): void;
}

/**
 * The "group invoice lines" stage: one receivable per invoice number.
 * - Line-item exports (a Quantity/UnitAmount/LineAmount column, Xero): lines with the same
 *   number, customer and currency make one receivable (`rows` lists them; the extra lines are
 *   skipped as `line-item`); line-level amount columns are summed, invoice-level ones taken
 *   once. These receivables are delivered at `finish`.
 * - Otherwise a repeated number is rejected ("duplicate invoice number, first seen on row N").
 */
export interface InvoiceGrouper {
  take(r: Receivable, span: number): void;
  finish(): void;
}

interface LineGroup {
  first: Receivable;
  rows: number[];
  extra: { row: number; lastRow?: number }[];
  amount: number;
  paid: number;
  outstanding: number;
}

/** Creates the stage for a table; keeps the invoice numbers seen (and, for line items, one group per invoice). */
export function createInvoiceGrouper(layout: TableLayout, sink: GroupSink): InvoiceGrouper {
  const seen = createInvoiceIndex();
  const groups = new Map<string, LineGroup>();
  const sumAmount = layout.mapping.lineLevel.has('amount');
  const sumPaid = layout.mapping.lineLevel.has('paid');
  const sumOutstanding = layout.mapping.lineLevel.has('outstanding');
  const hasOutstanding = layout.columns.outstanding >= 0;

  function reject(r: Receivable, span: number, reason: string): void {
    sink.rejected(span > 1 ? { row: r.row, column: 'invoice', value: r.invoice, reason, lastRow: r.row + span - 1 }
      : { row: r.row, column: 'invoice', value: r.invoice, reason });
  }

  return {
    take(r, span) {
      const key = flat(r.invoice);
      if (!layout.lineItems) {
        const first = seen.firstRowOrAdd(key, r.row);
        if (first !== undefined) return reject(r, span, `duplicate invoice number, first seen on row ${first}`);
        sink.receivable(r);
        return;
      }
      const g = groups.get(key);
      if (!g) {
        groups.set(key, { first: r, rows: [r.row], extra: [], amount: r.amount.minor, paid: r.paid.minor, outstanding: r.outstanding.minor });
        return;
      }
      if (g.first.customer !== r.customer || g.first.currency !== r.currency) {
        return reject(r, span, `duplicate invoice number, first seen on row ${g.first.row}`);
      }
      // Line-level amount columns add up; invoice-level ones repeat on every line.
      const amount = sumAmount ? g.amount + r.amount.minor : g.amount;
      const paid = sumPaid ? g.paid + r.paid.minor : g.paid;
      const outstanding = sumOutstanding ? g.outstanding + r.outstanding.minor : g.outstanding;
      if (!isSafe(amount) || !isSafe(paid) || !isSafe(outstanding) || !isSafe(amount - paid)) {
        return reject(r, span, `the lines of this invoice add up to more than can be counted exactly (first line on row ${g.first.row})`);
      }
      g.amount = amount;
      g.paid = paid;
      g.outstanding = outstanding;
      g.rows.push(r.row);
      g.extra.push(span > 1 ? { row: r.row, lastRow: r.row + span - 1 } : { row: r.row });
    },
    finish() {
      for (const g of groups.values()) {
        const c = g.first.currency;
        if (g.rows.length === 1) {
          sink.receivable(g.first);
          continue;
        }
        // With summed line amounts and no outstanding column, what is owed follows the sum.
        const outstanding = sumAmount && !hasOutstanding ? g.amount - g.paid : g.outstanding;
        sink.receivable({
          ...g.first,
          amount: { minor: g.amount, currency: c },
          paid: { minor: g.paid, currency: c },
          outstanding: { minor: outstanding, currency: c },
          rows: g.rows,
        });
        for (const e of g.extra) sink.skipped({ ...e, kind: 'line-item' });
      }
      groups.clear();
    },
  };
}

function isSafe(n: number): boolean {
  return n <= Number.MAX_SAFE_INTEGER && n >= -Number.MAX_SAFE_INTEGER;
}
