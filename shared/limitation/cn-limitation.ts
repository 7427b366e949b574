import { CONTACT_CHANNELS, type ContactChannel } from '../contact-channel.ts';
import { LOG_ACTIONS, type LogAction } from '../log/log-action.ts';
import { addDays, type PlainDate } from '../plain-date.ts';
import { cnHolidayName } from '../calendar/cn-holiday-calendar.ts';
import { cnCalendarCoverage } from '../calendar/is-chinese-working-day.ts';
import { rollToWorkingDay } from '../calendar/working-day.ts';
import { addYears } from './add-years.ts';
import type { LimitationEvent } from './limitation-period.ts';
import { actionWord, channelWord, type LimitationLang } from './limitation-text.ts';
import { restartChain, type Restart } from './restart-chain.ts';
import { textsByDate } from './texts-by-date.ts';
import type { RuleOutcome } from './rule-outcome.ts';

const YEARS = 3;
// 民法典 第195条: (一) 权利人向义务人提出履行请求 — a reminder, a lawyer's demand; (三)(四) 提起诉讼或者
// 申请仲裁、与之具有同等效力的其他情形 — the `legal` row; (二) 义务人同意履行义务 — the debtor's agreement.
const DEMAND: ReadonlySet<LogAction> = new Set(['reminder', 'legal']);
const AGREEMENT: ReadonlySet<LogAction> = new Set(['promise', 'plan', 'acknowledged', 'payment']);

/** What an event makes of the period under 第195条 and 第189条 (a module function: one per ledger, not per invoice). */
function restartUnderArt195(e: LimitationEvent, into: Restart): boolean {
  if (e.action === 'plan' && e.lastInstalment !== undefined) {
    const from = addDays(e.lastInstalment, 1);
    const byPlan = addYears(from, YEARS);
    const byAgreement = addYears(e.date, YEARS);
    if (byPlan > byAgreement) {
      into.start = from;
      into.expires = byPlan;
    } else {
      into.start = e.date;
      into.expires = byAgreement;
    }
    return true;
  }
  if (!DEMAND.has(e.action) && !AGREEMENT.has(e.action)) return false;
  into.start = e.date;
  into.expires = addYears(e.date, YEARS);
  return true;
}

/**
 * China, 民法典 第188条: three years, running from the day after the due date (the creditor
 * knows of the breach once the day has passed); the last day is that day plus three years
 * (第201条, 第202条). A demand or the debtor's agreement restarts it from its own day (第195条);
 * an agreed instalment plan runs from the day after its last instalment (第189条). A restart by
 * a reminder only holds with proof that the demand reached the debtor.
 */
export function cnLimitation(dueDate: PlainDate, events: readonly LimitationEvent[], lang: LimitationLang): RuleOutcome {
  const zh = lang === 'zh-CN';
  const sep = zh ? '；' : '; ';
  const start = addDays(dueDate, 1);
  const chain = restartChain(start, addYears(start, YEARS), events, restartUnderArt195);
  // The texts that depend on one date are made once per date (see textsByDate), and the basis is
  // joined with +, not Array#join: the engine keeps the pieces as a rope and copies them into one
  // string only when the text is read (most periods of a ledger's derivation never are).
  const heads = textsByDate(lang, 'cn head');
  let basis = heads.get(dueDate);
  if (basis === undefined) {
    heads.set(dueDate, basis = zh
      ? `民法典第188条：诉讼时效三年，自到期日${dueDate}的次日${start}起算`
      : `PRC Civil Code art. 188 (民法典第188条): 3 years from the day after the due date ${dueDate}, i.e. from ${start}`);
  }
  let notes: string[] = [];
  const r = chain.restartedBy;
  if (r !== undefined) {
    if (r.action === 'plan' && r.lastInstalment !== undefined && chain.start !== r.date) {
      basis += sep + (zh
        ? `${r.date}约定分期履行，自最后一期履行期限${r.lastInstalment}届满之次日${chain.start}起计算（第189条）`
        : `the instalment plan of ${r.date} runs from the day after its last instalment (${r.lastInstalment}), ${chain.start} (art. 189)`);
    } else {
      const restarts = textsByDate(lang, CN_RESTART[r.action]);
      let restart = restarts.get(r.date);
      if (restart === undefined) restarts.set(r.date, restart = sep + restartText(r.action, r.date, lang));
      basis += restart;
    }
    if (r.action === 'legal') notes = [zh ? LEGAL_NOTE.zh : LEGAL_NOTE.en];
    if (r.action === 'reminder') {
      const proofs = textsByDate(lang, r.channel === undefined ? 'cn proof' : CN_PROOF[r.channel]);
      let proof = proofs.get(r.date);
      if (proof === undefined) proofs.set(r.date, proof = proofText(r.date, r.channel, lang));
      notes = [proof];
    }
  }
  const ends = textsByDate(lang, 'cn end');
  let end = ends.get(chain.expires);
  if (end === undefined) ends.set(chain.expires, end = sep + (zh ? `至${chain.expires}届满` : `last day ${chain.expires}`));
  basis += end;
  for (const late of chain.tooLate) {
    if (AGREEMENT.has(late.action)) {
      notes.push(zh
        ? `${late.date}的${actionWord(late.action, lang)}发生在诉讼时效届满之后：不重新计算，但义务人同意履行的，不得再以诉讼时效届满为由抗辩（第192条）`
        : `The ${actionWord(late.action, lang)} of ${late.date} came after the period ended: it does not restart it, but a debtor who agreed to perform may no longer plead limitation (art. 192).`);
    } else {
      notes.push(zh
        ? `${late.date}的${actionWord(late.action, lang)}发生在诉讼时效届满之后，不能使时效中断`
        : `The ${actionWord(late.action, lang)} of ${late.date} came after the period ended and does not restart it.`);
    }
  }
  const dayOffs = textsByDate(lang, 'cn day off');
  let dayOff = dayOffs.get(chain.expires);
  if (dayOff === undefined) dayOffs.set(chain.expires, dayOff = dayOffText(chain.expires, lang));
  if (dayOff !== '') notes.push(dayOff);
  return { start: chain.start, expires: chain.expires, restartedBy: r, basis, notes };
}

