import { add, isZero, type Money } from '../money.ts';
import type { StageId } from '../stage-id.ts';
import type { ReminderModel } from './reminder-model.ts';
import type { ContextObject, ContextValue } from './template-scope.ts';
import type { Tone } from './stage-tones.ts';

/**
 * The values a template sees (see REMINDER_SCHEMA): the model plus derived facts (days until due,
 * flags for conditionals). Empty profile strings become absent so `{{#if company.name}}` is false.
 */
export function reminderContext(model: ReminderModel, stage: StageId, tone: Tone): ContextObject {
  const invoices = model.invoices.map((inv): ContextObject => ({
    invoice: inv.invoice,
    issueDate: inv.issueDate,
    dueDate: inv.dueDate,
    amount: inv.amount,
    paid: inv.paid,
    outstanding: inv.outstanding,
    daysOverdue: inv.daysOverdue,
    daysUntilDue: Math.max(0, -inv.daysOverdue),
    isOverdue: inv.daysOverdue > 0,
    isPartlyPaid: !isZero(inv.paid),
    penalty: inv.penalty === undefined ? undefined : {
      amount: inv.penalty.outstanding.penalty,
      compensation: inv.penalty.compensation,
      total: add(inv.penalty.outstanding.penalty, inv.penalty.compensation),
      days: inv.penalty.days,
      basis: inv.penalty.basis,
    },
  }));
  const totals = model.totals.map((t): ContextObject => ({ ...t }));
  const overdueDays = model.invoices.map((i) => i.daysOverdue);
  const dueDates = model.invoices.map((i) => i.dueDate).sort();
  const penaltyMoney = (pick: (t: ReminderModel['totals'][number]) => Money): Money[] => model.totals.map(pick);
  return {
    customer: clean({ ...model.customer }),
    invoices,
    invoiceCount: model.invoices.length,
    multipleInvoices: model.invoices.length > 1,
    anyOverdue: overdueDays.some((d) => d > 0),
    allOverdue: overdueDays.length > 0 && overdueDays.every((d) => d > 0),
    maxDaysOverdue: overdueDays.length > 0 ? Math.max(...overdueDays) : undefined,
    oldestDueDate: dueDates[0],
    totals,
    multipleCurrencies: model.totals.length > 1,
    asOf: model.asOf,
    deadline: model.deadline,
    plan: model.plan === undefined ? undefined : {
      instalments: model.plan.instalments.map((p, i): ContextObject => ({ number: i + 1, date: p.date, amount: [...p.amounts] })),
      count: model.plan.instalments.length,
    },
    promise: model.promise === undefined ? undefined : { ...model.promise },
    penalty: model.penalty === undefined ? undefined : {
      basis: model.penalty.basis,
      amount: penaltyMoney((t) => t.penalty),
      compensation: penaltyMoney((t) => t.compensation),
      total: penaltyMoney((t) => add(t.penalty, t.compensation)),
    },
    company: cleanOptional(model.company),
    sender: cleanOptional(model.sender),
    bank: cleanOptional(model.bank),
    paymentLink: blankToUndefined(model.paymentLink),
    contract: blankToUndefined(model.contract),
    stage,
    tone: { warm: tone === 'warm', neutral: tone === 'neutral', firm: tone === 'firm' },
  };
}

function blankToUndefined(text: string | undefined): string | undefined {
  return text === undefined || text.trim() === '' ? undefined : text.trim();
}

// Profiles come from user JSON: anything but a non-blank string counts as absent.
function clean(record: object): ContextObject {
  const out: Record<string, ContextValue> = {};
  for (const [key, value] of Object.entries(record)) out[key] = typeof value === 'string' ? blankToUndefined(value) : undefined;
  return out;
}

function cleanOptional(record: object | undefined): ContextObject | undefined {
  if (record === undefined) return undefined;
  const out = clean(record);
  return Object.values(out).some((v) => v !== undefined) ? out : undefined;
}
