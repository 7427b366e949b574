import { ratio, ratioFromDecimal, rdiv, rmul } from '../../ratio.ts';
import { exactDecimal } from '../exact-decimal.ts';
import type { PenaltyRule } from '../types.ts';
import type { BasisFacts, BasisLanguage, RuleDefinition } from './rule-definition.ts';
import { annualPeriod } from './statutory-rate-periods.ts';

type ContractRule = Extract<PenaltyRule, { kind: 'fixed' | 'per-day-amount' | 'daily-rate' | 'monthly-rate' | 'annual-rate' }>;

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function chineseUpTo99(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** `0.0005` → `万分之五` (how contracts write daily rates), when it is a whole number of 1/10000 below 1/100. */
export function wanFen(rate: string): string | undefined {
  const r = rmul(ratioFromDecimal(rate), ratio(10000n));
  if (r.den !== 1n || r.num <= 0n || r.num >= 100n) return undefined;
  return `万分之${chineseUpTo99(Number(r.num))}`;
}

/** A fraction as a percent: `0.015` → `1.5%`. */
export function percentText(fraction: string): string {
  return `${exactDecimal(rmul(ratioFromDecimal(fraction), ratio(100n)))}%`;
}

/**
 * The source of an agreed penalty is the contract; for a CNY debt (Chinese law assumed, as in
 * the Chinese sentences) also 民法典 第585条, which lets the parties agree it.
 */
function agreed(currency: string): string {
  return currency === 'CNY'
    ? 'as agreed in the late-payment clause of the contract (Article 585 of the Civil Code of the PRC)'
    : 'as agreed in the late-payment clause of the contract';
}

function basis(rule: ContractRule, lang: BasisLanguage, facts: BasisFacts): string {
  const zh = lang === 'zh-CN';
  const cur = facts.currency;
  switch (rule.kind) {
    case 'fixed':
      return zh
        ? `按合同约定的一次性逾期付款违约金 ${rule.amount} ${cur} 计算（《中华人民共和国民法典》第五百八十五条）。`
        : `A one-off late-payment penalty of ${cur} ${rule.amount}, ${agreed(cur)}.`;
    case 'per-day-amount':
      return zh
        ? `按合同约定每逾期一日 ${rule.amount} ${cur} 计算逾期付款违约金（《中华人民共和国民法典》第五百八十五条）。`
        : `A late-payment penalty of ${cur} ${rule.amount} for each day overdue, ${agreed(cur)}.`;
    case 'daily-rate': {
      // 万分之五 is how contracts write it, with the decimal beside it; a rate that is no whole
      // number of 万分之 is written once, as the decimal.
      const wan = wanFen(rule.rate);
      const rate = wan ? `每日${wan}（日${rule.rate}）` : `日${rule.rate}`;
      return zh
        ? `按合同约定以逾期未付金额为基数、按${rate}计算逾期付款违约金（《中华人民共和国民法典》第五百八十五条）。`
        : `A contractual late-payment penalty of ${percentText(rule.rate)} of the overdue balance per day (${rule.rate} per day), ${agreed(cur)}.`;
    }
    case 'monthly-rate':
      return zh
        ? `按合同约定的月利率 ${percentText(rule.rate)} 计算逾期付款违约金（日利率 = 月利率 × 12 ÷ ${facts.dayCount}），依据《中华人民共和国民法典》第五百八十五条。`
        : `A contractual late charge of ${percentText(rule.rate)} per month on the overdue balance (daily rate = monthly rate × 12 / ${facts.dayCount}), ${agreed(cur)}.`;
    case 'annual-rate':
      return zh
        ? `按合同约定的年利率 ${percentText(rule.rate)}（一年按 ${facts.dayCount} 天计）计算逾期付款违约金（《中华人民共和国民法典》第五百八十五条）。`
        : `Contractual late-payment interest of ${percentText(rule.rate)} a year on the overdue balance (${facts.dayCount}-day year), ${agreed(cur)}.`;
  }
}

/**
 * Penalties agreed in the contract (违约金, 民法典 第585条): a one-off sum, an amount per day, or a
 * rate per day, month or year on the overdue balance. One rate for the whole period.
 */
export const CONTRACT_RATES: RuleDefinition<ContractRule> = {
  kinds: ['fixed', 'per-day-amount', 'daily-rate', 'monthly-rate', 'annual-rate'],
  schedule(rule, { start, dayCount, amountMinor }) {
    switch (rule.kind) {
      case 'fixed':
        return [{ from: start, unit: 'once', perDay: amountMinor(rule.amount), display: rule.amount }];
      case 'per-day-amount':
        return [{ from: start, unit: 'amount', perDay: amountMinor(rule.amount), display: rule.amount }];
      case 'daily-rate':
        return [{ from: start, unit: 'fraction', perDay: ratioFromDecimal(rule.rate), display: rule.rate }];
      case 'monthly-rate':
        // Per day = monthly rate × 12 / day count (360 by default: a 30-day month).
        return [{ from: start, unit: 'fraction', perDay: rdiv(rmul(ratioFromDecimal(rule.rate), ratio(12n)), ratio(BigInt(dayCount))), display: rule.rate }];
      case 'annual-rate':
        return [annualPeriod(start, ratioFromDecimal(rule.rate), dayCount)];
    }
  },
  basis,
};
