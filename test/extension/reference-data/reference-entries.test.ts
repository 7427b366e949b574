import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainDate } from '../../../shared/plain-date.ts';
import { referenceDataStatus } from '../../../shared/reference-data/index.ts';
import { rateChangeEntry } from '../../../extension/reference-data/rate-change-entry.ts';
import { referenceEntryFromText } from '../../../extension/reference-data/reference-entry-from-text.ts';
import { referenceErrorText } from '../../../extension/reference-data/reference-error-text.ts';
import { userReferenceData } from '../../../extension/reference-data/user-reference-data.ts';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/reference-data');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const AT = '2026-12-07T09:00:00Z';
const TODAY = plainDate('2026-12-07');

function statusOf(entries: Parameters<typeof userReferenceData>[0], id: string) {
  return referenceDataStatus(userReferenceData(entries).data, TODAY).find((s) => s.id === id)!;
}

describe('a rate change typed in', () => {
  it.each([
    ['ECB MRO', { table: 'ecbMro', from: '2026-12-17', rate: '2.65' }, 'ecbMro', { lastChange: '2026-12-17', lastValue: '2.65%', knownUntil: '2026-12-17', stale: false }],
    ['a trailing % is fine', { table: 'ukBankRate', from: '2026-11-05', rate: '3.50 %', knownUntil: '2026-12-07' }, 'ukBankRate', { lastChange: '2026-11-05', lastValue: '3.50%', knownUntil: '2026-12-07', daysPast: 0 }],
    ['LPR with both terms', { table: 'cnLpr', from: '2026-11-20', rate: '2.90', fiveYear: '3.40' }, 'cnLpr', { lastChange: '2026-11-20', lastValue: '2.90% / 3.40%', knownUntil: '2026-11-20', daysPast: 17 }],
  ] as const)('%s becomes the table\'s last value and known-until date', (_name, input, id, expected) => {
    const r = rateChangeEntry(input, 'e1', AT);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.entry.kind).toBe('rates');
    expect(statusOf([r.entry], id)).toMatchObject({ ...expected, userSupplied: true });
  });

  it.each([
    [{ table: 'ecbMro', from: '2026-02-30', rate: '2.65' }, 'en', 'ECB MRO, change 1, date: must be a real date YYYY-MM-DD (got "2026-02-30")'],
    [{ table: 'ecbMro', from: '2026-12-17', rate: '2,65' }, 'en', 'ECB MRO, change 1, rate: must be a percent a year as a decimal string such as "3.75" (between -10 and 100) (got "2,65")'],
    [{ table: 'ecbMro', from: '2026-12-17', rate: '2,65' }, 'zh-CN', '欧洲央行主要再融资利率，第 1 条调整，利率：须为年利率的百分数，如 3.75（表示 3.75%），介于 -10 与 100 之间（填写的是 "2,65"）'],
    [{ table: 'deBasiszinssatz', from: '2027-02-01', rate: '1.27' }, 'zh-CN', '德国基础利率，第 1 条调整，日期：德国基础利率只在 1 月 1 日和 7 月 1 日调整（BGB 第247条）（填写的是 "2027-02-01"）'],
    [{ table: 'ukBankRate', from: '2026-12-18', rate: '3.5', knownUntil: '2026-12-01' }, 'en', 'Bank Rate, change 1, date: 2026-12-18 is after the table\'s knownUntil 2026-12-01; raise knownUntil to at least that day (got "2026-12-18")'],
    [{ table: 'cnLpr', from: '2026-11-20', rate: '2.90', fiveYear: '' }, 'en', 'LPR, change 1, over-5-year rate: must be a percent a year as a decimal string such as "3.50" (got "")'],
  ] as const)('%j is refused in plain words (%s)', (input, lang, text) => {
    const r = rateChangeEntry(input, 'e1', AT);
    if (r.ok) throw new Error('accepted');
    expect(referenceErrorText(r.error, lang)).toBe(text);
  });
});

