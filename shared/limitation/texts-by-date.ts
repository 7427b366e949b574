import type { PlainDate } from '../plain-date.ts';
import type { LimitationLang } from './limitation-text.ts';

// A cache that grows past this many dates (a long-running add-in or extension) starts again.
const TEXTS_PER_KIND = 20_000;
const TEXTS: Readonly<Record<LimitationLang, Map<string, Map<PlainDate, string>>>> = { en: new Map(), 'zh-CN': new Map() };

/**
 * The texts of one kind (a rule's name for what it says of a date, such as `cn head` or
 * `uk end`) in one language, by the date they are about: a rule makes each text once per date.
 * Every open invoice of a ledger has a limitation period and its dates repeat across invoices;
 * these strings, made afresh per invoice, were a fifth of deriving a collection log's garbage
 * (npm run bench, collection log). The caller gets, and on a miss sets, the text for its date.
 *
 * @example
 * const ends = textsByDate('en', 'cn end');
 * let end = ends.get(expires);
 * if (end === undefined) ends.set(expires, end = `; last day ${expires}`);
 */
export function textsByDate(lang: LimitationLang, kind: string): Map<PlainDate, string> {
  const byKind = TEXTS[lang];
  let texts = byKind.get(kind);
  if (texts === undefined || texts.size > TEXTS_PER_KIND) byKind.set(kind, texts = new Map());
  return texts;
}
