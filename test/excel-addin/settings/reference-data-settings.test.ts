import { createPinia, setActivePinia } from 'pinia';
import { describe, expect, it } from 'vitest';
import { createExcelHost } from '../../excel-host/index.ts';
import { useSettingsStore } from '../../../excel-addin/stores/settings.ts';
import {
  EMPTY_REFERENCE_DATA_SETTINGS, parseCalendarPaste, parseRateChange, REFERENCE_DATA_KEY, referenceDataFromSettings,
  referenceDataSettingsFromSaved, withRateChange, type RateChange,
} from '../../../excel-addin/settings/reference-data-settings.ts';
import { referenceDataErrorText } from '../../../excel-addin/i18n/reference-data-text.ts';
import { referenceDataStatus } from '../../../shared/reference-data/index.ts';
import { plainDate } from '../../../shared/plain-date.ts';

const YEAR_2027 = { year: 2027, offDays: ['2027-01-01', '2027-10-01', '2027-10-02', '2027-10-03'], workDays: ['2027-09-26'], names: { '2027-10-01': '国庆节' }, notices: ['(test)'] };

/** A workbook open in the in-memory host, with the pane's settings store loaded from it. */
function openWorkbook(saved: Record<string, unknown> = {}) {
  const host = createExcelHost({ settings: saved });
  host.install(globalThis);
  setActivePinia(createPinia());
  const store = useSettingsStore();
  store.load();
  return { host, store };
}

describe('rates and holidays saved in the workbook', () => {
  it('round-trips a rate change and a calendar year through the document settings, versioned, and removes them again', async () => {
    const { host, store } = openWorkbook();
    expect(await store.addRateChange({ table: 'ukBankRate', from: '2026-11-05', rate: ' 3.75 ', knownUntil: '2026-12-07' })).toEqual({ ok: true });
    expect(await store.addCalendar(JSON.stringify(YEAR_2027))).toEqual({ ok: true });
    expect(host.settings.saved[REFERENCE_DATA_KEY]).toEqual({
      version: 1,
      rateChanges: [{ table: 'ukBankRate', from: '2026-11-05', rate: '3.75', knownUntil: '2026-12-07' }],
      calendarYears: { 2027: { offDays: YEAR_2027.offDays, workDays: YEAR_2027.workDays, names: YEAR_2027.names, notices: YEAR_2027.notices } },
    });
    // The workbook closed and opened again: the same data, and every figure uses it.
    const again = openWorkbook(host.settings.saved);
    expect(again.store.referenceData).toEqual(store.referenceData);
    const status = referenceDataStatus(again.store.reference, plainDate('2026-12-07'));
    expect(status.find((s) => s.id === 'ukBankRate')).toMatchObject({ lastValue: '3.75%', lastChange: '2026-11-05', knownUntil: '2026-12-07', stale: false, userSupplied: true });
    expect(status.find((s) => s.id === 'cnHolidays')).toMatchObject({ lastValue: '2027', knownUntil: '2027-12-31', userSupplied: true });
    const r = again.store.resolved();
    expect(r.ok && r.penaltyOptions.rates?.ukBankRate?.knownUntil).toBe('2026-12-07');
    // Removed one by one, and saved at once.
    await again.store.removeRateChange(0);
    await again.store.removeCalendarYear('2027');
    expect(again.host.settings.saved[REFERENCE_DATA_KEY]).toEqual({ version: 1, rateChanges: [], calendarYears: {} });
    expect(referenceDataStatus(again.store.reference, plainDate('2026-12-07')).every((s) => !s.userSupplied)).toBe(true);
  });

  it('leaves out, and counts, saved entries that no longer pass the checks (edited by hand), keeping the rest', () => {
    const read = referenceDataSettingsFromSaved({
      version: 1,
      rateChanges: [
        { table: 'ecbMro', from: '2026-12-16', rate: '2.65', knownUntil: '2026-12-31' },
        { table: 'ecbMro', from: '2026-13-01', rate: '2.65', knownUntil: '2026-12-31' },
        { table: 'constructor', from: '2026-12-01', rate: '1', knownUntil: '2026-12-31' },
      ],
      calendarYears: { 2027: YEAR_2027, 2028: { offDays: [], workDays: [] } },
    });
    expect(read.dropped).toBe(3);
    expect(read.settings.rateChanges).toEqual([{ table: 'ecbMro', from: '2026-12-16', rate: '2.65', knownUntil: '2026-12-31' }]);
    expect(Object.keys(read.settings.calendarYears)).toEqual(['2027']);
    expect(referenceDataSettingsFromSaved('nonsense')).toEqual({ settings: EMPTY_REFERENCE_DATA_SETTINGS, dropped: 0 });
  });

  it('refuses a save Office cannot make with its reason, and still computes with the change until the workbook closes', async () => {
    const { host, store } = openWorkbook();
    host.settings.failNextSave = true;
    const out = await store.addRateChange({ table: 'ecbMro', from: '2026-12-16', rate: '2.65', knownUntil: '2026-12-31' });
    expect(out).toMatchObject({ ok: false, notSaved: expect.stringContaining('5009') });
    expect(store.reference.rates.ecbMro.knownUntil).toBe('2026-12-31');
  });
});

const change = (patch: Partial<RateChange>): RateChange => ({ table: 'ecbMro', from: '2026-12-16', rate: '2.65', knownUntil: '2026-12-31', ...patch });

