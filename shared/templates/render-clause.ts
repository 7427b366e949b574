import type { CurrencyCode } from '../currency.ts';
import { parseDecimalMoney } from '../money.ts';
import type { PenaltyRule } from '../penalty/types.ts';
import { ratioFromDecimal, rmul, ratio } from '../ratio.ts';
import { formatMoney } from './format-money.ts';
import { formatPercent } from './format-percent.ts';
import { localeFor, type TemplateLang } from './template-locale.ts';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n] ?? String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

/** How Chinese contracts write a daily rate: 0.0005 → 万分之五, 0.001 → 千分之一, else a percentage. */
function chineseFraction(rate: string): string {
  const perTenThousand = rmul(ratioFromDecimal(rate), ratio(10000n));
  if (perTenThousand.den === 1n && perTenThousand.num > 0n && perTenThousand.num < 100n) {
    const n = Number(perTenThousand.num);
    return n % 10 === 0 ? `千分之${chineseNumber(n / 10)}` : `万分之${chineseNumber(n)}`;
  }
  return formatPercent(rate);
}

function amountText(amount: string, currency: CurrencyCode | undefined, lang: TemplateLang): string {
  const m = currency === undefined ? undefined : parseDecimalMoney(amount, currency);
  if (m !== undefined) return formatMoney(m, localeFor(lang));
  return lang === 'zh-CN' ? `${amount}（合同币种）` : `${amount} in the invoice currency`;
}

/**
 * A payment-terms and late-payment clause for a contract, in zh-CN or en, worded to match what
 * the penalty engine computes for the rule: rate and its unit, day count, first charged day
 * (due date + grace, rolled over days off), the payment day, cap and how payments are applied.
 * `currency` formats fixed amounts and caps (default CNY for zh-CN; otherwise amounts are
 * stated "in the invoice currency").
 */
export function renderClause(rule: PenaltyRule, lang: TemplateLang, options: { readonly currency?: CurrencyCode } = {}): string {
  return lang === 'zh-CN' ? zhClause(rule, options.currency ?? 'CNY') : enClause(rule, options.currency);
}

