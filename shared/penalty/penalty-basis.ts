import type { PlainDate } from '../plain-date.ts';
import { ratioFromDecimal, rmul, ratio } from '../ratio.ts';
import { exactDecimal } from './exact-decimal.ts';
import type { PenaltyRule } from './types.ts';

export type BasisLanguage = 'zh-CN' | 'en';

/** Facts about the computation that the sentence names. */
export interface BasisFacts {
  readonly currency: string;
  readonly dayCount: number;
  /** UK: the reference date and Bank Rate on it (fixed reading). */
  readonly ukReference?: { readonly date: PlainDate; readonly bankRatePercent: string };
  /** Fixed compensation added, as a decimal string, if any. */
  readonly compensation?: string;
  /** Whether part of the period lies before 2019-08-20 (PBOC benchmark). */
  readonly usesBenchmark?: boolean;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function chineseUpTo99(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** `0.0005` → `万分之五` (how contracts write daily rates), when it is a whole number of 1/10000 below 1/100. */
function wanFen(rate: string): string | undefined {
  const r = rmul(ratioFromDecimal(rate), ratio(10000n));
  if (r.den !== 1n || r.num <= 0n || r.num >= 100n) return undefined;
  return `万分之${chineseUpTo99(Number(r.num))}`;
}

function percentText(fraction: string): string {
  return `${exactDecimal(rmul(ratioFromDecimal(fraction), ratio(100n)))}%`;
}

/**
 * One sentence naming the rule and its legal source, fit to paste into a letter.
 * Contract rules cite 民法典 第585条 (agreed liquidated damages); statutory ones their statute.
 */
export function penaltyBasis(rule: PenaltyRule, lang: BasisLanguage, facts: BasisFacts): string {
  const zh = lang === 'zh-CN';
  const cur = facts.currency;
  // The source of an agreed penalty is the contract; for a CNY debt (Chinese law assumed, as in
  // the Chinese sentences) also 民法典 第585条, which lets the parties agree it.
  const agreed = cur === 'CNY'
    ? 'as agreed in the late-payment clause of the contract (Article 585 of the Civil Code of the PRC)'
    : 'as agreed in the late-payment clause of the contract';
  switch (rule.kind) {
    case 'none':
      return zh ? '本规则不计逾期付款违约金或利息。' : 'No late-payment penalty or interest is charged under this rule.';
    case 'fixed':
      return zh
        ? `按合同约定的一次性逾期付款违约金 ${rule.amount} ${cur} 计算（《中华人民共和国民法典》第五百八十五条）。`
        : `A one-off late-payment penalty of ${cur} ${rule.amount}, ${agreed}.`;
    case 'per-day-amount':
      return zh
        ? `按合同约定每逾期一日 ${rule.amount} ${cur} 计算逾期付款违约金（《中华人民共和国民法典》第五百八十五条）。`
        : `A late-payment penalty of ${cur} ${rule.amount} for each day overdue, ${agreed}.`;
    case 'daily-rate': {
      const wan = wanFen(rule.rate);
      return zh
        ? `按合同约定以逾期未付金额为基数、按每日${wan ?? rule.rate}（日${rule.rate}）计算逾期付款违约金（《中华人民共和国民法典》第五百八十五条）。`
        : `A contractual late-payment penalty of ${percentText(rule.rate)} of the overdue balance per day (${rule.rate} per day), ${agreed}.`;
    }
    case 'monthly-rate':
      return zh
        ? `按合同约定的月利率 ${percentText(rule.rate)} 计算逾期付款违约金（日利率 = 月利率 × 12 ÷ ${facts.dayCount}），依据《中华人民共和国民法典》第五百八十五条。`
        : `A contractual late charge of ${percentText(rule.rate)} per month on the overdue balance (daily rate = monthly rate × 12 / ${facts.dayCount}), ${agreed}.`;
    case 'annual-rate':
      return zh
        ? `按合同约定的年利率 ${percentText(rule.rate)}（一年按 ${facts.dayCount} 天计）计算逾期付款违约金（《中华人民共和国民法典》第五百八十五条）。`
        : `Contractual late-payment interest of ${percentText(rule.rate)} a year on the overdue balance (${facts.dayCount}-day year), ${agreed}.`;
    case 'cn-lpr': {
      const term = rule.term === '5y' ? (zh ? '五年期以上' : 'over-5-year') : (zh ? '一年期' : '1-year');
      const at = (rule.rateAt ?? 'breach') === 'breach'
        ? (zh ? '违约行为发生时' : 'in force when the breach began')
        : (zh ? '各期（自每期公布之日起适用）' : 'each applied from its publication day');
      const bench = facts.usesBenchmark
        ? (zh ? '；2019年8月19日之前的期间以中国人民银行同期同类贷款基准利率为基础' : '; days before 2019-08-20 on the PBOC benchmark lending rate')
        : '';
      return zh
        ? `合同未约定逾期付款违约金，以全国银行间同业拆借中心公布的${at}${term}贷款市场报价利率（LPR）× ${rule.multiplier} 计算逾期付款损失（一年按 ${facts.dayCount} 天计${bench}），依据《最高人民法院关于审理买卖合同纠纷案件适用法律问题的解释》第十八条第四款。`
        : `No penalty was agreed: the loss from late payment is computed at ${rule.multiplier} × the ${term} Loan Prime Rate (LPR) published by the National Interbank Funding Center, ${at} (${facts.dayCount}-day year${bench}), under art. 18(4) of the SPC Interpretation on Sales Contract Disputes.`;
    }
    case 'uk-late-payment': {
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
    }
    case 'eu-late-payment': {
      const de = (rule.country ?? 'EU').toUpperCase() === 'DE';
      const comp = facts.compensation
        ? (de ? (zh ? `，另加德国民法典第288条第5款规定的 40 欧元违约金（Pauschale）` : `, plus the EUR 40 flat fee under BGB §288(5)`)
          : (zh ? `，另加指令第6条规定的 40 欧元固定补偿` : `, plus EUR 40 fixed compensation under art. 6 of the Directive`))
        : '';
      if (de) {
        const pts = rule.consumer ? 5 : 9;
        const para = rule.consumer ? '1' : '2';
        return zh
          ? `依据德国民法典（BGB）第288条第${para}款，按各半年（1月1日/7月1日）适用的基础利率（BGB 第247条）加 ${pts} 个百分点计算迟延利息（一年按 ${facts.dayCount} 天计）${comp}。`
          : `Default interest under BGB §288(${para}) at ${pts} percentage points above the Basiszinssatz (BGB §247) in force for each half-year (1 January / 1 July), on a ${facts.dayCount}-day year${comp}.`;
      }
      return zh
        ? `依据欧盟《打击商业交易逾期付款指令》（2011/7/EU）第2条第12项，按各半年1月1日/7月1日的欧洲央行主要再融资利率加 8 个百分点计算法定利息（一年按 ${facts.dayCount} 天计）${comp}。`
        : `Statutory interest under Directive 2011/7/EU art. 2(12) at the ECB main refinancing rate in force on 1 January / 1 July of each half-year plus 8 percentage points, on a ${facts.dayCount}-day year${comp}.`;
    }
  }
}
