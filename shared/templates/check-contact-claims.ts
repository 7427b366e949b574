/** A phrase that claims or counts earlier contacts with the customer. */
export interface ContactClaim {
  readonly phrase: string;
  readonly index: number;
}

// Phrases that tell the customer they were reminded before. Only the history can back them.
const CHINESE = [
  '多次催告', '多次提醒', '多次联系', '一再催告', '屡次', '反复催告', '再次催告', '再次提醒', '此前已', '此前曾', '我方已于',
  '我们已于', '我们已多次', '经我方', '经委托人', '曾就', '上次沟通', '此前的沟通', '上次关于', '已催告', '已提醒',
];
const ENGLISH = [
  'previous reminders', 'earlier reminders', 'several reminders', 'repeated reminders', 'our reminders', 'our last reminder',
  "our client's reminders", 'despite them', 'reminded you', 'written before', 'wrote to you', 'contacted you', 'last conversation',
  'recent conversation', 'previous letter', 'previous email', 'further to our', 'following our', 'as we mentioned', 'once again',
];

/**
 * Finds phrases that claim or count earlier contacts ("我方此前已多次催告", "despite our previous
 * reminders"), in either language. A message says such things only when the history records the
 * contacts: the renderer warns when a user template does so without one.
 */
export function findContactClaims(text: string): ContactClaim[] {
  const claims: ContactClaim[] = [];
  for (const phrase of CHINESE) {
    const index = text.indexOf(phrase);
    if (index >= 0) claims.push({ phrase, index });
  }
  const lower = text.toLowerCase();
  for (const phrase of ENGLISH) {
    const m = new RegExp(`\\b${phrase.replace(/'/g, "['’]").replace(/ /g, '\\s+')}\\b`).exec(lower);
    if (m !== null) claims.push({ phrase, index: m.index });
  }
  return claims.sort((a, b) => a.index - b.index);
}