function zhClause(rule: PenaltyRule, currency: CurrencyCode): string {
  const grace = rule.graceDays ?? 0;
  const lines: string[] = ['一、付款期限：买方应于每张发票载明的到期日当日或之前付清该发票全部款项。'];
  if (rule.dueDateRoll === 'weekend') lines.push('到期日为星期六或星期日的，顺延至其后第一个工作日。');
  if (rule.dueDateRoll === 'cn-holidays') lines.push('到期日为法定节假日或休息日的，顺延至其后第一个工作日（国家统一安排的调休上班日视为工作日）。');
  if (rule.kind === 'none') {
    lines.push('二、逾期付款：本合同不约定逾期付款违约金或利息；卖方依法享有的其他权利不受影响。');
    return lines.join('\n');
  }
  const from = grace > 0 ? `自到期日后第${grace + 1}日起（到期日后${grace}日为宽限期，宽限期内不计违约金）` : '自到期日次日起';
  const until = (rule.paymentDay ?? 'accrues') === 'excluded'
    ? '至实际付清之日止（付款当日不计）'
    : '至实际付清之日止（含付款当日）';
  const dayCount = rule.dayCount ?? (rule.kind === 'monthly-rate' ? 360 : 365);
  let charge: string;
  switch (rule.kind) {
    case 'daily-rate':
      charge = `买方逾期付款的，应${from}${until}，每逾期一日按逾期未付金额的${chineseFraction(rule.rate)}向卖方支付违约金。`;
      break;
    case 'monthly-rate':
      charge = `买方逾期付款的，应${from}${until}，按逾期未付金额及月利率${formatPercent(rule.rate)}向卖方支付违约金，按日计算（日利率 = 月利率 × 12 ÷ ${dayCount}）。`;
      break;
    case 'annual-rate':
      charge = `买方逾期付款的，应${from}${until}，按逾期未付金额及年利率${formatPercent(rule.rate)}向卖方支付违约金，按日计算，一年按${dayCount}日计。`;
      break;
    case 'per-day-amount':
      charge = `买方逾期付款的，应${from}${until}，每张逾期发票每逾期一日向卖方支付违约金${amountText(rule.amount, currency, 'zh-CN')}。`;
      break;
    case 'fixed':
      charge = `买方逾期付款的，每张逾期发票应向卖方一次性支付违约金${amountText(rule.amount, currency, 'zh-CN')}。`;
      break;
    case 'cn-lpr': {
      const term = rule.term === '5y' ? '五年期以上' : '一年期';
      const at = (rule.rateAt ?? 'breach') === 'breach' ? '违约金起算之日有效的' : '计息期间各期（自每期公布之日起适用）的';
      const times = rule.multiplier === '1' ? '' : `的${rule.multiplier}倍`;
      charge = `买方逾期付款的，应${from}${until}，按逾期未付金额及${at}全国银行间同业拆借中心公布的${term}贷款市场报价利率（LPR）${times}向卖方支付逾期付款违约金，按日计算，一年按${dayCount}日计。`;
      break;
    }
    case 'uk-late-payment':
      charge = `买方逾期付款的，应${from}${until}，按英国《1998年商业债务逾期付款（利息）法》计付法定利息：年利率为参考日（利息起算日在1月至6月的为前一年12月31日，在7月至12月的为当年6月30日）英格兰银行基准利率加8%，单利，一年按${dayCount}日计${(rule.rateReset ?? 'fixed') === 'half-yearly' ? '，参考利率每半年重新确定' : '，参考利率对该笔债务固定适用'}；并按该法第5A条就每笔逾期债务支付固定补偿：不足1,000英镑的40英镑，1,000英镑以上不足10,000英镑的70英镑，10,000英镑以上的100英镑。`;
      break;
    case 'eu-late-payment': {
      const de = (rule.country ?? 'EU').toUpperCase() === 'DE';
      const pts = de ? (rule.consumer ? 5 : 9) : 8;
      const base = de ? '德国民法典第247条规定的基础利率（Basiszinssatz）' : '欧洲央行主要再融资利率';
      const fee = rule.consumer ? '' : de ? '；并就每笔逾期债务支付德国民法典第288条第5款规定的40欧元催收费用定额补偿（Pauschale）' : '；并就每笔逾期债务支付指令2011/7/EU第6条规定的40欧元固定补偿';
      charge = `买方逾期付款的，应${from}${until}，按每半年（1月1日、7月1日）适用的${base}加${pts}个百分点计付迟延利息，单利，一年按${dayCount}日计${fee}。`;
      break;
    }
  }
  lines.push(`二、逾期付款：${charge}`);
  // A flat daily amount does not depend on the balance: the engine charges it every day until
  // the invoice is paid in full, so a part payment changes nothing.
  if (rule.kind === 'per-day-amount') {
    lines.push('买方部分付款的，不减少每日违约金，直至该发票全部付清。');
  } else if (rule.kind !== 'fixed') {
    lines.push((rule.paymentDay ?? 'accrues') === 'excluded'
      ? '买方部分付款的，自付款当日起按付款后的未付金额计算。'
      : '买方部分付款的，付款当日仍按付款前的未付金额计算，自次日起按付款后的未付金额计算。');
  }
  if (rule.cap !== undefined) {
    // The engine takes the cap on the principal unpaid at the due date; later part payments do not lower it.
    lines.push('percentOfPrincipal' in rule.cap
      ? `每张发票的违约金总额以该发票到期时未付本金的${rule.cap.percentOfPrincipal}%为上限。`
      : `每张发票的违约金总额以${amountText(rule.cap.amount, currency, 'zh-CN')}为上限。`);
  }
  lines.push((rule.allocation ?? 'principal-first') === 'statutory'
    ? '三、款项抵充：买方的付款先抵充已产生的违约金，再抵充本金（《中华人民共和国民法典》第五百六十一条）。'
    : '三、款项抵充：买方的付款先抵充逾期未付的本金；已产生的违约金不因此减少，应另行支付。');
  return lines.join('\n');
}

