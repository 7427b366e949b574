import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../shared/import/parse-date.ts';
import type { DateOrder } from '../../../shared/import/types.ts';

describe('parseDate reads dates as exports write them', () => {
  const cases: ReadonlyArray<readonly [string, DateOrder | undefined, string]> = [
    ['2026-09-15', undefined, '2026-09-15'],
    ['2026/9/15', undefined, '2026-09-15'],
    ['2026.09.15', undefined, '2026-09-15'],
    ['20260915', undefined, '2026-09-15'],
    ['2026年8月1日', undefined, '2026-08-01'],
    ['2026年08月01日 14:30', undefined, '2026-08-01'],
    ['15.09.2026', undefined, '2026-09-15'],
    ['15.09.26', undefined, '2026-09-15'],
    ['09/15/2026', undefined, '2026-09-15'],
    ['15/09/2026', undefined, '2026-09-15'],
    ['05/09/2026', 'dmy', '2026-09-05'],
    ['05/09/2026', 'mdy', '2026-05-09'],
    ['05/05/2026', undefined, '2026-05-05'],
    ['26/09/15', 'ymd', '2026-09-15'],
    ['15-09-2026', undefined, '2026-09-15'],
    ['15 Sep 2026', undefined, '2026-09-15'],
    ['15-Sep-26', undefined, '2026-09-15'],
    ['Sep 15, 2026', undefined, '2026-09-15'],
    ['September 15, 2026', undefined, '2026-09-15'],
    ['Tuesday, September 15, 2026', undefined, '2026-09-15'],
    ['15. September 2026', undefined, '2026-09-15'],
    ['1. März 2026', undefined, '2026-03-01'],
    ['3. Okt. 2026', undefined, '2026-10-03'],
    ['24 Dez 2026', undefined, '2026-12-24'],
    ['2026-09-01 10:22:11', undefined, '2026-09-01'],
    ['2026-09-01T10:22:11Z', undefined, '2026-09-01'],
    ['2026-09-01T23:30:00+08:00', undefined, '2026-09-01'],
    ['9/15/2026 10:22 AM', undefined, '2026-09-15'],
    ['46280', undefined, '2026-09-15'],
    ['46280.5', undefined, '2026-09-15'],
    ['2024-02-29', undefined, '2024-02-29'],
  ];
  it.each(cases)('%s (%s) → %s', (text, order, iso) => {
    expect(parseDate(text, order)).toEqual({ ok: true, date: iso });
  });

  it.each([
    ['2026-02-29', 'no-such-date'],
    ['31/02/2026', 'no-such-date'],
    ['31.09.2026', 'no-such-date'],
    ['2026-13-01', 'no-such-date'],
    ['2026年2月30日', 'no-such-date'],
    ['31 Jun 2026', 'no-such-date'],
    ['soon', 'not-a-date'],
    ['INV-1001', 'not-a-date'],
    ['12345', 'not-a-date'],
    ['15 Foo 2026', 'not-a-date'],
    ['05/09/2026', 'ambiguous'],
    ['', 'empty'],
  ])('%j is rejected as %s', (text, code) => {
    const r = parseDate(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe(code);
  });

  it('an ambiguous date asks for --date-order', () => {
    const r = parseDate('05/09/2026');
    expect(!r.ok && r.error.message).toContain('--date-order');
  });
});