// The kinds of text cached by date (see textsByDate), made once: not a string per invoice.
const CN_RESTART = Object.fromEntries(LOG_ACTIONS.map((a) => [a, `cn restart ${a}`])) as Record<LogAction, string>;
const CN_PROOF = Object.fromEntries(CONTACT_CHANNELS.map((c) => [c, `cn proof ${c}`])) as Record<ContactChannel, string>;

const LEGAL_NOTE = {
  zh: '如该法律步骤为起诉、仲裁或申请支付令，诉讼时效自有关程序终结时起重新计算（第195条）；此处自该步骤之日起算，是最早的届满日',
  en: 'If the legal step was a claim, an arbitration or a payment order (支付令), the period runs again only from the end of those proceedings (art. 195); counted here from the step itself, this is the earliest possible last day.',
} as const;

/** The restart by a row other than a plan running from its last instalment, under 第195条. */
function restartText(action: LogAction, date: PlainDate, lang: LimitationLang): string {
  const zh = lang === 'zh-CN';
  const what = actionWord(action, lang);
  if (action === 'legal') {
    return zh
      ? `${date}${what}（第195条：提起诉讼、申请仲裁、支付令或律师函催告，诉讼时效中断），自该日重新计算`
      : `restarted by the ${what} of ${date} (art. 195: a demand, claim, arbitration or payment order interrupts the period), counted again from that day`;
  }
  if (DEMAND.has(action)) {
    return zh
      ? `${date}${what}（第195条：权利人提出履行请求，诉讼时效中断），自该日重新计算`
      : `restarted by the ${what} of ${date} (art. 195: a demand for payment interrupts the period), running again from that day`;
  }
  return zh
    ? `${date}${what}（第195条：义务人同意履行义务，诉讼时效中断），自该日重新计算`
    : `restarted by the debtor's ${what} of ${date} (art. 195: the debtor agreed to perform), running again from that day`;
}

/** A restart by a reminder holds only with proof that it reached the debtor (第195条: 提出履行请求 must 到达). */
function proofText(date: PlainDate, channel: ContactChannel | undefined, lang: LimitationLang): string {
  const how = channel !== undefined ? channelWord(channel, lang) : undefined;
  return lang === 'zh-CN'
    ? `时效中断以${date}的催款${how ? `（${how}）` : ''}为据：须保留送达证据（已发送的邮件及送达记录、快递回执）${channel === 'phone' ? '；电话催款难以证明，请书面确认' : ''}`
    : `The restart rests on the reminder of ${date}${how ? ` (${how})` : ''}: keep proof that it reached the debtor (the sent e-mail and its delivery record, the courier receipt)${channel === 'phone' ? '; a call is hard to prove, so confirm it in writing' : ''}.`;
}

/**
 * 第203条: a period whose last day is a day off (法定休假日: a weekend or a holiday under the
 * State Council's notice, make-up working days excepted) ends on the next working day.
 * `expires` stays the day the years give (DESIGN.md); the note says when the law lets it run to.
 * Empty when the last day is a working day.
 */
function dayOffText(expires: PlainDate, lang: LimitationLang): string {
  const lastWorkingDay = rollToWorkingDay(expires, 'cn');
  if (lastWorkingDay === expires) return '';
  const holiday = cnHolidayName(expires);
  const assumed = cnCalendarCoverage(expires) !== 'published';
  return lang === 'zh-CN'
    ? `届满日${expires}为法定休假日（${holiday ?? '周末'}）：依第203条，以休假日结束的次日${lastWorkingDay}为期间的最后一日${assumed ? '（该年放假安排尚未公布，按法定节日推算）' : ''}；稳妥起见，请最迟于${expires}采取行动`
    : `The last day, ${expires}, is a day off (${holiday ?? 'weekend'}): under art. 203 the period runs to the next working day, ${lastWorkingDay}${assumed ? ' (that year\'s holiday notice is not out yet: worked out from the statutory holidays)' : ''}; to be safe, act by ${expires}.`;
}
