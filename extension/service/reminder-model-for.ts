import { customerKey } from '../../shared/customer-key.ts';
import type { Receivable } from '../../shared/import/types.ts';
import { computePenalty } from '../../shared/penalty/compute-penalty.ts';
import type { PenaltyRule } from '../../shared/penalty/types.ts';
import type { PlainDate } from '../../shared/plain-date.ts';
import type { ReferenceData } from '../../shared/reference-data/index.ts';
import type { StageId } from '../../shared/stage-id.ts';
import { buildReminderModel } from '../../shared/templates/build-reminder-model.ts';
import { planDates, reminderDeadline } from '../../shared/templates/reminder-dates.ts';
import type { ReminderHistory } from '../../shared/templates/reminder-history.ts';
import type { ReminderModel } from '../../shared/templates/reminder-model.ts';
import type { TemplateLang } from '../../shared/templates/template-locale.ts';
import type { StoredProfile } from '../storage/stored-types.ts';

// The same choices as `dunning remind`: pay within 10 working days, a plan of 3 instalments.
const DEADLINE_WORKING_DAYS = 10;
const PLAN_INSTALMENTS = 3;

function filled<T extends object>(o: T): T | undefined {
  return Object.values(o).some((v) => typeof v === 'string' && v.trim() !== '') ? o : undefined;
}

/**
 * The reminder model for one customer, built by the core (buildReminderModel): penalties under
 * the user's rule (computePenalty; the renderer states them from the formal notice on), the
 * deadline in working days, instalment dates for plan stages, the sender's profile, and the
 * case's history from the collection log (so a message cites only contacts that happened).
 */
export function reminderModelFor(input: {
  readonly receivables: readonly Receivable[];
  readonly customer: string;
  readonly asOf: PlainDate;
  readonly stage: StageId;
  readonly lang: TemplateLang;
  readonly rule?: PenaltyRule;
  /** Each invoice's own rule (the defaults' rule per currency, the export's penalty column); over `rule`. */
  readonly ruleFor?: (receivable: Receivable) => PenaltyRule | undefined;
  /** The rate tables and holiday calendar with the user's newer data (built in when absent). */
  readonly data?: ReferenceData;
  readonly profile: StoredProfile;
  /** What the collection log says of the case (earlier contacts, promise, agreed plan). */
  readonly history?: ReminderHistory;
}): ReminderModel {
  const { asOf, lang, profile } = input;
  // Each invoice follows its own rule; the working names one rule when all the customer's agree.
  const ruleOf = input.ruleFor ?? ((): PenaltyRule | undefined => input.rule);
  const key = customerKey(input.customer);
  const rules = input.ruleFor ? [...new Set(input.receivables.filter((r) => customerKey(r.customer) === key && r.outstanding.minor > 0).map(ruleOf))] : [input.rule];
  const rule = rules.length === 1 ? rules[0] : undefined;
  const charged = rules.some((r) => r !== undefined && r.kind !== 'none');
  const reference = input.data ? { rates: input.data.rates, calendar: input.data.calendar } : {};
  const penaltyFor = (r: Receivable) => {
    const own = ruleOf(r);
    return own === undefined || own.kind === 'none' ? undefined : computePenalty({ principal: r.outstanding, dueDate: r.dueDate, asOf, rule: own }, { lang, ...reference });
  };
  const withPlan = input.stage === 'payment-plan' || input.stage === 'plan-confirmation';
  const company = filled(profile.company);
  const sender = filled(profile.sender);
  const bank = filled(profile.bank);
  const paymentLink = profile.paymentLink.trim();
  return buildReminderModel(input.receivables, input.customer, asOf, {
    // The export has no payment dates, so the charge runs on the balance outstanding now.
    ...(charged ? { ...(rule ? { rule } : {}), penaltyFor } : {}),
    lang,
    deadline: reminderDeadline(asOf, DEADLINE_WORKING_DAYS, lang),
    ...(withPlan ? { planDates: planDates(asOf, PLAN_INSTALMENTS, lang) } : {}),
    ...(input.history ? { history: input.history } : {}),
    profile: {
      ...(company ? { company } : {}),
      ...(sender ? { sender } : {}),
      ...(bank ? { bank } : {}),
      ...(paymentLink ? { paymentLink } : {}),
    },
  });
}
