// @vitest-environment happy-dom
/// <reference types="office-js" />
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it } from 'vitest';
import App from '../../../excel-addin/taskpane/App.vue';
import { SETTINGS_KEY } from '../../../excel-addin/settings/addin-settings.ts';
import { REFERENCE_DATA_KEY } from '../../../excel-addin/settings/reference-data-settings.ts';
import { createExcelHost, readCells, seedSheet, type ExcelHost } from '../../excel-host/index.ts';

let host: ExcelHost;

/** A yuan ledger with one invoice 30 days overdue on 2026-11-30, and the pane open on it. */
function setUp(options: { displayLanguage?: string; settings?: Record<string, unknown>; saved?: Record<string, unknown> } = {}) {
  host = createExcelHost({
    displayLanguage: options.displayLanguage ?? 'en-US',
    settings: { [SETTINGS_KEY]: { asOf: '2026-11-30', ...(options.settings ?? {}) }, ...(options.saved ?? {}) },
  });
  host.install(globalThis);
  seedSheet(host.model, 'Sheet1!A1', [
    ['客户名称', '发票号', '币种', '金额', '到期日'],
    ['杭州恒远食品有限公司', 'INV-2026-1031', 'CNY', 100000, '2026-10-31'],
    ['Bristol Print Works Ltd', 'INV-2026-1032', 'USD', 2000, '2026-10-31'],
  ]);
  host.model.selection = { sheet: host.model.activeSheet, rect: { row: 1, col: 0, rows: 1, cols: 1 } };
  const pinia = createPinia();
  setActivePinia(pinia);
  return mount(App, { global: { plugins: [pinia] }, attachTo: document.body });
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await flushPromises();
}

afterEach(() => { document.body.innerHTML = ''; });

