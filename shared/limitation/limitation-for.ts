import { daysBetween, type PlainDate } from '../plain-date.ts';
import { cnLimitation } from './cn-limitation.ts';
import { deLimitation } from './de-limitation.ts';
import type { Jurisdiction } from './jurisdiction.ts';
import { LIMITATION_WARNING_DAYS, type LimitationEvent, type LimitationPeriod, type LimitationRestart } from './limitation-period.ts';
import type { LimitationLang } from './limitation-text.ts';
import type { RuleOutcome } from './rule-outcome.ts';
import { ukLimitation } from './uk-limitation.ts';

const RULES: Readonly<Record<Jurisdiction, (dueDate: PlainDate, events: readonly LimitationEvent[], lang: LimitationLang) => RuleOutcome>> = {
  cn: cnLimitation,
  uk: ukLimitation,
  de: deLimitation,
};

const ADVICE: Readonly<Record<Jurisdiction, Readonly<Record<LimitationLang, string>>>> = {
  cn: {
    en: 'send a demand you can prove was delivered, get the debtor to confirm the debt in writing, or sue',
    'zh-CN': '请发出可证明送达的催款函、取得债务人书面确认，或提起诉讼',
  },
  uk: {
    en: 'get a signed written acknowledgement or a part payment, or issue a claim',
    'zh-CN': '请取得债务人签署的书面承认或部分付款，或提起诉讼',
  },
  de: {
    en: 'get an acknowledgement or a part payment, or start proceedings (Mahnbescheid, claim)',
    'zh-CN': '请取得债务人承认或部分付款，或启动催告程序、起诉',
  },
};

/**
 * The limitation period of one debt at `asOf`, under the law of `jurisdiction`, from its due
 * date and the log's events for it (any order). Warns from {@link LIMITATION_WARNING_DAYS} days
 * before the last day, and once it has passed.
 *
 * @example
 * limitationFor('cn', '2026-03-31', [{ date: '2027-05-10', action: 'reminder', channel: 'email' }], '2029-12-01', 'en')
 * // → { expires: '2030-05-10', restartedBy: { date: '2027-05-10', action: 'reminder', … }, notes: ['The restart rests on the reminder …'] … }
 */
export function limitationFor(
  jurisdiction: Jurisdiction, dueDate: PlainDate, events: readonly LimitationEvent[], asOf: PlainDate, lang: LimitationLang = 'en',
): LimitationPeriod {
  const outcome = RULES[jurisdiction](dueDate, events, lang);
  const daysLeft = daysBetween(asOf, outcome.expires);
  const zh = lang === 'zh-CN';
  let warning: string | undefined;
  if (daysLeft < 0) {
    warning = zh ? `诉讼时效已于${outcome.expires}届满` : `the limitation period ended on ${outcome.expires}`;
  } else if (daysLeft <= LIMITATION_WARNING_DAYS) {
    warning = zh
      ? `诉讼时效将于${outcome.expires}届满（还有${daysLeft}天）：${ADVICE[jurisdiction][lang]}`
      : `the limitation period ends on ${outcome.expires} (in ${daysLeft} days): ${ADVICE[jurisdiction][lang]}`;
  }
  const r = outcome.restartedBy;
  // Built without spreads, keys in the same order (every open invoice of a ledger gets one).
  let restartedBy: { -readonly [K in keyof LimitationRestart]: LimitationRestart[K] } | null = null;
  if (r !== undefined) {
    restartedBy = { date: r.date, action: r.action };
    if (r.row !== undefined) restartedBy.row = r.row;
    if (r.channel !== undefined) restartedBy.channel = r.channel;
  }
  return warning === undefined
    ? { jurisdiction, start: outcome.start, expires: outcome.expires, basis: outcome.basis, restartedBy, daysLeft, notes: outcome.notes }
    : { jurisdiction, start: outcome.start, expires: outcome.expires, basis: outcome.basis, restartedBy, daysLeft, warning, notes: outcome.notes };
}
