import type { LogAction } from '../log/log-action.ts';
import { dateParts, makeDate, type PlainDate } from '../plain-date.ts';
import { addYears } from './add-years.ts';
import type { LimitationEvent } from './limitation-period.ts';
import { actionWord, type LimitationLang } from './limitation-text.ts';
import { restartChain, type Restart } from './restart-chain.ts';
import { textsByDate } from './texts-by-date.ts';
import type { RuleOutcome } from './rule-outcome.ts';

const YEARS = 3;
// BGB §212 Abs. 1 Nr. 1: the debtor acknowledges the claim "durch Abschlagszahlung, Zinszahlung,
// Sicherheitsleistung oder in anderer Weise" — a promise to pay or an agreed plan presupposes the debt.
const ACKNOWLEDGING: ReadonlySet<LogAction> = new Set(['acknowledged', 'payment', 'promise', 'plan']);

/** What an event makes of the period under §212 Abs. 1 Nr. 1: an acknowledgement restarts it from its day. */
function restartUnderS212(e: LimitationEvent, into: Restart): boolean {
  if (!ACKNOWLEDGING.has(e.action)) return false;
  into.start = e.date;
  into.expires = addYears(e.date, YEARS);
  return true;
}

/**
 * Germany, BGB §195, §199 Abs. 1: three years, beginning at the end of the year in which the
 * claim fell due (Ultimo-Verjährung), so it ends on 31 December three years on. An
 * acknowledgement, a part payment or a promise restarts it (§212 Abs. 1 Nr. 1) from that day,
 * not from a year end; the new period's last day is that day three years on (§187 Abs. 1,
 * §188 Abs. 2). A reminder does not. Proceedings suspend it (§204), which is not computed here.
 */
export function deLimitation(dueDate: PlainDate, events: readonly LimitationEvent[], lang: LimitationLang): RuleOutcome {
  const zh = lang === 'zh-CN';
  const sep = zh ? '；' : '; ';
  const { year } = dateParts(dueDate);
  const start = makeDate(year, 12, 31) as PlainDate;
  const chain = restartChain(start, addYears(start, YEARS), events, restartUnderS212);
  // Texts about one date are made once per date (see textsByDate); the rest joined with +, not
  // Array#join: the engine keeps the pieces as a rope and copies them only when the text is read.
  const heads = textsByDate(lang, 'de head');
  let basis = heads.get(dueDate);
  if (basis === undefined) heads.set(dueDate, basis = (zh
    ? `德国民法典第195条、第199条第1款：三年，自债权到期（${dueDate}）当年年末${start}起算`
    : `BGB §195, §199(1): 3 years from the end of ${year}, the year the invoice fell due (${dueDate})`));
  const notes: string[] = [];
  const r = chain.restartedBy;
  if (r !== undefined) {
    basis += sep + (zh
      ? `${r.date}债务人${actionWord(r.action, lang)}，构成承认（第212条第1款第1项），自该日重新起算`
      : `restarted on ${r.date} by the debtor's ${actionWord(r.action, lang)}, an acknowledgement (§212(1) no. 1), from that day`);
  }
  const ends = textsByDate(lang, 'de end');
  let end = ends.get(chain.expires);
  if (end === undefined) ends.set(chain.expires, end = sep + (zh ? `至${chain.expires}届满` : `last day ${chain.expires}`));
  basis += end;
  if (events.some((e) => e.action === 'legal')) {
    notes.push(zh
      ? '已采取法律步骤：催告程序（Mahnbescheid）或起诉在进行期间中止时效（第204条），此处未计入'
      : 'A legal step is recorded: a Mahnbescheid or a claim suspends the period while the proceedings run (§204); that is not computed here.');
  }
  for (const late of chain.tooLate) {
    notes.push(zh
      ? `${late.date}的${actionWord(late.action, lang)}发生在时效届满之后，不能重新起算（第212条须在时效进行中）${late.action === 'payment' ? '；已付款项不得请求返还（第214条第2款）' : ''}`
      : `The ${actionWord(late.action, lang)} of ${late.date} came after the period ended and does not restart it (§212 needs a running period)${late.action === 'payment' ? '; what was paid cannot be reclaimed (§214(2))' : ''}.`);
  }
  return { start: chain.start, expires: chain.expires, restartedBy: r, basis, notes };
}