describe('Rates and holidays in the settings', () => {
  it('shows each table\'s last value and known-until date, and warns for those more than 45 days past it', async () => {
    const pane = setUp();
    await settle();
    const row = (id: string) => pane.find(`[data-testid="rates-status-${id}"]`);
    expect(row('cnLpr').text()).toContain('LPR (China)last value 3.00% / 3.50% from 2026-08-20known until 2026-09-19');
    // As of 2026-11-30: LPR 72 days past 2026-09-19, Bank Rate 55 past 2026-10-06; Basiszinssatz and the calendar current.
    expect(row('cnLpr').find('[data-testid="rates-stale-cnLpr"]').text()).toBe('⚠ 72 days past: figures after 2026-09-19 assume the last value. Add the newer rate below.');
    expect(row('ukBankRate').find('[data-testid="rates-stale-ukBankRate"]').exists()).toBe(true);
    expect(row('deBasiszinssatz').find('[data-testid="rates-stale-deBasiszinssatz"]').exists()).toBe(false);
    expect(row('cnHolidays').text()).toContain('known until 2026-12-31');
    expect(row('cnHolidays').find('[data-testid="rates-stale-cnHolidays"]').exists()).toBe(false);
  });

  it('refuses a bad rate in plain words, adds a good one to the workbook, and the flagged Penalty and its mark follow', async () => {
    const pane = setUp({ settings: { currencyRules: { CNY: 'cn-lpr-1x' } } });
    await pane.find('[data-testid="flag-overdue"]').trigger('click');
    await settle();
    // 100,000.00 × 3.00 % (assumed) × 30 / 365 = 246.58, and the pane says which figures rest on an assumed rate.
    expect(readCells(host.model, 'Sheet1!H2:I2')).toEqual([[246.58, 'China: interest at the 1-year LPR — assumed: LPR (China) after 2026-09-19']]);
    expect(pane.find('[data-testid="flag-assumed"]').text()).toBe('Some penalties rest on an assumed rate: LPR (China) after 2026-09-19 (1 invoice). Add the newer data under Settings › Rates and holidays, then flag again.');

    await pane.find('[data-testid="rate-change-table"]').setValue('cnLpr');
    await pane.find('[data-testid="rate-change-from"]').setValue('2026-10-20');
    await pane.find('[data-testid="rate-change-known-until"]').setValue('2026-11-30');
    await pane.find('[data-testid="rate-change-rate"]').setValue('2,80');
    await pane.find('[data-testid="rate-change-five-year"]').setValue('3.30');
    await pane.find('[data-testid="rate-change-add"]').trigger('click');
    await settle();
    expect(pane.find('[data-testid="rate-change-error"]').text()).toBe('The rate “2,80” cannot be read: write the percent a year as a number such as 3.75 (between -10 and 100).');
    expect(host.settings.saved[REFERENCE_DATA_KEY]).toBeUndefined();

    await pane.find('[data-testid="rate-change-rate"]').setValue('2.80');
    await pane.find('[data-testid="rate-change-add"]').trigger('click');
    await settle();
    expect(pane.find('[data-testid="rate-change-error"]').exists()).toBe(false);
    expect(host.settings.saved[REFERENCE_DATA_KEY]).toEqual({ version: 1, rateChanges: [{ table: 'cnLpr', from: '2026-10-20', rate: '2.80', fiveYear: '3.30', knownUntil: '2026-11-30' }], calendarYears: {} });
    expect(pane.find('[data-testid="rates-known-until-cnLpr"]').text()).toBe('known until 2026-11-30 · includes your data');
    expect(pane.find('[data-testid="rates-stale-cnLpr"]').exists()).toBe(false);
    expect(pane.find('[data-testid="rate-change-0"]').text()).toContain('LPR (China): 2.80% / 3.30% · 2026-10-20 → 2026-11-30');

    await pane.find('[data-testid="flag-overdue"]').trigger('click');
    await settle();
    // 100,000.00 × 2.80 % × 30 / 365 = 230.14, on a known rate: no mark on the sheet, no notice in the pane.
    expect(readCells(host.model, 'Sheet1!H2:I2')).toEqual([[230.14, 'China: interest at the 1-year LPR']]);
    expect(pane.find('[data-testid="flag-assumed"]').exists()).toBe(false);

    await pane.find('[data-testid="rate-change-remove-0"]').trigger('click');
    await settle();
    expect(host.settings.saved[REFERENCE_DATA_KEY]).toEqual({ version: 1, rateChanges: [], calendarYears: {} });
  });

  it('adds a pasted calendar year and refuses a broken one, in Chinese', async () => {
    const pane = setUp({ displayLanguage: 'zh-CN' });
    await pane.find('[data-testid="calendar-paste"]').setValue('{"year": 2027, "offDays": ["2027-10-01"], "workDays": ["2027-10-01"]}');
    await pane.find('[data-testid="calendar-add"]').trigger('click');
    await settle();
    expect(pane.find('[data-testid="calendar-error"]').text()).toBe('2027-10-01 同时被列为放假日和调休上班日。');
    await pane.find('[data-testid="calendar-paste"]').setValue('{"year": 2027, "offDays": ["2027-01-01", "2027-10-01"], "workDays": ["2027-09-26"]}');
    await pane.find('[data-testid="calendar-add"]').trigger('click');
    await settle();
    expect(pane.find('[data-testid="calendar-error"]').exists()).toBe(false);
    expect(pane.find('[data-testid="rates-known-until-cnHolidays"]').text()).toBe('已知至 2027-12-31 · 含您添加的数据');
    expect(pane.find('[data-testid="calendar-year-2027"]').text()).toContain('中国节假日安排 2027 年');
    expect(Object.keys((host.settings.saved[REFERENCE_DATA_KEY] as { calendarYears: object }).calendarYears)).toEqual(['2027']);
  });

  it('chooses a rule per currency, which the flag uses and names beside each figure', async () => {
    const pane = setUp();
    await pane.find('[data-testid="setting-rule-currency-USD"]').setValue('us-1.5pct-monthly');
    await pane.find('[data-testid="flag-overdue"]').trigger('click');
    await settle();
    // USD 2,000.00 × 1.5 % × 12 / 360 a day × 30 days = 30.00; yuan keeps its suggested 万分之五: 100,000.00 × 0.0005 × 30 = 1,500.00.
    expect(readCells(host.model, 'Sheet1!H2:I3')).toEqual([[1500, 'China, agreed penalty: 0.05 % a day'], [30, 'US late charge: 1.5 % a month']]);
    await pane.find('[data-testid="save-settings"]').trigger('click');
    await settle();
    expect(host.settings.saved[SETTINGS_KEY]).toMatchObject({ version: 2, currencyRules: { USD: 'us-1.5pct-monthly' } });
    // Back to the default for dollars: no penalty.
    await pane.find('[data-testid="setting-rule-currency-USD"]').setValue('');
    await pane.find('[data-testid="flag-overdue"]').trigger('click');
    await settle();
    expect(readCells(host.model, 'Sheet1!H3:I3')).toEqual([[0, 'No penalty or interest']]);
  });

  it('lists the selected customer\'s invoices with their penalty, the rule that produced it and the assumed mark', async () => {
    const pane = setUp({ settings: { currencyRules: { CNY: 'cn-lpr-1x' } } });
    await pane.find('[data-testid="reminder-from-selection"]').trigger('click');
    await settle();
    const note = pane.find('[data-testid="reminder-invoices"] [data-testid="invoice-rule"]');
    expect(note.text()).toContain('246.58 · China: interest at the 1-year LPR');
    expect(note.find('[data-testid="invoice-assumed"]').text()).toBe('⚠ assumed: LPR (China) after 2026-09-19');
    await pane.find('[data-testid="dunning-language-zh-CN"]').trigger('click');
    expect(pane.find('[data-testid="invoice-assumed"]').text()).toBe('⚠ 假定值：贷款市场报价利率（LPR） 2026-09-19 之后');
  });

  it('maps the contract penalty column in the pane\'s column mapping', async () => {
    const pane = setUp();
    await pane.find('[data-testid="detect-table"]').trigger('click');
    await settle();
    expect(pane.find('[data-testid="map-penalty"]').exists()).toBe(true);
  });
});
