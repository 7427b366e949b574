/// <reference types="office-js" />
import { describe, expect, it } from 'vitest';
import { createExcelHost, readCells, seedSheet, type ExcelHost } from '../../excel-host/index.ts';
import { defaultSettings, resolveSettings, type AddinSettings } from '../../../excel-addin/settings/addin-settings.ts';
import {
  EMPTY_REFERENCE_DATA_SETTINGS, parseCalendarPaste, referenceDataFromSettings, withCalendarYears, withRateChange, type RateChange,
} from '../../../excel-addin/settings/reference-data-settings.ts';
import { rejectedRowText } from '../../../excel-addin/i18n/rejected-text.ts';
import { stageLabel } from '../../../shared/labels/index.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import type { ReferenceData } from '../../../shared/reference-data/index.ts';
import { flagReceivables } from './flag-receivables.ts';

/** A yuan ledger as a Chinese accountant keeps it, with the contract's penalty where the contract has one. */
function ledger(rows: unknown[][], headers = ['客户名称', '发票号', '币种', '金额', '到期日']): ExcelHost {
  const host = createExcelHost();
  seedSheet(host.model, 'Sheet1!A1', [headers, ...rows]);
  host.model.selection = { sheet: host.model.activeSheet, rect: { row: 1, col: 0, rows: 1, cols: 1 } };
  return host;
}

/** Flags as the pane does: the settings resolved with the user's rates and holidays, in a language. */
async function flagWith(host: ExcelHost, patch: Partial<AddinSettings>, reference?: ReferenceData, lang: 'en' | 'zh-CN' = 'en') {
  const r = resolveSettings({ ...defaultSettings(), ...patch }, plainDate('2026-12-07'), reference);
  if (!r.ok) throw new Error(r.message);
  return flagReceivables(host, {
    asOf: r.asOf, ruleFor: r.ruleFor, rules: r.rules, penaltyOptions: r.penaltyOptions, reference: r.reference, lang, read: {},
    stageLabel: (s) => stageLabel(s, lang), rejectedLabel: (x) => rejectedRowText(x, lang),
  });
}

function withLpr(change: Partial<RateChange> = {}): ReferenceData {
  const s = withRateChange(EMPTY_REFERENCE_DATA_SETTINGS, { table: 'cnLpr', from: '2026-10-20', rate: '2.80', fiveYear: '3.30', knownUntil: '2026-11-30', ...change });
  if (!s.ok) throw new Error(s.error.message);
  return referenceDataFromSettings(s.value);
}

