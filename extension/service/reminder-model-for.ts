import type { Receivable } from '../../shared/import/types.ts';
import { add, sum, zero, type Money } from '../../shared/money.ts';
import { computePenalty } from '../../shared/penalty/compute-penalty.ts';
import type { PenaltyResult, PenaltyRule } from '../../shared/penalty/types.ts';
import { addDays, daysBetween, type PlainDate } from '../../shared/plain-date.ts';
import type { StageId } from '../../shared/stage-id.ts';
import type { CurrencyTotal, ReminderInvoice, ReminderModel } from '../../shared/templates/reminder-model.ts';
import type { TemplateLang } from '../../shared/templates/template-locale.ts';
import type { StoredProfile } from '../storage/stored-types.ts';

const PENALTY_STAGES: readonly StageId[] = ['formal-notice', 'final-notice', 'legal'];
// Days given to pay from the day the message is written: a week early on, ten days once formal.
const DAYS_TO_PAY_EARLY = 7;
const DAYS_TO_PAY_FORMAL = 10;

function total(list: readonly Money[], currency: string): Money {
  return list.length === 0 ? zero(currency) : sum(list, currency);
}

/**
 * The reminder model for one customer's open receivables at `asOf`: invoices oldest due
 * first with days overdue, penalties under `rule` from the formal notice on (the core's
 * computePenalty, working included), exact totals per currency, the pay-by date, and the
 * sender's profile.
 */
export function reminderModelFor(input: {
  readonly receivables: readonly Receivable[];
  readonly asOf: PlainDate;
  readonly stage: StageId;
  readonly lang: TemplateLang;
  readonly rule?: PenaltyRule;
  readonly profile: StoredProfile;
}): ReminderModel {
  const { asOf, stage, profile } = input;
  const open = [...input.receivables].filter((r) => r.outstanding.minor > 0).sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  const withPenalty = input.rule !== undefined && input.rule.kind !== 'none' && PENALTY_STAGES.includes(stage);
  let basis: string | undefined;
  const invoices: ReminderInvoice[] = open.map((r) => {
    const daysOverdue = daysBetween(r.dueDate, asOf);
    let penalty: PenaltyResult | undefined;
    if (withPenalty && daysOverdue > 0) {
      penalty = computePenalty({ principal: r.outstanding, dueDate: r.dueDate, asOf, rule: input.rule! }, { lang: input.lang });
      basis ??= penalty.basis;
    }
    return { invoice: r.invoice, issueDate: r.issueDate, dueDate: r.dueDate, amount: r.amount, paid: r.paid, outstanding: r.outstanding, daysOverdue, penalty };
  });
  const totals: CurrencyTotal[] = [...new Set(invoices.map((i) => i.amount.currency))].map((currency) => {
    const mine = invoices.filter((i) => i.outstanding.currency === currency);
    const outstanding = total(mine.map((i) => i.outstanding), currency);
    const penalty = total(mine.flatMap((i) => (i.penalty ? [i.penalty.outstanding.penalty] : [])), currency);
    const compensation = total(mine.flatMap((i) => (i.penalty ? [i.penalty.compensation] : [])), currency);
    return { currency, outstanding, penalty, compensation, total: add(add(outstanding, penalty), compensation) };
  });
  const first = open[0];
  const nonEmpty = <T extends object>(o: T): T | undefined => (Object.values(o).some((v) => typeof v === 'string' && v.trim() !== '') ? o : undefined);
  return {
    customer: { name: first?.customer.trim() ?? '', email: first?.email, contact: first?.contact, phone: first?.phone },
    invoices,
    totals,
    asOf,
    deadline: addDays(asOf, PENALTY_STAGES.includes(stage) ? DAYS_TO_PAY_FORMAL : DAYS_TO_PAY_EARLY),
    penalty: withPenalty && basis !== undefined ? { basis, rule: input.rule } : undefined,
    company: nonEmpty(profile.company),
    sender: nonEmpty(profile.sender),
    bank: nonEmpty(profile.bank),
    paymentLink: profile.paymentLink.trim() || undefined,
  };
}
