import { toDecimalString, type Money } from '../money.ts';
import type { PlainDate } from '../plain-date.ts';
import type { RateTables } from '../rates/types.ts';

/** The reference tables a figure can rest on: the four rate tables and China's holiday calendar. */
export type ReferenceTableId = keyof RateTables | 'cnHolidays';

/**
 * Something the reader of a figure must know, as data (a stable `code` and its facts), so that
 * it can be said in the case's language ({@link penaltyWarningText}) and a front door can mark
 * the figure itself (`assumed` tables) instead of only listing sentences.
 */
export type PenaltyWarning =
  | { readonly code: 'payment-after-as-of'; readonly date: PlainDate; readonly asOf: PlainDate }
  /** A rate past the table's known-until date: the last known one was assumed from `from` on. */
  | { readonly code: 'rate-assumed'; readonly table: keyof RateTables; readonly knownUntil: PlainDate; readonly from: PlainDate; readonly lossCheck?: boolean }
  | { readonly code: 'rate-before-table'; readonly table: keyof RateTables; readonly on: PlainDate; readonly percent: string; readonly since: PlainDate }
  | { readonly code: 'benchmark-before-2015'; readonly percent: string; readonly from: PlainDate }
  | { readonly code: 'overpaid'; readonly excess: Money }
  | { readonly code: 'compensation-currency'; readonly statute: 'uk' | 'eu'; readonly currency: string }
  | { readonly code: 'compensation-consumer' }
  | { readonly code: 'loss-check-currency'; readonly currency: string }
  | { readonly code: 'loss-check-statutory' }
  | { readonly code: 'multiplier-range'; readonly multiplier: string }
  | { readonly code: 'no-national-table'; readonly country: string }
  /** A date in a year whose holiday notice the calendar lacks. */
  | { readonly code: 'calendar-beyond'; readonly date: PlainDate; readonly knownUntil: PlainDate; readonly coverage: 'statutory' | 'weekends' };

export type WarningLanguage = 'zh-CN' | 'en';

const TABLE_NAMES: Readonly<Record<keyof RateTables, { readonly en: string; readonly zh: string }>> = {
  cnLpr: { en: 'LPR quotes', zh: '贷款市场报价利率（LPR）' },
  ukBankRate: { en: 'Bank of England Bank Rate', zh: '英格兰银行基准利率' },
  ecbMro: { en: 'ECB main refinancing rate', zh: '欧洲央行主要再融资利率' },
  deBasiszinssatz: { en: 'Basiszinssatz (BGB §247)', zh: '德国基础利率（BGB 第247条）' },
};

/** Money said as money: `965.00 CNY`. */
export function moneyText(m: Money): string {
  return `${toDecimalString(m)} ${m.currency}`;
}

/** The tables a figure rests on past their known-until date (for a marker beside the figure). */
export function assumedTables(warnings: readonly PenaltyWarning[]): ReferenceTableId[] {
  const out = new Set<ReferenceTableId>();
  for (const w of warnings) {
    if (w.code === 'rate-assumed' && !w.lossCheck) out.add(w.table);
    else if (w.code === 'calendar-beyond') out.add('cnHolidays');
  }
  return [...out];
}

/** A short marker for a figure that rests on assumed data: `ECB MRO > 2026-07-01`. */
export function assumedMarker(warnings: readonly PenaltyWarning[], lang: WarningLanguage = 'en'): string {
  const parts: string[] = [];
  for (const w of warnings) {
    if (w.code === 'rate-assumed' && !w.lossCheck) parts.push(lang === 'zh-CN' ? `${TABLE_NAMES[w.table].zh}于 ${w.knownUntil} 后为假定值` : `${TABLE_NAMES[w.table].en} assumed after ${w.knownUntil}`);
    else if (w.code === 'calendar-beyond') parts.push(lang === 'zh-CN' ? `${w.date.slice(0, 4)}年放假安排未公布` : `no ${w.date.slice(0, 4)} holiday notice`);
  }
  return [...new Set(parts)].join('; ');
}