describe('flag with the rates the user added', () => {
  it('changes a flagged Penalty exactly when the user adds an LPR quote, and drops the assumed mark', async () => {
    const rows = [['杭州恒远食品有限公司', 'INV-2026-1031', 'CNY', 100000, '2026-10-31']];
    const settings = { asOf: '2026-11-30', currencyRules: { CNY: 'cn-lpr-1x' } };
    // Built in, the LPR is known until 2026-09-19: the quote in force on the first overdue day
    // (2026-11-01) is assumed to be the last one, 3.00 %. 100,000.00 × 3.00 % × 30 / 365 = 246.575… → 246.58.
    const before = ledger(rows);
    const a = await flagWith(before, settings);
    expect(a).toMatchObject({ ok: true, value: { assumed: [{ table: 'cnLpr', knownUntil: '2026-09-19', invoices: 1 }] } });
    expect(readCells(before.model, 'Sheet1!F2:H2')).toEqual([[30, '1-30', 246.58]]);
    expect(readCells(before.model, 'Sheet1!I2')).toEqual([['China: interest at the 1-year LPR — assumed: LPR (China) after 2026-09-19']]);
    // The user adds the 2026-10-20 quote (1-year 2.80 %), known until 2026-11-30:
    // 100,000.00 × 2.80 % × 30 / 365 = 230.136… → 230.14, computed on a known rate.
    const after = ledger(rows);
    const b = await flagWith(after, settings, withLpr());
    expect(b).toMatchObject({ ok: true, value: { assumed: [] } });
    expect(readCells(after.model, 'Sheet1!H2:J2')).toEqual([[230.14, 'China: interest at the 1-year LPR', 100230.14]]);
  });

  it.each([
    // The quote in force on the first overdue day: the 2026-09-19 table covers a breach on 2026-09-19…
    ['2026-09-18', '', 'China: interest at the 1-year LPR'],
    // …but not one on 2026-09-20: the figure says so beside itself, in the pane's language.
    ['2026-09-19', 'en', 'China: interest at the 1-year LPR — assumed: LPR (China) after 2026-09-19'],
    ['2026-09-19', 'zh-CN', '资金占用利息：一年期 LPR（假定值：贷款市场报价利率（LPR） 2026-09-19 之后）'],
  ] as const)('marks a figure as assumed exactly when it rests on a day past known-until (due %s %s)', async (due, lang, cell) => {
    const host = ledger([['杭州恒远食品有限公司', 'INV-1', 'CNY', 100000, due]]);
    const result = await flagWith(host, { asOf: '2026-10-31', currencyRules: { CNY: 'cn-lpr-1x' } }, undefined, lang || 'en');
    expect(result.ok && result.value.assumed.length).toBe(lang ? 1 : 0);
    expect(readCells(host.model, 'Sheet1!I2')).toEqual([[cell]]);
  });

  it('rolls a due date by the calendar year the user pasted (2027), and the figure stops saying the notice is missing', async () => {
    // Saturday 2027-02-20, due at 万分之五 a day on 10,000.00, due dates on a day off move to the next working day.
    const rows = [['深圳市华强电子有限公司', 'INV-2027-0220', 'CNY', 10000, '2027-02-20']];
    const settings: Partial<AddinSettings> = { asOf: '2027-03-22', dueDateRoll: 'cn-holidays' };
    // Without the year a Saturday is a day off: due 2027-02-22, charged 02-23…03-22 = 28 days × 5.00 = 140.00.
    const before = ledger(rows);
    const a = await flagWith(before, settings);
    expect(a).toMatchObject({ ok: true, value: { assumed: [{ table: 'cnHolidays', knownUntil: '2026-12-31', invoices: 1 }] } });
    expect(readCells(before.model, 'Sheet1!H2:I2')).toEqual([[140, 'China, agreed penalty: 0.05 % a day — assumed: holiday notice after 2026-12-31 missing']]);
    // The pasted year makes 2027-02-20 a make-up working day: charged 02-21…03-22 = 30 days × 5.00 = 150.00.
    const year = parseCalendarPaste(JSON.stringify({
      year: 2027, notices: ['(as published)'],
      offDays: ['2027-01-01', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12'],
      workDays: ['2027-02-20'],
    }));
    if (!year.ok) throw new Error(year.error.message);
    const after = ledger(rows);
    const b = await flagWith(after, settings, referenceDataFromSettings(withCalendarYears(EMPTY_REFERENCE_DATA_SETTINGS, year.value)));
    expect(b).toMatchObject({ ok: true, value: { assumed: [] } });
    expect(readCells(after.model, 'Sheet1!H2:I2')).toEqual([[150, 'China, agreed penalty: 0.05 % a day']]);
  });
});

describe('flag with the contract penalty column', () => {
  it.each([
    // 100,000.00 due 2026-10-31, as of 2026-11-30: 30 days overdue.
    ['日万分之五', 1500, 'Contract: 日万分之五'], // 100,000.00 × 0.0005 × 30
    ['8% p.a.', 657.53, 'Contract: 8% p.a.'], // 100,000.00 × 8 % × 30 / 365 = 657.534…
    ['1.5%/month', 1500, 'Contract: 1.5%/month'], // 1.5 % × 12 / 360 a day × 30 × 100,000.00
    // An empty cell: the currency's rule (the settings' default for CNY).
    ['', 1500, 'China, agreed penalty: 0.05 % a day'],
  ])('charges an invoice whose penalty cell reads %j by it', async (text, penalty, rule) => {
    const host = ledger([['杭州恒远食品有限公司', 'INV-1', 'CNY', 100000, '2026-10-31', text]], ['客户名称', '发票号', '币种', '金额', '到期日', '违约金']);
    const result = await flagWith(host, { asOf: '2026-11-30' });
    expect(result.ok).toBe(true);
    expect(readCells(host.model, 'Sheet1!I2:J2')).toEqual([[penalty, rule]]);
  });

  it('wins over the currency rule for its own invoice only, and refuses a text it cannot read with the reason in pane words', async () => {
    const host = ledger([
      ['Bristol Print Works Ltd', 'INV-7', 'GBP', 1200, '2026-10-31', ''],
      ['Harrow & Finch Engineering', 'INV-8', 'GBP', 1200, '2026-10-31', '0.05%/day'],
      ['Acme Ltd', 'INV-9', 'USD', 1200, '2026-10-31', 'as agreed'],
    ], ['Customer', 'Invoice', 'Currency', 'Amount', 'Due date', 'Late fee']);
    const result = await flagWith(host, { asOf: '2026-11-30' });
    expect(result).toMatchObject({ ok: true, value: { receivables: 2, rejected: [{ row: 4, column: 'penalty', value: 'as agreed' }] } });
    const cells = readCells(host.model, 'Sheet1!I2:J4');
    expect(cells[0]?.[1]).toBe('UK Late Payment Act: Bank Rate + 8 %, £40–100');
    // 1,200.00 × 0.0005 × 30 = 18.00.
    expect(cells[1]).toEqual([18, 'Contract: 0.05%/day']);
    expect(readCells(host.model, 'Sheet1!L4')).toEqual([['Check Penalty rate: “as agreed” is not a penalty rate the add-in can read, such as 日万分之五, 0.05%/day, 1.5%/month or 8% p.a.']]);
  });
});
