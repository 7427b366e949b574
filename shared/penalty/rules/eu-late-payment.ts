import type { Money } from '../../money.ts';
import { addDays, maxDate, type PlainDate } from '../../plain-date.ts';
import { radd } from '../../ratio.ts';
import type { RateTable, RateTables } from '../../rates/types.ts';
import type { PenaltyWarning } from '../penalty-warning.ts';
import type { RatePeriod } from '../rate-period.ts';
import type { PenaltyRule } from '../types.ts';
import type { RuleDefinition } from './rule-definition.ts';
import { annualPeriod, halfYearStart, mergeEqual, nextHalfYear, percentToFraction, referenceRate, staleReference } from './statutory-rate-periods.ts';

type EuRule = Extract<PenaltyRule, { kind: 'eu-late-payment' }>;

/** How `eu-late-payment` reads `country`: which table and how many points over it. */
export function euTerms(rule: EuRule, tables: RateTables): { table: RateTable; id: 'ecbMro' | 'deBasiszinssatz'; points: string; jurisdiction: 'DE' | 'EU' } {
  if ((rule.country ?? 'EU').toUpperCase() === 'DE') {
    // BGB §288 Abs. 2 (no consumer party): 9 points; Abs. 1: 5 points.
    return { table: tables.deBasiszinssatz, id: 'deBasiszinssatz', points: rule.consumer ? '5' : '9', jurisdiction: 'DE' };
  }
  // Directive 2011/7/EU art. 2(6): statutory interest at the reference rate (art. 2(7): the ECB's
  // main refinancing rate) plus at least eight points.
  return { table: tables.ecbMro, id: 'ecbMro', points: '8', jurisdiction: 'EU' };
}

/**
 * Late-payment interest re-set each half-year on the reference rate in force on 1 January /
 * 1 July (Directive 2011/7/EU art. 3(2); BGB §288 with §247 for Germany) plus `points`.
 */
export function halfYearlyPeriods(table: RateTable, id: 'ecbMro' | 'deBasiszinssatz', points: string, dayCount: number, start: PlainDate, end: PlainDate, warnings: PenaltyWarning[]): RatePeriod[] {
  const add = percentToFraction(points);
  const periods: RatePeriod[] = [];
  for (let h = halfYearStart(start); h <= end || periods.length === 0; h = nextHalfYear(h)) {
    const from = maxDate(h, start);
    const annual = radd(percentToFraction(referenceRate(table, id, h, warnings)), add);
    periods.push(annualPeriod(from, annual, dayCount, staleReference(table, id, h, addDays(from, -1))));
  }
  return mergeEqual(periods);
}

/** The EUR 40 of Directive art. 6 / BGB §288 Abs. 5, in cents (business debtors only; never converted). */
export function euFixedSum(rule: EuRule, principal: Money, warnings: PenaltyWarning[]): number {
  const de = (rule.country ?? 'EU').toUpperCase() === 'DE';
  // BGB §288 Abs. 5 and Directive art. 6 give the EUR 40 only where the debtor is not a consumer.
  if (rule.consumer) {
    if (!de) warnings.push({ code: 'compensation-consumer' });
    return 0;
  }
  if (principal.currency !== 'EUR') {
    warnings.push({ code: 'compensation-currency', statute: 'eu', currency: principal.currency });
    return 0;
  }
  return 4_000;
}

/** `eu-late-payment`: Directive 2011/7/EU (ECB MRO + 8) or, for `country: DE`, BGB §288 on the Basiszinssatz. */
export const EU_LATE_PAYMENT: RuleDefinition<EuRule> = {
  kinds: ['eu-late-payment'],
  schedule(rule, { start, end, tables, warnings, dayCount }) {
    const t = euTerms(rule, tables);
    const country = (rule.country ?? 'EU').toUpperCase();
    if (country !== 'DE' && country !== 'EU') warnings.push({ code: 'no-national-table', country });
    return halfYearlyPeriods(t.table, t.id, t.points, dayCount, start, end, warnings);
  },
  compensationCurrency: (rule) => (rule.consumer ? undefined : 'EUR'),
  compensation: euFixedSum,
  basis(rule, lang, facts) {
    const zh = lang === 'zh-CN';
    const de = (rule.country ?? 'EU').toUpperCase() === 'DE';
    // The EUR 40 is a flat sum for recovery costs (Pauschale, 催收费用定额补偿), not a penalty (违约金).
    const comp = facts.compensation
      ? (de ? (zh ? '，另加德国民法典第288条第5款规定的 40 欧元催收费用定额补偿（Pauschale）' : ', plus the EUR 40 flat fee under BGB §288(5)')
        : (zh ? '，另加指令第6条规定的 40 欧元催收费用固定补偿' : ', plus EUR 40 fixed compensation under art. 6 of the Directive'))
      : '';
    if (de) {
      const pts = rule.consumer ? 5 : 9;
      const para = rule.consumer ? '1' : '2';
      return zh
        ? `依据德国民法典（BGB）第288条第${para}款，按各半年（1月1日/7月1日）适用的基础利率（BGB 第247条）加 ${pts} 个百分点计算迟延利息（一年按 ${facts.dayCount} 天计）${comp}。`
        : `Default interest under BGB §288(${para}) at ${pts} percentage points above the Basiszinssatz (BGB §247) in force for each half-year (1 January / 1 July), on a ${facts.dayCount}-day year${comp}.`;
    }
    return zh
      ? `依据欧盟《打击商业交易逾期付款指令》（2011/7/EU）第2条第6项（法定利息）、第2条第7项（参考利率）及第3条第2款（半年适用规则），按各半年1月1日/7月1日的欧洲央行主要再融资利率加 8 个百分点计算法定利息（一年按 ${facts.dayCount} 天计）${comp}。`
      : `Statutory interest under Directive 2011/7/EU (art. 2(6)) at the reference rate, the ECB main refinancing rate (art. 2(7)), in force on 1 January / 1 July of each half-year (art. 3(2)) plus 8 percentage points, on a ${facts.dayCount}-day year${comp}.`;
  },
};