/** A warning as a sentence in the case's language (Chinese for a Chinese basis). */
export function penaltyWarningText(w: PenaltyWarning, lang: WarningLanguage): string {
  const zh = lang === 'zh-CN';
  switch (w.code) {
    case 'payment-after-as-of':
      return zh ? `${w.date} 的付款晚于计算截止日 ${w.asOf}，未计入。` : `The payment of ${w.date} is after the as-of date ${w.asOf} and was not counted.`;
    case 'rate-assumed': {
      const t = TABLE_NAMES[w.table];
      const prefix = w.lossCheck ? (zh ? '损失核算：' : 'Loss check: ') : '';
      if (w.table === 'cnLpr') {
        return prefix + (zh
          ? `LPR 报价已知至 ${w.knownUntil}；此后（自 ${w.from} 起）按最后一期报价假定计算。请通过利率选项补充新的报价。`
          : `LPR quotes are known until ${w.knownUntil}; the last quote was assumed after that (from ${w.from}). Supply newer quotes through the rates option.`);
      }
      return prefix + (zh
        ? `${t.zh}已知至 ${w.knownUntil}；自 ${w.from} 起适用的利率按最后已知利率假定计算。请通过利率选项补充新的利率。`
        : `${t.en} is known until ${w.knownUntil}; the rate on ${w.from} was assumed to be the last known one. Supply newer rates through the rates option.`);
    }
    case 'rate-before-table': {
      const t = TABLE_NAMES[w.table];
      return zh
        ? `${t.zh}表中没有 ${w.on} 的利率；按表中最早的利率（${w.since} 起 ${w.percent}%）计算。`
        : `${t.en}: no rate known on ${w.on}; the earliest rate in the table (${w.percent}% from ${w.since}) was assumed.`;
    }
    case 'benchmark-before-2015':
      return zh
        ? `表中的中国人民银行贷款基准利率（${w.percent}%）自 2015-10-24 起施行；${w.from} 起的期间按此利率假定计算。`
        : `The PBOC benchmark in the table (${w.percent}%) is the one in force since 2015-10-24; it was assumed for days from ${w.from}.`;
    case 'overpaid':
      return zh
        ? `付款超出本金、违约金及费用合计 ${moneyText(w.excess)}；超出部分未计入。`
        : `Payments exceed principal, penalty and compensation by ${moneyText(w.excess)}; the excess was ignored.`;
    case 'compensation-currency':
      if (w.statute === 'uk') {
        return zh ? `第5A条规定的固定补偿以英镑计；${w.currency} 债务未加收。` : `The s.5A fixed sum is in GBP; it was not added to a ${w.currency} debt.`;
      }
      return zh ? `40 欧元固定补偿以欧元计；${w.currency} 债务未加收。` : `The EUR 40 fixed compensation was not added to a ${w.currency} debt.`;
    case 'compensation-consumer':
      return zh
        ? '指令 2011/7/EU 仅适用于经营者之间的债务；消费者债务未加收固定补偿。'
        : 'Directive 2011/7/EU covers business-to-business debts only; no fixed compensation was added for a consumer.';
    case 'loss-check-currency':
      return zh
        ? `损失核算：债务以 ${w.currency} 计，但损失按中国一年期 LPR 计算。`
        : `Loss check: the loss is measured with China's 1-year LPR although the debt is in ${w.currency}.`;
    case 'loss-check-statutory':
      return zh
        ? '损失核算仅适用于约定违约金；本规则为法定标准，未核算。'
        : 'lossCheck applies to contractual penalties only; this rule is a statutory measure and was not checked.';
    case 'multiplier-range':
      return zh
        ? `倍数 ${w.multiplier} 不在 1.3–1.5 之间（买卖合同解释第十八条第四款：LPR 加计 30%–50%），也不是 1（资金占用利息）；已按所给倍数计算。`
        : `The multiplier ${w.multiplier} is outside 1.3–1.5 (art. 18(4) of the SPC Interpretation on Sales Contract Disputes: LPR plus 30–50 %) and is not 1 (plain interest on the funds); it was applied as given.`;
    case 'no-national-table':
      return zh
        ? `没有 ${w.country} 的本国利率表：按指令 2011/7/EU 的最低标准（欧洲央行主要再融资利率加 8 个百分点）计算；该国法律可能规定更高标准。`
        : `No national table for ${w.country}: the Directive 2011/7/EU minimum (ECB MRO + 8 points) was used; national law may set more.`;
    case 'calendar-beyond': {
      const year = w.date.slice(0, 4);
      if (w.coverage === 'weekends') {
        return zh
          ? `中国节假日安排已知至 ${w.knownUntil}；${year} 年的放假安排未收录，${w.date} 前后仅按周末认定休息日。请通过日历选项补充该年安排。`
          : `The Chinese holiday calendar does not have ${year}; for ${w.date} only weekends were treated as days off. Supply the year through the calendar option.`;
      }
      return zh
        ? `中国节假日安排已知至 ${w.knownUntil}；${year} 年国务院放假通知未收录：${w.date} 前后按《全国年节及纪念日放假办法》第二条的法定节假日（元旦、春节除夕至初三、清明节、劳动节5月1–2日、端午节、中秋节、国庆节10月1–3日）认定休息日，调休上班日未知。请通过日历选项补充该年安排。`
        : `The Chinese holiday calendar is known until ${w.knownUntil}; ${year}'s State Council notice is not in it. Around ${w.date} the statutory holidays of art. 2 of the National Holidays Regulation (New Year's Day, Spring Festival eve to day 3, Qingming, Labour Day 1–2 May, Dragon Boat, Mid-Autumn, National Day 1–3 October) were treated as days off; the year's make-up working days (调休) are unknown. Supply the year through the calendar option.`;
    }
  }
}
