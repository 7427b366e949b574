import { addDays, maxDate, plainDate, type PlainDate } from '../../plain-date.ts';
import { ONE, ratioFromDecimal, rcompare, rmul, type Ratio } from '../../ratio.ts';
import { stepInForce } from '../../rates/step-in-force.ts';
import type { LprTable } from '../../rates/types.ts';
import type { PenaltyWarning } from '../penalty-warning.ts';
import type { RatePeriod } from '../rate-period.ts';
import type { PenaltyRule } from '../types.ts';
import type { RuleDefinition } from './rule-definition.ts';
import { annualPeriod, mergeEqual, percentToFraction } from './statutory-rate-periods.ts';

type LprRule = Extract<PenaltyRule, { kind: 'cn-lpr' }>;

const MIN_UPLIFT: Ratio = { num: 13n, den: 10n };
const MAX_UPLIFT: Ratio = { num: 3n, den: 2n };
const BENCHMARK_SINCE = plainDate('2015-10-24');

/** The first day of the LPR (the day after the benchmark's last day, 2019-08-20). */
export function lprFirstDay(table: LprTable): PlainDate {
  return addDays(table.benchmark.until, 1);
}

/**
 * Annual LPR-based rates from the first overdue day `start` on (`multiplier` × rate).
 *
 * 买卖合同解释 第18条第4款 (as amended 2020) chooses the method by when the breach happened: a
 * breach before 2019-08-20 is measured on the PBOC benchmark lending rate (参照逾期罚息利率标准);
 * a later one on the LPR "违约行为发生时" (`rateAt: 'breach'`: the quote in force on the first
 * overdue day, for the whole period). So with `breach`, a breach before 2019-08-20 stays on the
 * benchmark for the whole period. `rateAt: 'period'` follows the rates as they were in force:
 * the benchmark until 2019-08-19, then each LPR quote from its publication day.
 */
export function lprPeriods(
  table: LprTable, term: '1y' | '5y', rateAt: 'breach' | 'period', multiplier: Ratio, dayCount: number,
  start: PlainDate, end: PlainDate, warnings: PenaltyWarning[], forLossCheck = false,
): RatePeriod[] {
  const pick = (q: { oneYear: string; fiveYear: string }): string => (term === '5y' ? q.fiveYear : q.oneYear);
  const periods: RatePeriod[] = [];
  const switchDay = lprFirstDay(table);
  if (start < switchDay) {
    if (start < BENCHMARK_SINCE) warnings.push({ code: 'benchmark-before-2015', percent: pick(table.benchmark), from: start });
    periods.push(annualPeriod(start, rmul(percentToFraction(pick(table.benchmark)), multiplier), dayCount));
    if (rateAt === 'breach') return periods;
  }
  const lprFrom = maxDate(start, switchDay);
  const stale = (date: PlainDate, from: PlainDate): RatePeriod['staleAfter'] => ({
    date, warning: { code: 'rate-assumed', table: 'cnLpr', knownUntil: table.knownUntil, from, ...(forLossCheck ? { lossCheck: true } : {}) },
  });
  if (rateAt === 'breach') {
    const q = stepInForce(table.quotes, lprFrom) ?? table.quotes[0];
    if (q) periods.push(annualPeriod(lprFrom, rmul(percentToFraction(pick(q)), multiplier), dayCount, lprFrom > table.knownUntil ? stale(addDays(lprFrom, -1), lprFrom) : undefined));
  } else if (lprFrom <= end) {
    const first = stepInForce(table.quotes, lprFrom);
    const quotes = table.quotes.filter((q) => q.from > lprFrom && q.from <= end);
    const list = first ? [{ ...first, from: lprFrom }, ...quotes] : quotes;
    list.forEach((q, i) => {
      const last = i === list.length - 1;
      periods.push(annualPeriod(q.from, rmul(percentToFraction(pick(q)), multiplier), dayCount, last ? stale(table.knownUntil, addDays(table.knownUntil, 1)) : undefined));
    });
  }
  return mergeEqual(periods);
}

