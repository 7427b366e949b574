import type { StoredNotice } from '../storage/define-stored-items.ts';

/** A UI message by key with substitutions (browser.i18n.getMessage; '' when there is none). */
export type MessageLookup = (key: string, substitutions?: string[]) => string;

/**
 * What a stored-data notice says to the user, in the UI language: a list converted from an
 * older format, entries dropped, or an item reset. Shared by the picker and the options page.
 */
export function noticeText(notice: StoredNotice, message: MessageLookup): string {
  const item = message(`item_${notice.item}`) || notice.item;
  if (notice.key === 'migrated') return message('noticeMigrated', [item]);
  return notice.count !== undefined ? message('noticeDropped', [String(notice.count), item]) : message('noticeReset', [item]);
}
