import { describe, expect, it } from 'vitest';
import { noticeText } from '../../../extension/service/notice-text.ts';

const MESSAGES: Record<string, string> = {
  item_receivables: 'receivables list',
  noticeReset: 'The stored $1 could not be read and was reset.',
  noticeDropped: '$1 unreadable entries of the stored $2 were removed.',
  noticeMigrated: 'The stored $1 was updated to the current format.',
};

// Substitutes like chrome.i18n.getMessage ($1, $2 …).
const message = (key: string, subs: string[] = []): string => (MESSAGES[key] ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');

describe('noticeText', () => {
  it.each([
    [{ key: 'migrated', item: 'receivables' } as const, 'The stored receivables list was updated to the current format.'],
    [{ key: 'reset', item: 'receivables' } as const, 'The stored receivables list could not be read and was reset.'],
    [{ key: 'reset', item: 'receivables', count: 2 } as const, '2 unreadable entries of the stored receivables list were removed.'],
    [{ key: 'reset', item: 'profile' } as const, 'The stored profile could not be read and was reset.'],
  ])('%o', (notice, text) => {
    expect(noticeText(notice, message)).toBe(text);
  });
});
