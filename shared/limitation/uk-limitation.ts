import { addDays, type PlainDate } from '../plain-date.ts';
import { addYears } from './add-years.ts';
import type { LimitationEvent } from './limitation-period.ts';
import { actionWord, type LimitationLang } from './limitation-text.ts';
import { restartChain, type Restart } from './restart-chain.ts';
import { textsByDate } from './texts-by-date.ts';
import type { RuleOutcome } from './rule-outcome.ts';

const YEARS = 6;

/** What an event makes of the period under s.29(5): only an acknowledgement or a part payment restarts it. */
function accruesAfreshUnderS29(e: LimitationEvent, into: Restart): boolean {
  if (e.action !== 'acknowledged' && e.action !== 'payment') return false;
  into.start = e.date;
  into.expires = addYears(e.date, YEARS);
  return true;
}

/**
 * England and Wales, Limitation Act 1980 s.5: an action on a simple contract may not be brought
 * after six years from the day the cause of action accrued, the day after the due date; that
 * day is not counted, so the last day is the accrual day six years on. Only a written, signed
 * acknowledgement (s.29(5)(a), s.30) or a part payment (s.29(5)(b)) makes the right accrue
 * afresh on its own day; reminders, promises and plans do not (a promise or plan counts only if
 * the debtor signed it: record that as `acknowledged`). Nothing revives a barred debt (s.29(7)).
 */
export function ukLimitation(dueDate: PlainDate, events: readonly LimitationEvent[], lang: LimitationLang): RuleOutcome {
  const zh = lang === 'zh-CN';
  const sep = zh ? '；' : '; ';
  const start = addDays(dueDate, 1);
  const chain = restartChain(start, addYears(start, YEARS), events, accruesAfreshUnderS29);
  // Texts about one date are made once per date (see textsByDate); the rest joined with +, not
  // Array#join: the engine keeps the pieces as a rope and copies them only when the text is read.
  const heads = textsByDate(lang, 'uk head');
  let basis = heads.get(dueDate);
  if (basis === undefined) heads.set(dueDate, basis = (zh
    ? `英格兰及威尔士《1980年时效法》第5条：六年，自诉因产生之日（到期日${dueDate}的次日${start}）起算`
    : `Limitation Act 1980 s.5: 6 years from the day the cause of action accrued, the day after the due date ${dueDate} (${start})`));
  const notes: string[] = [];
  const r = chain.restartedBy;
  if (r !== undefined) {
    const section = r.action === 'payment' ? 's.29(5)(b)' : 's.29(5)(a), s.30';
    basis += sep + (zh
      ? `${r.date}${actionWord(r.action, lang)}（第29(5)条${r.action === 'payment' ? '' : '、第30条'}），诉因自该日重新产生`
      : `accrued afresh on ${r.date} by the debtor's ${actionWord(r.action, lang)} (${section})`);
  }
  const ends = textsByDate(lang, 'uk end');
  let end = ends.get(chain.expires);
  if (end === undefined) ends.set(chain.expires, end = sep + (zh ? `至${chain.expires}届满` : `last day ${chain.expires}`));
  basis += end;
  for (const e of events) {
    if (e.action !== 'promise' && e.action !== 'plan') continue;
    notes.push(zh
      ? `${e.date}的${actionWord(e.action, lang)}只有经债务人书面签署才构成承认（第29(5)、30条）：如有签署文件，请记录为 acknowledged`
      : `The ${actionWord(e.action, lang)} of ${e.date} restarts the period only if the debtor signed it in writing (s.29(5), s.30): if so, record it as acknowledged.`);
  }
  for (const late of chain.tooLate) {
    notes.push(zh
      ? `${late.date}的${actionWord(late.action, lang)}发生在时效届满之后，不能恢复已过时效的债权（第29(7)条）`
      : `The ${actionWord(late.action, lang)} of ${late.date} came after the period ended and does not revive the claim (s.29(7)).`);
  }
  return { start: chain.start, expires: chain.expires, restartedBy: r, basis, notes };
}