/** The loss measure of 合同编通则解释 第65条: 1-year LPR, each quote from its publication day, × 1, 365 days. */
export function lossMeasurePeriods(table: LprTable, start: PlainDate, end: PlainDate, warnings: PenaltyWarning[]): RatePeriod[] {
  return lprPeriods(table, '1y', 'period', ONE, 365, start, end, warnings, true);
}

/**
 * `cn-lpr`: no penalty agreed, the loss from late payment measured on the LPR × 1.3–1.5
 * (买卖合同解释 第18条第4款), or × 1 for plain 资金占用利息.
 */
export const CN_LPR: RuleDefinition<LprRule> = {
  kinds: ['cn-lpr'],
  schedule(rule, { start, end, tables, warnings, dayCount }) {
    const m = ratioFromDecimal(rule.multiplier);
    // 买卖合同解释 第18条第4款: LPR "加计30—50%"; 1 is plain 资金占用利息. Other factors are computed as given.
    if (rcompare(m, ONE) !== 0 && (rcompare(m, MIN_UPLIFT) < 0 || rcompare(m, MAX_UPLIFT) > 0)) {
      warnings.push({ code: 'multiplier-range', multiplier: rule.multiplier });
    }
    return lprPeriods(tables.cnLpr, rule.term ?? '1y', rule.rateAt ?? 'breach', m, dayCount, start, end, warnings);
  },
  basisFacts(rule, start, tables) {
    const before = start < lprFirstDay(tables.cnLpr);
    const b = tables.cnLpr.benchmark;
    return { usesBenchmark: before, breachBeforeLpr: before, benchmarkPercent: rule.term === '5y' ? b.fiveYear : b.oneYear };
  },
  basis(rule, lang, facts) {
    const zh = lang === 'zh-CN';
    const five = rule.term === '5y';
    const source = zh ? '依据《最高人民法院关于审理买卖合同纠纷案件适用法律问题的解释》第十八条第四款' : 'under art. 18(4) of the SPC Interpretation on Sales Contract Disputes';
    if ((rule.rateAt ?? 'breach') === 'breach' && facts.breachBeforeLpr) {
      // The breach predates the LPR: the benchmark (参照逾期罚息利率标准) for the whole period.
      const bench = facts.benchmarkPercent ?? '';
      return zh
        ? `合同未约定逾期付款违约金；违约行为发生在2019年8月20日之前，以中国人民银行同期同类人民币贷款基准利率（${five ? '五年以上' : '一年期'} ${bench}%）为基础，参照逾期罚息利率标准按 ${rule.multiplier} 倍计算逾期付款损失（一年按 ${facts.dayCount} 天计），${source}。`
        : `No penalty was agreed and the breach began before 2019-08-20: the loss from late payment is computed at ${rule.multiplier} × the PBOC benchmark lending rate for the same term (${five ? 'over 5 years' : '1 year'}: ${bench}%), the overdue-interest standard, on a ${facts.dayCount}-day year, ${source}.`;
    }
    const term = five ? (zh ? '五年期以上' : 'over-5-year') : (zh ? '一年期' : '1-year');
    const at = (rule.rateAt ?? 'breach') === 'breach'
      ? (zh ? '违约行为发生时' : 'in force when the breach began')
      : (zh ? '各期（自每期公布之日起适用）' : 'each applied from its publication day');
    const bench = facts.usesBenchmark
      ? (zh ? '；2019年8月20日之前的期间以中国人民银行同期同类贷款基准利率为基础' : '; days before 2019-08-20 on the PBOC benchmark lending rate')
      : '';
    return zh
      ? `合同未约定逾期付款违约金，以全国银行间同业拆借中心公布的${at}${term}贷款市场报价利率（LPR）× ${rule.multiplier} 计算逾期付款损失（一年按 ${facts.dayCount} 天计${bench}），${source}。`
      : `No penalty was agreed: the loss from late payment is computed at ${rule.multiplier} × the ${term} Loan Prime Rate (LPR) published by the National Interbank Funding Center, ${at} (${facts.dayCount}-day year${bench}), ${source}.`;
  },
};