describe('a file pasted or imported', () => {
  it('takes the hand-out table file as it is (ecb-mro.json) and a calendar year', () => {
    const ecb = referenceEntryFromText(fixture('ecb-mro.json'), 'ecb-mro.json', 'a', AT);
    const cal = referenceEntryFromText(`\uFEFF${fixture('cn-holidays-2026.json')}`, 'cn-holidays-2026.json', 'b', AT);
    if (!ecb.ok || !cal.ok) throw new Error('refused');
    expect([ecb.entry.kind, cal.entry.kind]).toEqual(['rates', 'calendar']);
    expect(statusOf([ecb.entry], 'ecbMro')).toMatchObject({ lastValue: '2.40%', knownUntil: '2026-07-01', userSupplied: true });
    expect(statusOf([cal.entry], 'cnHolidays')).toMatchObject({ knownUntil: '2026-12-31', userSupplied: true });
  });

  it('a newer calendar year moves the holidays\' known-until date to its end', () => {
    const year = { year: 2027, offDays: ['2027-01-01', '2027-05-01', '2027-05-02', '2027-10-01', '2027-10-02', '2027-10-03'], workDays: [] };
    const r = referenceEntryFromText(JSON.stringify(year), 'cn-2027.json', 'c', AT);
    if (!r.ok) throw new Error(r.error.message);
    expect(statusOf([r.entry], 'cnHolidays')).toMatchObject({ knownUntil: '2027-12-31', lastValue: '2027' });
  });

  it('the rates shape of dunning calc, several tables at once; a later entry wins on the same date', () => {
    const a = referenceEntryFromText(JSON.stringify({ ecbMro: { knownUntil: '2026-12-31', changes: [{ from: '2026-12-17', rate: '2.65' }] }, ukBankRate: { knownUntil: '2026-12-07', changes: [{ from: '2026-11-05', rate: '3.50' }] } }), 'rates.json', 'a', AT);
    const b = rateChangeEntry({ table: 'ecbMro', from: '2026-12-17', rate: '2.50' }, 'b', AT);
    if (!a.ok || !b.ok) throw new Error('refused');
    expect(statusOf([a.entry, b.entry], 'ecbMro')).toMatchObject({ lastValue: '2.50%', knownUntil: '2026-12-31' });
    expect(statusOf([a.entry], 'ukBankRate')).toMatchObject({ lastValue: '3.50%', knownUntil: '2026-12-07' });
  });

  it.each([
    ['{"ecbMro": ', 'en', /^is not JSON: /],
    ['{"fedFunds": {"knownUntil": "2026-12-01", "changes": []}}', 'en', /^fedFunds: is not a rate table/],
    ['{"year": 2027, "offDays": ["2027-01-01"], "workDays": ["2027-01-01"]}', 'zh-CN', /^调休上班日：同一天既列为休息日又列为调休上班日/],
    ['{"year": 2027, "offDays": ["2026-06-01"]}', 'en', /^days off, item 1: 2026-06-01 is not in 2027/],
    ['[1, 2]', 'zh-CN', /^格式不对/],
  ] as const)('refuses %s in plain words', (text, lang, message) => {
    const r = referenceEntryFromText(text, 'x.json', 'x', AT);
    if (r.ok) throw new Error('accepted');
    expect(referenceErrorText(r.error, lang)).toMatch(message);
  });

  it('never throws, whatever is pasted, and what it takes the core reads again', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
      const r = referenceEntryFromText(text, 'x', 'x', AT);
      if (r.ok) expect(userReferenceData([r.entry]).unreadable).toEqual([]);
      else expect(referenceErrorText(r.error, 'zh-CN').length).toBeGreaterThan(0);
    }));
  });
});

describe('stored entries the core no longer reads', () => {
  it('are left out of the figures and listed', () => {
    const bad = { id: 'z', kind: 'rates' as const, label: 'old.json', addedAt: AT, json: { ecbMro: { knownUntil: 'soon', changes: [] } } };
    const r = userReferenceData([bad]);
    expect(r.unreadable).toEqual([bad]);
    expect(referenceDataStatus(r.data, TODAY).every((s) => !s.userSupplied)).toBe(true);
  });
});
