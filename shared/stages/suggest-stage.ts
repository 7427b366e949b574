import { parseDecimalMoney, type Money } from '../money.ts';
import { daysBetween, type PlainDate } from '../plain-date.ts';
import { LADDER_STAGES, type StageId } from '../stage-id.ts';
import { DEFAULT_STAGE_POLICY, type OverdueStageId, type StagePolicy } from './stage-policy.ts';

/** What the stage depends on. `daysOverdue` is negative before the due date, 0 on it. */
export interface StageInput {
  readonly daysOverdue: number;
  readonly outstanding: Money;
  /** A promise to pay on a date (`follow-up` until `followUpDays` after it). */
  readonly promiseToPay?: { readonly date: PlainDate };
  /** An instalment plan was agreed and is to be confirmed in writing. */
  readonly planAgreed?: boolean;
  /** The invoice has just been paid in full (`thank-you`). */
  readonly paidInFull?: boolean;
  /** The day the stage is suggested for; needed to tell a pending from a broken promise. */
  readonly asOf?: PlainDate;
}

// Policies are immutable values: each one's minimum per currency is parsed once (the collection
// log asks for it for every invoice on every day it considers).
const MINIMUM_BY_POLICY = new WeakMap<StagePolicy, Map<string, number>>();

/** The minimum balance of the policy for a currency, in minor units (0 when the amount does not fit the currency). */
export function minimumBalanceMinor(policy: StagePolicy, currency: string): number {
  let byCurrency = MINIMUM_BY_POLICY.get(policy);
  if (byCurrency === undefined) MINIMUM_BY_POLICY.set(policy, (byCurrency = new Map()));
  let minor = byCurrency.get(currency);
  if (minor === undefined) {
    const text = Object.hasOwn(policy.minimumBalance, currency) ? policy.minimumBalance[currency] : policy.minimumBalance.default;
    minor = parseDecimalMoney(text ?? '0', currency)?.minor ?? 0;
    byCurrency.set(currency, minor);
  }
  return minor;
}

const OVERDUE_STAGES = LADDER_STAGES.filter((s): s is OverdueStageId => s !== 'courtesy');

/**
 * The reminder stage to send next, or `null` when none is due (paid, below the minimum
 * balance, or too early for a courtesy reminder). Stage ids are those of DESIGN.md.
 */
export function suggestStage(input: StageInput, policy: StagePolicy = DEFAULT_STAGE_POLICY): StageId | null {
  if (input.paidInFull) return 'thank-you';
  if (input.outstanding.minor <= 0) return null;
  if (input.outstanding.minor < minimumBalanceMinor(policy, input.outstanding.currency)) return null;
  if (input.planAgreed) return 'plan-confirmation';
  if (input.promiseToPay) {
    if (!input.asOf || daysBetween(input.promiseToPay.date, input.asOf) <= policy.followUpDays) return 'follow-up';
  }
  if (input.daysOverdue <= 0) return -input.daysOverdue <= policy.courtesyDaysBefore ? 'courtesy' : null;
  let stage: StageId | null = null;
  for (const s of OVERDUE_STAGES) if (input.daysOverdue >= policy.thresholds[s]) stage = s;
  return stage;
}

/**
 * How far along a stage is, for "the most advanced stage" of a customer: ladder stages by
 * position; a pending promise or plan sits below the first reminder; `thank-you` lowest.
 */
export function stageRank(stage: StageId | null): number {
  if (stage === null) return -3;
  if (stage === 'thank-you') return -2;
  if (stage === 'follow-up' || stage === 'plan-confirmation') return -1;
  return LADDER_STAGES.indexOf(stage);
}
