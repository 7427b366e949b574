import type { ContactChannel } from '../../shared/contact-channel.ts';
import { instalmentPlanEntries, LOG_COLUMNS, logEntryCells, type InstalmentPlanError, type LogAction, type LogRowCells, type NewLogEntry } from '../../shared/log/index.ts';
import { add, type Money } from '../../shared/money.ts';
import { parsePlainDate } from '../../shared/plain-date.ts';
import type { StageId } from '../../shared/stage-id.ts';
import type { PaneLanguage } from '../i18n/language.ts';

/** What the pane's Record buttons record. */
export const RECORD_KINDS = ['sent', 'promise', 'plan', 'dispute', 'resolved', 'pause', 'acknowledged', 'note'] as const;

export type RecordKind = (typeof RECORD_KINDS)[number];

/** The log action each kind records ("Mark as sent" is a `reminder`). */
export const ACTION_OF: Readonly<Record<RecordKind, LogAction>> = {
  sent: 'reminder', promise: 'promise', plan: 'plan', dispute: 'dispute', resolved: 'resolved', pause: 'pause', acknowledged: 'acknowledged', note: 'note',
};

/** The fields of the Record form, as typed (plain text; the core's validator reads them). */
export interface RecordForm {
  readonly kind: RecordKind;
  readonly date: string;
  readonly customer: string;
  /** Invoices ticked (none: all the customer's open invoices). */
  readonly invoices: readonly string[];
  readonly stage?: StageId;
  readonly channel?: ContactChannel;
  readonly amount: string;
  readonly currency: string;
  readonly until: string;
  readonly reason: string;
  readonly note: string;
  readonly planCount: number;
  readonly planFirst: string;
  readonly planEvery: number;
  readonly planUnit: 'months' | 'days';
}

/** An open invoice of the customer, as the form lists it. */
export interface FormInvoice {
  readonly invoice: string;
  readonly outstanding: Money;
}

/** Balances per currency of the invoices ticked (none ticked: all open ones). */
export function balancesOf(invoices: readonly FormInvoice[], ticked: readonly string[]): Money[] {
  const chosen = ticked.length === 0 ? invoices : invoices.filter((i) => ticked.includes(i.invoice));
  const totals = new Map<string, Money>();
  for (const i of chosen) {
    const t = totals.get(i.outstanding.currency);
    totals.set(i.outstanding.currency, t ? add(t, i.outstanding) : i.outstanding);
  }
  return [...totals.values()];
}

/**
 * The plan's rows (the core's instalmentPlanEntries: the balance split evenly, the remainder on
 * the first instalment), for the form to show before saving.
 */
export function planRows(form: RecordForm, invoices: readonly FormInvoice[]): { ok: true; value: NewLogEntry[] } | { ok: false; error: InstalmentPlanError } {
  const date = parsePlainDate(form.date.trim());
  const first = parsePlainDate(form.planFirst.trim());
  if (!date) return { ok: false, error: { code: 'invalid-plan', field: 'first', message: 'the date it was agreed is not a date (YYYY-MM-DD)' } };
  if (!first) return { ok: false, error: { code: 'invalid-plan', field: 'first', message: 'the first instalment’s date is not a date (YYYY-MM-DD)' } };
  return instalmentPlanEntries({
    date, customer: form.customer, invoices: [...form.invoices], totals: balancesOf(invoices, form.invoices),
    count: form.planCount, first, every: form.planUnit === 'months' ? { months: form.planEvery } : { days: form.planEvery },
    ...(form.note.trim() ? { note: form.note.trim() } : {}),
  });
}

/** Why a plan cannot be made, by its field, in the pane's language. */
export function planErrorText(e: InstalmentPlanError, lang: PaneLanguage): string {
  if (lang === 'en') return `Check the plan: ${e.message}.`;
  return {
    count: '请检查期数：应为 1 至 60 的整数。',
    first: '请检查首期到期日：应为有效日期（YYYY-MM-DD），且不早于发生日期。',
    every: '请检查间隔：应为不小于 1 的整数。',
    totals: '所选发票没有未结金额，无法分期。',
  }[e.field];
}

function cellsOf(entry: NewLogEntry): LogRowCells {
  const cells = logEntryCells(entry, LOG_COLUMNS);
  return Object.fromEntries(LOG_COLUMNS.map((c, i) => [c, cells[i] ?? '']));
}

/**
 * The log rows the form records, as cells for the core's validator: one row, or one per
 * instalment of a plan. Amounts are taken as typed with spaces and thousands commas dropped
 * (`20,000.00`), the currency upper-cased; what the row needs (a promise's date, a dispute's
 * reason…) is checked by the validator, not here, so the pane and the CLI refuse the same rows.
 */
export function recordCells(form: RecordForm, invoices: readonly FormInvoice[]): { ok: true; value: LogRowCells[] } | { ok: false; error: InstalmentPlanError } {
  if (form.kind === 'plan') {
    const rows = planRows(form, invoices);
    return rows.ok ? { ok: true, value: rows.value.map(cellsOf) } : rows;
  }
  const amount = form.amount.trim().replace(/[\s,]/g, '');
  const keeps = (field: 'amount' | 'until' | 'reason'): boolean => ({
    amount: ['sent', 'promise', 'acknowledged'], until: ['promise', 'pause'], reason: ['dispute', 'pause'],
  }[field] as readonly RecordKind[]).includes(form.kind);
  return {
    ok: true,
    value: [{
      date: form.date.trim(), customer: form.customer, action: ACTION_OF[form.kind], invoices: form.invoices.join(';'),
      stage: form.kind === 'sent' ? form.stage ?? '' : '', channel: form.channel ?? '',
      amount: keeps('amount') ? amount : '', currency: keeps('amount') && amount !== '' ? form.currency.trim().toUpperCase() : '',
      until: keeps('until') ? form.until.trim() : '', reason: keeps('reason') ? form.reason.trim() : '', note: form.note.trim(),
    }],
  };
}
