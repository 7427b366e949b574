import type { ImportSource, RejectedRow, SkippedRow } from '../import/types.ts';
import { toDecimalString } from '../money.ts';
import type { PlainDate } from '../plain-date.ts';
import type { ReportRow } from './report-row.ts';
import type { CurrencyTotals } from './report-totals.ts';

/** One receivable as it appears in `dunning report --format json` (DESIGN.md contract). */
export interface ReceivableJson {
  row: number;
  /** Last physical line when the invoice's record spans several (a quoted cell with line breaks). */
  lastRow?: number;
  customer: string;
  invoice: string;
  email?: string;
  phone?: string;
  contact?: string;
  currency: string;
  amount: string;
  paid: string;
  outstanding: string;
  issueDate?: string;
  dueDate: string;
  daysOverdue: number;
  bucket: string;
  stage: string | null;
  penalty: string;
  compensation?: string;
  /** The rule that produced the penalty (`cn-lpr-1.5x`, `contract 日万分之五`), when a rule applies. */
  rule?: string;
  /** The tables the penalty rests on past their known-until dates (`ecbMro`, `cnHolidays`). */
  assumed?: string[];
}

export interface TotalsJson {
  invoices: number;
  outstanding: string;
  overdue: string;
  penalty: string;
  compensation: string;
  buckets: Record<string, string>;
}

/** The whole report object: the exchange format read back by the extension and the add-in. */
export interface ReportJson {
  asOf: string;
  source: Omit<ImportSource, 'mapping'> & { mapping?: ImportSource['mapping'] };
  receivables: ReceivableJson[];
  rejected: RejectedRow[];
  skipped: SkippedRow[];
  totals: Record<string, TotalsJson>;
}

/** Column order of the CSV report, the same fields as the JSON one. */
export const REPORT_CSV_COLUMNS = [
  'row', 'customer', 'invoice', 'email', 'currency', 'amount', 'paid', 'outstanding',
  'issueDate', 'dueDate', 'daysOverdue', 'bucket', 'stage', 'penalty', 'rule', 'assumed',
] as const;

/** A report row as its JSON object (money as decimal strings with the currency's digits). */
export function reportRowToJson(row: ReportRow): ReceivableJson {
  const r = row.receivable;
  const json: ReceivableJson = {
    row: r.row,
    ...(r.lastRow !== undefined ? { lastRow: r.lastRow } : {}),
    customer: r.customer,
    invoice: r.invoice,
    ...(r.email !== undefined ? { email: r.email } : {}),
    ...(r.phone !== undefined ? { phone: r.phone } : {}),
    ...(r.contact !== undefined ? { contact: r.contact } : {}),
    currency: r.currency,
    amount: toDecimalString(r.amount),
    paid: toDecimalString(r.paid),
    outstanding: toDecimalString(r.outstanding),
    ...(r.issueDate !== undefined ? { issueDate: r.issueDate } : {}),
    dueDate: r.dueDate,
    daysOverdue: row.daysOverdue,
    bucket: row.bucket,
    stage: row.stage,
    penalty: toDecimalString(row.penalty),
  };
  if (row.compensation.minor !== 0) json.compensation = toDecimalString(row.compensation);
  if (row.rule !== undefined) json.rule = row.rule;
  if (row.assumed !== undefined && row.assumed.length > 0) json.assumed = [...row.assumed];
  return json;
}

/** Totals as JSON. */
export function totalsToJson(totals: Readonly<Record<string, CurrencyTotals>>): Record<string, TotalsJson> {
  const out: Record<string, TotalsJson> = {};
  for (const [currency, t] of Object.entries(totals)) {
    const buckets: Record<string, string> = {};
    for (const [id, m] of Object.entries(t.buckets)) buckets[id] = toDecimalString(m);
    out[currency] = {
      invoices: t.invoices,
      outstanding: toDecimalString(t.outstanding),
      overdue: toDecimalString(t.overdue),
      penalty: toDecimalString(t.penalty),
      compensation: toDecimalString(t.compensation),
      buckets,
    };
  }
  return out;
}

/** Assembles the report object. */
export function buildReportJson(input: {
  asOf: PlainDate;
  source: ImportSource;
  rows: readonly ReportRow[];
  rejected: readonly RejectedRow[];
  skipped: readonly SkippedRow[];
  totals: Readonly<Record<string, CurrencyTotals>>;
}): ReportJson {
  return {
    asOf: input.asOf,
    source: input.source,
    receivables: input.rows.map(reportRowToJson),
    rejected: [...input.rejected],
    skipped: [...input.skipped],
    totals: totalsToJson(input.totals),
  };
}