function enClause(rule: PenaltyRule, currency: CurrencyCode | undefined): string {
  const grace = rule.graceDays ?? 0;
  const lines: string[] = ['1. Payment terms. The Buyer shall pay each invoice in full on or before the due date stated on it.'];
  if (rule.dueDateRoll === 'weekend') lines.push('A due date that falls on a Saturday or Sunday moves to the next working day.');
  if (rule.dueDateRoll === 'cn-holidays') lines.push('A due date that falls on a public holiday or rest day in the People\'s Republic of China moves to the next working day (official make-up working days count as working days).');
  if (rule.kind === 'none') {
    lines.push('2. Late payment. No late-payment penalty or interest is agreed; the Seller\'s other rights under the law are not affected.');
    return lines.join('\n');
  }
  const from = grace > 0
    ? `from the ${ordinal(grace + 1)} day after the due date (the first ${grace} day${grace === 1 ? '' : 's'} after the due date being a grace period free of charge)`
    : 'from the day after the due date';
  const until = (rule.paymentDay ?? 'accrues') === 'excluded'
    ? 'until the day the amount is paid in full, that day not included'
    : 'until and including the day the amount is paid in full';
  const dayCount = rule.dayCount ?? (rule.kind === 'monthly-rate' ? 360 : 365);
  let charge: string;
  switch (rule.kind) {
    case 'daily-rate':
      charge = `If the Buyer fails to pay any amount when due, the Buyer shall pay the Seller a late-payment penalty of ${formatPercent(rule.rate)} of the overdue amount for each day ${from} ${until}.`;
      break;
    case 'monthly-rate':
      charge = `If the Buyer fails to pay any amount when due, the Buyer shall pay the Seller a late charge on the overdue amount at ${formatPercent(rule.rate)} a month, accruing daily at the monthly rate × 12 / ${dayCount}, ${from} ${until}.`;
      break;
    case 'annual-rate':
      charge = `If the Buyer fails to pay any amount when due, the Buyer shall pay the Seller interest on the overdue amount at ${formatPercent(rule.rate)} a year, accruing daily on a ${dayCount}-day year, ${from} ${until}.`;
      break;
    case 'per-day-amount':
      charge = `If the Buyer fails to pay any invoice when due, the Buyer shall pay the Seller a late-payment penalty of ${amountText(rule.amount, currency, 'en')} for each overdue invoice for each day ${from} ${until}.`;
      break;
    case 'fixed':
      charge = `If the Buyer fails to pay any invoice when due, the Buyer shall pay the Seller a one-off late-payment penalty of ${amountText(rule.amount, currency, 'en')} for each overdue invoice.`;
      break;
    case 'cn-lpr': {
      const term = rule.term === '5y' ? 'over-5-year' : '1-year';
      const at = (rule.rateAt ?? 'breach') === 'breach'
        ? 'in force on the first day charged'
        : 'in force from time to time, each quote applying from the day it is published';
      charge = `If the Buyer fails to pay any amount when due, the Buyer shall pay the Seller a late-payment penalty on the overdue amount at ${rule.multiplier === '1' ? '' : `${rule.multiplier} times `}the ${term} Loan Prime Rate (LPR) published by the National Interbank Funding Center ${at}, accruing daily on a ${dayCount}-day year, ${from} ${until}.`;
      break;
    }
    case 'uk-late-payment':
      charge = `If the Buyer fails to pay any amount when due, the Buyer shall pay statutory interest under the Late Payment of Commercial Debts (Interest) Act 1998 at 8% a year above the Bank of England base rate on the reference date (31 December for interest starting in January to June, 30 June for interest starting in July to December)${(rule.rateReset ?? 'fixed') === 'half-yearly' ? ', the reference rate being re-set each half-year' : ', that rate applying for the whole of the debt'}, simple interest on a ${dayCount}-day year, ${from} ${until}; and, for each overdue debt, the fixed sum under section 5A of the Act: £40 for a debt under £1,000, £70 for a debt of £1,000 or more but under £10,000, and £100 for a debt of £10,000 or more.`;
      break;
    case 'eu-late-payment': {
      const de = (rule.country ?? 'EU').toUpperCase() === 'DE';
      const pts = de ? (rule.consumer ? 5 : 9) : 8;
      const base = de ? 'the base rate (Basiszinssatz) under §247 BGB' : 'the European Central Bank main refinancing rate';
      const fee = rule.consumer ? '' : de ? '; and, for each overdue debt, the EUR 40 flat fee under §288(5) BGB' : '; and, for each overdue debt, EUR 40 fixed compensation under Article 6 of Directive 2011/7/EU';
      charge = `If the Buyer fails to pay any amount when due, the Buyer shall pay default interest at ${pts} percentage points above ${base} in force for each half-year (from 1 January and 1 July), simple interest on a ${dayCount}-day year, ${from} ${until}${fee}.`;
      break;
    }
  }
  lines.push(`2. Late payment. ${charge}`);
  if (rule.kind === 'per-day-amount') {
    lines.push('A part payment does not reduce the daily amount, which runs until the invoice is paid in full.');
  } else if (rule.kind !== 'fixed') {
    lines.push((rule.paymentDay ?? 'accrues') === 'excluded'
      ? 'Where part of an overdue amount is paid, the charge runs on the reduced balance from the day of payment.'
      : 'Where part of an overdue amount is paid, the day of payment is charged on the balance before the payment, and the following days on the reduced balance.');
  }
  if (rule.cap !== undefined) {
    lines.push('percentOfPrincipal' in rule.cap
      ? `The total charge on any invoice shall not exceed ${rule.cap.percentOfPrincipal}% of the principal unpaid on its due date.`
      : `The total charge on any invoice shall not exceed ${amountText(rule.cap.amount, currency, 'en')}.`);
  }
  lines.push((rule.allocation ?? 'principal-first') === 'statutory'
    ? '3. Application of payments. Payments are applied first to late-payment charges already accrued and then to the principal.'
    : '3. Application of payments. Payments are applied first to the overdue principal; late-payment charges already accrued remain payable in addition.');
  return lines.join('\n');
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${s}`;
}
