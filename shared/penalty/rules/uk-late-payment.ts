import type { Money } from '../../money.ts';
import { addDays, dateParts, makeDate, maxDate, type PlainDate } from '../../plain-date.ts';
import { radd } from '../../ratio.ts';
import { stepInForce } from '../../rates/step-in-force.ts';
import type { RateTable } from '../../rates/types.ts';
import type { PenaltyWarning } from '../penalty-warning.ts';
import type { RatePeriod } from '../rate-period.ts';
import type { PenaltyRule } from '../types.ts';
import type { RuleDefinition } from './rule-definition.ts';
import { annualPeriod, halfYearStart, mergeEqual, nextHalfYear, percentToFraction, referenceRate, staleReference } from './statutory-rate-periods.ts';

type UkRule = Extract<PenaltyRule, { kind: 'uk-late-payment' }>;

/** The 30 June / 31 December before a day: the UK reference date (SI 2002/1675 art. 4). */
export function ukReferenceDate(firstDay: PlainDate): PlainDate {
  const { year, month } = dateParts(firstDay);
  return month <= 6 ? (makeDate(year - 1, 12, 31) as PlainDate) : (makeDate(year, 6, 30) as PlainDate);
}

/**
 * UK statutory interest: Bank Rate on the reference date + 8 % (the rate is set by the
 * Secretary of State under s.6 of the Late Payment of Commercial Debts (Interest) Act 1998, by
 * SI 2002/1675 art. 4), fixed for the debt, or re-set each half-year when `rateReset: 'half-yearly'`.
 */
export function ukPeriods(table: RateTable, reset: 'fixed' | 'half-yearly', dayCount: number, start: PlainDate, end: PlainDate, warnings: PenaltyWarning[]): RatePeriod[] {
  const eight = percentToFraction('8');
  if (reset === 'fixed') {
    const ref = ukReferenceDate(start);
    const annual = radd(percentToFraction(referenceRate(table, 'ukBankRate', ref, warnings)), eight);
    return [annualPeriod(start, annual, dayCount, staleReference(table, 'ukBankRate', ref, addDays(start, -1)))];
  }
  const periods: RatePeriod[] = [];
  for (let h = halfYearStart(start); h <= end || periods.length === 0; h = nextHalfYear(h)) {
    const from = maxDate(h, start);
    const ref = addDays(h, -1);
    const annual = radd(percentToFraction(referenceRate(table, 'ukBankRate', ref, warnings)), eight);
    periods.push(annualPeriod(from, annual, dayCount, staleReference(table, 'ukBankRate', ref, addDays(from, -1))));
  }
  return mergeEqual(periods);
}

// Late Payment of Commercial Debts (Interest) Act 1998 s.5A(2): less than £1,000 → £40;
// £1,000 or more but less than £10,000 → £70; £10,000 or more → £100 (minor units of GBP).
const UK_BANDS: readonly { readonly belowMinor: number | null; readonly minor: number }[] = [
  { belowMinor: 100_000, minor: 4_000 },
  { belowMinor: 1_000_000, minor: 7_000 },
  { belowMinor: null, minor: 10_000 },
];

/** The s.5A fixed sum for a debt, in pence (0 for a debt in another currency: never converted). */
export function ukFixedSum(principal: Money, warnings: PenaltyWarning[]): number {
  if (principal.currency !== 'GBP') {
    warnings.push({ code: 'compensation-currency', statute: 'uk', currency: principal.currency });
    return 0;
  }
  for (const band of UK_BANDS) if (band.belowMinor === null || principal.minor < band.belowMinor) return band.minor;
  return 0;
}

/** `uk-late-payment`: statutory interest and the s.5A fixed sum under the 1998 Act. */
export const UK_LATE_PAYMENT: RuleDefinition<UkRule> = {
  kinds: ['uk-late-payment'],
  schedule: (rule, { start, end, tables, warnings, dayCount }) => ukPeriods(tables.ukBankRate, rule.rateReset ?? 'fixed', dayCount, start, end, warnings),
  compensationCurrency: () => 'GBP',
  compensation: (_rule, principal, warnings) => ukFixedSum(principal, warnings),
  basisFacts(rule, start, tables) {
    if ((rule.rateReset ?? 'fixed') !== 'fixed') return {};
    const date = ukReferenceDate(start);
    const step = stepInForce(tables.ukBankRate.steps, date) ?? tables.ukBankRate.steps[0];
    return step ? { ukReference: { date, bankRatePercent: step.percent } } : {};
  },
  basis(rule, lang, facts) {
    const zh = lang === 'zh-CN';
    const ref = facts.ukReference;
    const comp = facts.compensation ? (zh ? `，另加第5A条规定的固定补偿 £${facts.compensation}` : `, plus fixed compensation of £${facts.compensation} under s.5A`) : '';
    if ((rule.rateReset ?? 'fixed') === 'half-yearly') {
      return zh
        ? `依据英国《1998年商业债务逾期付款（利息）法》，按每半年参考日（6月30日/12月31日）英格兰银行基准利率加8%计算单利（一年按 ${facts.dayCount} 天计，参考利率逐半年重设）${comp}。`
        : `Statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998 at 8% over the Bank of England Bank Rate on the reference date (30 June / 31 December) before each half-year, re-set each half-year, simple interest on a ${facts.dayCount}-day year${comp}.`;
    }
    return zh
      ? `依据英国《1998年商业债务逾期付款（利息）法》及 SI 2002/1675 第4条，按利息起算前参考日 ${ref?.date ?? ''} 的英格兰银行基准利率 ${ref?.bankRatePercent ?? ''}% 加 8% 计算单利（本笔债务固定适用，一年按 ${facts.dayCount} 天计）${comp}。`
      : `Statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998 at 8% over the Bank of England Bank Rate of ${ref?.bankRatePercent ?? ''}% in force on ${ref?.date ?? ''} (the reference date under SI 2002/1675 art. 4), fixed for this debt, simple interest on a ${facts.dayCount}-day year${comp}.`;
  },
};
