import { add, isZero, type Money } from '../money.ts';
import type { StageId } from '../stage-id.ts';
import { citedContacts } from './cited-contacts.ts';
import { channelWord, contactList, isWrittenChannel } from './contact-list.ts';
import type { ReminderContact } from './reminder-history.ts';
import type { Instalment, ReminderModel } from './reminder-model.ts';
import type { ContextObject, ContextValue } from './template-scope.ts';
import type { Tone } from './stage-tones.ts';
import type { TemplateLocale } from './template-locale.ts';

/**
 * The values a template sees (see REMINDER_SCHEMA): the model plus derived facts (days until due,
 * flags for conditionals). Empty profile strings become absent so `{{#if company.name}}` is false.
 * The history's contacts are those on or before asOf (citedContacts), named in the locale's words.
 */
export function reminderContext(model: ReminderModel, stage: StageId, tone: Tone, locale: TemplateLocale): ContextObject {
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
      first: instalmentContext(model.plan.instalments, 0),
      last: instalmentContext(model.plan.instalments, model.plan.instalments.length - 1),
      count: model.plan.instalments.length,
      total: totalsByCurrency(model.plan.instalments.flatMap((p) => p.amounts)),
      agreed: model.plan.agreed === true,
      coversBalance: coversBalance(model),
    },
    promise: model.promise === undefined ? undefined : { ...model.promise, passed: model.promise.date < model.asOf },
    history: historyContext(model, locale),
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

function instalmentContext(instalments: readonly Instalment[], i: number): ContextObject | undefined {
  const p = instalments[i];
  return p === undefined ? undefined : { number: i + 1, date: p.date, amount: [...p.amounts] };
}

function historyContext(model: ReminderModel, locale: TemplateLocale): ContextObject | undefined {
  const history = model.history;
  if (history === undefined) return undefined;
  const { cited } = citedContacts(history, model.asOf);
  const contact = (c: ReminderContact | undefined, i: number): ContextObject | undefined => (c === undefined ? undefined : {
    number: i + 1, date: c.date, channel: channelWord(c.channel, locale), channelId: c.channel, stage: c.stage,
  });
  const instalments = history.plan?.instalments ?? [];
  return {
    contacts: cited.map((c, i) => contact(c, i)),
    contactCount: cited.length,
    contactList: cited.length > 0 ? contactList(cited, locale) : undefined,
    allWritten: cited.length > 0 && cited.every((c) => isWrittenChannel(c.channel)),
    firstContact: contact(cited[0], 0),
    lastContact: contact(cited[cited.length - 1], cited.length - 1),
    promise: history.promise === undefined ? undefined : {
      amount: history.promise.amount, until: history.promise.until, passed: history.promise.until < model.asOf,
    },
    plan: instalments.length === 0 ? undefined : {
      instalments: instalments.map((p, i): ContextObject => ({ number: i + 1, amount: p.amount, until: p.until })),
      count: instalments.length,
      total: totalsByCurrency(instalments.map((p) => p.amount)),
    },
  };
}

// One sum per currency, in order of first appearance: amounts in different currencies are never added.
function totalsByCurrency(amounts: readonly Money[]): Money[] {
  const sums = new Map<string, Money>();
  for (const a of amounts) {
    const sum = sums.get(a.currency);
    sums.set(a.currency, sum === undefined ? a : add(sum, a));
  }
  return [...sums.values()];
}

// Whether paying every instalment settles every open invoice listed (same sum in every currency).
function coversBalance(model: ReminderModel): boolean {
  const planned = totalsByCurrency(model.plan?.instalments.flatMap((p) => p.amounts) ?? []);
  return planned.length === model.totals.length
    && model.totals.every((t) => planned.some((p) => p.currency === t.currency && p.minor === t.outstanding.minor));
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