describe('a rate change is checked as the CLI checks --rates, and refused in plain words', () => {
  it.each([
    [change({ rate: '2,65' }), 'rates-percent', 'The rate “2,65” cannot be read: write the percent a year as a number such as 3.75', '利率“2,65”无法识别'],
    [change({ rate: '' }), 'rates-percent', 'The rate “” cannot be read', '利率“”无法识别'],
    [change({ rate: '0.0375%' }), 'rates-percent', 'The rate “0.0375%” cannot be read', '年利率百分数'],
    [change({ rate: '250' }), 'rates-percent', 'between -10 and 100', '介于 -10 与 100 之间'],
    [change({ from: '2026-02-30' }), 'rates-date', '“2026-02-30” is not a real date for the change: write it as YYYY-MM-DD.', '不是有效的生效日期'],
    [change({ knownUntil: '' }), 'rates-known-until', '“Known until” must be a date', '“数据有效至”须为日期'],
    [change({ from: '2027-01-01' }), 'rates-after-known-until', 'The change takes effect on 2027-01-01, after “Known until”: set “Known until” to that day or later.', '晚于“数据有效至”'],
    [change({ table: 'deBasiszinssatz', from: '2027-02-01', knownUntil: '2027-06-30' }), 'rates-date', 'The Basiszinssatz changes only on 1 January and 1 July (BGB §247).', '只在 1 月 1 日和 7 月 1 日调整'],
    [change({ table: 'cnLpr', from: '2019-01-21', rate: '4.31', fiveYear: '4.85' }), 'rates-date', 'quoted since 2019-08-20', '自 2019-08-20 起报价'],
    [change({ table: 'cnLpr', from: '2026-11-20', rate: '2.90', fiveYear: '' }), 'rates-percent', 'The over-5-year rate “” cannot be read', '五年期以上利率'],
    [change({ table: '__proto__' as RateChange['table'] }), 'rates-unknown-table', 'Choose the rate table to add to.', '请选择要添加的利率表'],
  ])('%j is refused (%s)', (input, code, en, zh) => {
    const r = parseRateChange(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(referenceDataErrorText(r.error, 'en')).toContain(en);
    expect(referenceDataErrorText(r.error, 'zh-CN')).toContain(zh);
    // Nothing internal leaks into the words: no field path, no JSON quote of the core's message.
    expect(referenceDataErrorText(r.error, 'en')).not.toMatch(/rates\.|changes\[|quotes\[/);
  });

  it.each([
    [{ table: 'ecbMro', from: '2026-12-16', rate: '2.65', knownUntil: '2026-12-31' }, 'ecbMro'],
    [{ table: 'cnLpr', from: '2026-11-20', rate: '2.90', fiveYear: '3.40', knownUntil: '2026-12-19' }, 'cnLpr'],
    [{ table: 'deBasiszinssatz', from: '2027-01-01', rate: '1.77', knownUntil: '2027-06-30' }, 'deBasiszinssatz'],
  ] as const)('takes a well-formed change (%j) and extends that table', (input, table) => {
    const next = withRateChange(EMPTY_REFERENCE_DATA_SETTINGS, input);
    expect(next.ok).toBe(true);
    if (!next.ok) return;
    const status = referenceDataStatus(referenceDataFromSettings(next.value), plainDate('2026-12-07')).find((s) => s.id === table);
    expect(status).toMatchObject({ knownUntil: input.knownUntil, lastChange: input.from, userSupplied: true });
  });
});

describe('a pasted calendar is checked as the CLI checks --calendar, and refused in plain words', () => {
  it.each([
    ['{"year": 2027, "offDays": ["2027-01-01"]', 'calendar-not-json', 'The pasted text is not JSON', '粘贴的内容不是 JSON'],
    [JSON.stringify({ year: 2027, offDays: ['2027-02-30'], workDays: [] }), 'calendar-date', '“2027-02-30” in offDays[0] is not a real date', '不是有效日期'],
    [JSON.stringify({ year: 2027, offDays: ['2026-10-01'], workDays: [] }), 'calendar-date-outside-year', '2026-10-01 in offDays[0] is not in that year', '不在该年度'],
    [JSON.stringify({ year: 2027, offDays: ['2027-10-01'], workDays: ['2027-10-01'] }), 'calendar-conflict', '2027-10-01 is listed both as a day off and as a make-up working day', '同时被列为放假日和调休上班日'],
    [JSON.stringify({ year: 2027, offDays: [], workDays: [] }), 'calendar-shape', 'lists no day off', '没有列出任何放假日'],
    [JSON.stringify({ year: 'next', offDays: ['2027-01-01'] }), 'calendar-year', 'The year must be a number', '年份须写成数字'],
    [JSON.stringify(['2027-01-01']), 'calendar-shape', 'is not a calendar year in the shape of cn-holidays.json', '不是 cn-holidays.json 格式的日历年'],
  ])('%s is refused (%s)', (text, code, en, zh) => {
    const r = parseCalendarPaste(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe(code);
    expect(referenceDataErrorText(r.error, 'en')).toContain(en);
    expect(referenceDataErrorText(r.error, 'zh-CN')).toContain(zh);
  });

  it('takes the whole hand-out file shape, a year object, or years keyed by number', () => {
    for (const text of [JSON.stringify(YEAR_2027), JSON.stringify({ years: { 2027: YEAR_2027 } }), JSON.stringify({ 2027: { offDays: YEAR_2027.offDays, workDays: [] } })]) {
      const r = parseCalendarPaste(text);
      expect(r.ok && [...r.value.keys()]).toEqual([2027]);
    }
  });
});
