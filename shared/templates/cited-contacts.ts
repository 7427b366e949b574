import type { PlainDate } from '../plain-date.ts';
import type { ReminderContact, ReminderHistory } from './reminder-history.ts';

/**
 * The earlier contacts a message may cite: those dated on or before asOf, oldest first, each
 * date and channel once (two log rows for one letter are one letter). A contact dated after
 * asOf has not happened as of the message's date: it is left out and returned in `later`, so
 * the caller can say so instead of printing a date that is not yet history.
 */
export function citedContacts(history: ReminderHistory | undefined, asOf: PlainDate): { cited: ReminderContact[]; later: ReminderContact[] } {
  if (history === undefined) return { cited: [], later: [] };
  const seen = new Set<string>();
  const cited: ReminderContact[] = [];
  const later: ReminderContact[] = [];
  for (const contact of history.contacts) {
    if (contact.date > asOf) {
      later.push(contact);
      continue;
    }
    const key = `${contact.date} ${contact.channel}`;
    if (seen.has(key)) continue;
    seen.add(key);
    cited.push(contact);
  }
  // ISO dates sort as text; the sort is stable, so one day's contacts keep the log's order.
  cited.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { cited, later };
}
