import { add, isZero, parseDecimalMoney, subtract, sum, type Money } from '../money.ts';
import type { PenaltyRule, PenaltySegment } from '../penalty/types.ts';
import { isDecimalString, ratioFromDecimal, ratioFromInt, rdiv, rmul, roundHalfUpToMinor } from '../ratio.ts';
import type { BlockTable, TableCell } from './block-table.ts';
import { formatDate } from './format-date.ts';
import { formatMoney } from './format-money.ts';
import { formatPercent } from './format-percent.ts';
import type { ReminderModel } from './reminder-model.ts';
import type { TemplateLang, TemplateLocale } from './template-locale.ts';

/**
 * A segment's rate as the engine applied it. PenaltySegment.rate is shown per day for daily
 * rules, per month for monthly and per year for annual ones (rate-period.ts), and a day count
 * divides annual rates; the rule says which. Without the rule, recomputing balance × rate ×
 * days (÷ 365 or 360) against the segment amount tells per day from per year.
 */
function rateText(segment: PenaltySegment, rule: PenaltyRule | undefined, lang: TemplateLang, locale: TemplateLocale): string {
  const zh = lang === 'zh-CN';
  if (!isDecimalString(segment.rate)) return segment.rate;
  const pct = formatPercent(segment.rate);
  const dayCount = rule?.dayCount ?? (rule?.kind === 'monthly-rate' ? 360 : 365);
  const perDay = zh ? `日${pct}` : `${pct} a day`;
  const perYear = (dc: number): string => (zh ? `年${pct}（一年按${dc}天）` : `${pct} a year (${dc}-day year)`);
  switch (rule?.kind) {
    case 'daily-rate':
      return perDay;
    case 'monthly-rate':
      return zh ? `月${pct}（日 = 月×12÷${dayCount}）` : `${pct} a month (daily = ×12/${dayCount})`;
    case 'annual-rate': case 'cn-lpr': case 'uk-late-payment': case 'eu-late-payment':
      return perYear(dayCount);
    case 'per-day-amount': {
      const m = parseDecimalMoney(segment.rate, segment.balance.currency);
      return m === undefined ? segment.rate : zh ? `每日${formatMoney(m, locale)}` : `${formatMoney(m, locale)} a day`;
    }
    case 'fixed':
      return zh ? '一次性' : 'one-off';
    default:
      break;
  }
  const rate = ratioFromDecimal(segment.rate);
  const base = rmul(rmul(ratioFromInt(segment.balance.minor), rate), ratioFromInt(segment.days));
  const close = (minor: number): boolean => Math.abs(minor - segment.amount.minor) <= 1;
  if (close(roundHalfUpToMinor(base))) return perDay;
  for (const dc of [365, 360]) if (close(roundHalfUpToMinor(rdiv(base, ratioFromInt(dc))))) return perYear(dc);
  return pct;
}

/**
 * The penalty or interest working, segment by segment (from, to, days, balance, rate, amount),
 * then per currency: accrued, already paid, fixed compensation and what is owed.
 */
export function penaltyWorking(model: ReminderModel, lang: TemplateLang, locale: TemplateLocale): BlockTable {
  const zh = lang === 'zh-CN';
  const right = (text: string): TableCell => ({ text, align: 'right' });
  const head: TableCell[] = zh
    ? [{ text: '发票号' }, { text: '起' }, { text: '止' }, right('天数'), right('计息本金'), right('利率'), right('金额')]
    : [{ text: 'Invoice' }, { text: 'From' }, { text: 'To' }, right('Days'), right('Balance'), right('Rate'), right('Amount')];
  const rows: TableCell[][] = [];
  for (const inv of model.invoices) {
    if (inv.penalty === undefined) continue;
    for (const s of inv.penalty.segments) {
      rows.push([
        { text: inv.invoice }, { text: formatDate(s.from, locale) }, { text: formatDate(s.to, locale) },
        right(String(s.days)), right(formatMoney(s.balance, locale)), right(rateText(s, model.penalty?.rule, lang, locale)), right(formatMoney(s.amount, locale)),
      ]);
    }
    if (inv.penalty.capped) {
      rows.push([{ text: inv.invoice }, { text: zh ? '按约定上限计' : 'limited to the agreed cap' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }, right(formatMoney(inv.penalty.penalty, locale))]);
    }
  }
  const foot: TableCell[][] = [];
  const label = (text: string, currency: string): TableCell => ({ text: model.totals.length > 1 ? `${text} (${currency})` : text });
  const blank: TableCell[] = [{ text: '' }, { text: '' }, { text: '' }, { text: '' }, { text: '' }];
  for (const t of model.totals) {
    const results = model.invoices.flatMap((i) => (i.penalty !== undefined && i.outstanding.currency === t.currency ? [i.penalty] : []));
    const accrued: Money = sum(results.map((r) => r.penalty), t.currency);
    foot.push([label(zh ? '累计违约金/利息' : 'Accrued', t.currency), ...blank, right(formatMoney(accrued, locale))]);
    const paid = subtract(accrued, t.penalty);
    if (!isZero(paid)) foot.push([label(zh ? '已付' : 'Already paid', t.currency), ...blank, right(formatMoney(paid, locale))]);
    if (!isZero(t.compensation)) foot.push([label(zh ? '固定补偿金' : 'Fixed compensation', t.currency), ...blank, right(formatMoney(t.compensation, locale))]);
    foot.push([label(zh ? '应付' : 'Now owed', t.currency), ...blank, right(formatMoney(add(t.penalty, t.compensation), locale))]);
  }
  return { head, rows, foot };
}
