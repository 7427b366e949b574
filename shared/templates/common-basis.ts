import { penaltyBasis } from '../penalty/penalty-basis.ts';
import { ukReferenceDate } from '../penalty/rules/uk-late-payment.ts';
import type { PenaltyRule } from '../penalty/types.ts';
import { isDecimalString, ratioFromDecimal, rsub } from '../ratio.ts';
import { exactDecimal } from '../penalty/exact-decimal.ts';
import { shiftDecimal } from './format-percent.ts';
import type { ReminderInvoice } from './reminder-model.ts';
import type { TemplateLang } from './template-locale.ts';

/**
 * One basis sentence for a message about several invoices. The engine's basis names per-invoice
 * facts (the UK s.5A sum depends on the size of each debt), so for statutory rules with fixed
 * compensation the sentence is rebuilt without the amount and the compensation is described per
 * invoice; the working table shows each sum. When invoices differ in anything else (another
 * reference date, currency), each invoice's own basis is listed.
 */
export function commonBasis(invoices: readonly ReminderInvoice[], rule: PenaltyRule | undefined, lang: TemplateLang): string | undefined {
  const charged = invoices.filter((i) => i.penalty !== undefined);
  const bases = [...new Set(charged.map((i) => i.penalty?.basis ?? ''))];
  if (bases.length <= 1) return bases[0];
  const listed = charged.map((i) => `${i.invoice}: ${i.penalty?.basis ?? ''}`).join(lang === 'zh-CN' ? '\n' : '\n');
  if (rule === undefined || (rule.kind !== 'uk-late-payment' && rule.kind !== 'eu-late-payment')) return listed;
  const currencies = new Set(charged.map((i) => i.outstanding.currency));
  const currency = charged[0]?.outstanding.currency;
  if (currencies.size !== 1 || currency === undefined) return listed;
  const dayCount = rule.dayCount ?? 365;
  let ukReference: { date: ReturnType<typeof ukReferenceDate>; bankRatePercent: string } | undefined;
  if (rule.kind === 'uk-late-payment' && (rule.rateReset ?? 'fixed') === 'fixed') {
    const refs = charged.map((i) => {
      const first = i.penalty?.segments[0];
      if (first === undefined || !isDecimalString(first.rate)) return undefined;
      // The segment rate is Bank Rate + 8 % (set under s.6 of the 1998 Act by SI 2002/1675 art. 4).
      const bank = exactDecimal(rsub(ratioFromDecimal(first.rate), ratioFromDecimal('0.08')));
      return { date: ukReferenceDate(first.from), bankRatePercent: shiftDecimal(bank, 2) };
    });
    const keys = new Set(refs.map((r) => (r === undefined ? '' : `${r.date}/${r.bankRatePercent}`)));
    if (keys.size !== 1 || refs[0] === undefined) return listed;
    ukReference = refs[0];
  }
  const sentence = penaltyBasis(rule, lang, { currency, dayCount, ...(ukReference === undefined ? {} : { ukReference }) });
  if (!charged.some((i) => (i.penalty?.compensation.minor ?? 0) > 0)) return listed;
  const zh = lang === 'zh-CN';
  const de = rule.kind === 'eu-late-payment' && (rule.country ?? 'EU').toUpperCase() === 'DE';
  const fixed = rule.kind === 'uk-late-payment'
    ? (zh ? '另按该法第5A条就每张发票加收固定补偿（按债务金额为40、70或100英镑）。' : 'Fixed compensation is added for each invoice under s.5A (£40, £70 or £100 according to the size of the debt).')
    : de
      ? (zh ? '另按德国民法典第288条第5款就每张发票加收40欧元催收费用定额补偿（Pauschale）。' : 'The EUR 40 flat fee under BGB §288(5) is added for each invoice.')
      : (zh ? '另按指令2011/7/EU第6条就每张发票加收40欧元固定补偿。' : 'EUR 40 fixed compensation under art. 6 of Directive 2011/7/EU is added for each invoice.');
  return `${sentence}${zh ? '' : ' '}${fixed}`;
}
