// @vitest-environment happy-dom
/// <reference types="office-js" />
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import App from '../../../excel-addin/taskpane/App.vue';
import { SETTINGS_KEY } from '../../../excel-addin/settings/addin-settings.ts';
import { useLogStore } from '../../../excel-addin/stores/log.ts';
import { logCsv, parseLogCsv, type NewLogEntry } from '../../../shared/log/index.ts';
import { money } from '../../../shared/money.ts';
import { plainDate, toExcelSerial } from '../../../shared/plain-date.ts';
import { findContactClaims } from '../../../shared/templates/check-contact-claims.ts';
import { cellInfo, createExcelHost, readCells, seedSheet, type ExcelHost } from '../../excel-host/index.ts';
import { seedReceivables } from '../receivables-sheet-fixture.ts';

let host: ExcelHost;
const serial = (text: string): number => toExcelSerial(plainDate(text));
const HEADER = ['date', 'customer', 'invoices', 'action', 'stage', 'channel', 'amount', 'currency', 'until', 'reason', 'note', 'by'];
const AS_OF = serial('2026-11-22');

function setUp(options: { displayLanguage?: string; settings?: Record<string, unknown> } = {}): VueWrapper {
  host = createExcelHost({
    displayLanguage: options.displayLanguage ?? 'en-US',
    // The fixture's dollars and euros under a Chinese contract rule: Chinese limitation law (cn-*).
    settings: { [SETTINGS_KEY]: { asOf: '2026-11-22', rulePreset: 'cn-contract-0.05pct-daily', ...(options.settings ?? {}) } },
  });
  host.install(globalThis);
  seedReceivables(host);
  // Acme Ltd's row (sheet row 4).
  host.model.selection = { sheet: host.model.activeSheet, rect: { row: 3, col: 1, rows: 1, cols: 1 } };
  localStorage.clear();
  const pinia = createPinia();
  setActivePinia(pinia);
  return mount(App, { global: { plugins: [pinia] }, attachTo: document.body });
}

async function settle(): Promise<void> {
  for (let i = 0; i < 30; i++) await flushPromises();
}

async function click(pane: VueWrapper, testId: string): Promise<void> {
  await pane.find(`[data-testid="${testId}"]`).trigger('click');
  await settle();
}

async function fill(pane: VueWrapper, testId: string, value: string): Promise<void> {
  const field = pane.find(`[data-testid="${testId}"]`);
  await field.setValue(value);
  await field.trigger('change');
}

async function errorBar(): Promise<string> {
  await vi.waitFor(() => { if (!document.querySelector('[data-testid="pane-error"]')) throw new Error('no error bar yet'); }, { timeout: 10_000 });
  return document.querySelector('[data-testid="pane-error"]')?.textContent ?? '';
}

/** Types a log sheet by hand (no add-in involved) and makes it the DunningLog table, as a user formatting a range as a table would. */
async function handTypedLog(rows: readonly (readonly unknown[])[]): Promise<void> {
  seedSheet(host.model, "'Collection log'!A1", [HEADER, ...rows]);
  await host.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('Collection log').tables.add(`A1:L${rows.length + 1}`, true).name = 'DunningLog';
    await ctx.sync();
  });
}

afterEach(() => { document.body.innerHTML = ''; });

describe('recording from the pane writes one DunningLog row of each kind, exactly', () => {
  type Case = { kind: string; fill: Record<string, string>; rows: unknown[][] };
  const cases: Case[] = [
    // The reminder shown: a formal notice (83 days), by e-mail, for the invoice in it and the balance it asks for.
    { kind: 'sent', fill: {}, rows: [[AS_OF, 'Acme Ltd', 'INV-2026-0101', 'reminder', 'formal-notice', 'email', 10000, 'USD', '', '', '', 'Li Na']] },
    { kind: 'promise', fill: { 'record-until': '2026-12-15', 'record-amount': '5,000' }, rows: [[AS_OF, 'Acme Ltd', '', 'promise', '', 'phone', 5000, 'USD', serial('2026-12-15'), '', '', 'Li Na']] },
    {
      kind: 'plan', fill: { 'plan-count': '2', 'plan-first': '2026-12-31' }, rows: [
        [AS_OF, 'Acme Ltd', '', 'plan', '', '', 5000, 'USD', serial('2026-12-31'), '', '', 'Li Na'],
        [AS_OF, 'Acme Ltd', '', 'plan', '', '', 5000, 'USD', serial('2027-01-31'), '', '', 'Li Na'],
      ],
    },
    { kind: 'dispute', fill: { 'record-reason': 'goods damaged in transit' }, rows: [[AS_OF, 'Acme Ltd', '', 'dispute', '', 'email', '', '', '', 'goods damaged in transit', '', 'Li Na']] },
    { kind: 'resolved', fill: { 'record-note-text': 'credit note CN-7 issued' }, rows: [[AS_OF, 'Acme Ltd', '', 'resolved', '', '', '', '', '', '', 'credit note CN-7 issued', 'Li Na']] },
    { kind: 'pause', fill: { 'record-reason': 'restructuring talks' }, rows: [[AS_OF, 'Acme Ltd', '', 'pause', '', '', '', '', serial('2026-12-22'), 'restructuring talks', '', 'Li Na']] },
    { kind: 'acknowledged', fill: {}, rows: [[AS_OF, 'Acme Ltd', '', 'acknowledged', '', 'letter', '', '', '', '', '', 'Li Na']] },
    { kind: 'note', fill: { 'record-note-text': '=call AP on Monday' }, rows: [[AS_OF, 'Acme Ltd', '', 'note', '', '', '', '', '', '', '=call AP on Monday', 'Li Na']] },
  ];

  it.each(cases)('$kind', async ({ kind, fill: fields, rows }) => {
    const pane = setUp();
    await click(pane, 'reminder-from-selection');
    expect(pane.find('[data-testid="reminder-customer"]').text()).toBe('Acme Ltd');
    await click(pane, `record-${kind}`);
    await fill(pane, 'record-by', 'Li Na');
    for (const [id, value] of Object.entries(fields)) await fill(pane, id, value);
    if (kind === 'plan') {
      // The rows are shown before anything is saved.
      expect(pane.find('[data-testid="plan-preview"]').text()).toContain('2027-01-31');
      expect(host.model.tables.some((t) => t.name === 'DunningLog')).toBe(false);
    }
    await click(pane, 'record-save');
    expect(pane.find('[data-testid="pane-notice"]').text()).toContain('Collection log');
    expect(readCells(host.model, `'Collection log'!A1:L${rows.length + 2}`)).toEqual([HEADER, ...rows, new Array(12).fill('')]);
    expect(host.model.tables.find((t) => t.name === 'DunningLog')?.rect).toEqual({ row: 0, col: 0, rows: rows.length + 1, cols: 12 });
    // Text stays text (a note that reads like a formula is no formula); dates carry the ISO format.
    expect(cellInfo(host.model, "'Collection log'!K2").formula).toBeUndefined();
    expect(cellInfo(host.model, "'Collection log'!A2").numberFormat).toBe('yyyy-mm-dd');
    // The user's sheet is where it was.
    expect(host.model.activeSheet.name).toBe('Sheet1');
    if (kind === 'plan') {
      // The plan's text is offered as the plan-confirmation letter, listing the instalments just agreed.
      expect(pane.find('[data-testid="dunning-stage-plan-confirmation"]').attributes('aria-pressed')).toBe('true');
      expect(pane.find('[data-testid="reminder-text"]').text()).toMatch(/31 January 2027|2027-01-31|January 31, 2027/);
    }
  });

  it('records in the Chinese pane on a sheet named 催收记录, with the name remembered for the next row', async () => {
    const pane = setUp({ displayLanguage: 'zh-CN' });
    await click(pane, 'reminder-from-selection');
    await click(pane, 'record-note');
    await fill(pane, 'record-by', '李娜');
    await fill(pane, 'record-note-text', '王经理说月底付');
    await click(pane, 'record-save');
    expect(readCells(host.model, '催收记录!A2:L2')).toEqual([[AS_OF, 'Acme Ltd', '', 'note', '', '', '', '', '', '', '王经理说月底付', '李娜']]);
    await click(pane, 'record-note');
    expect((pane.find('[data-testid="record-by"]').element as HTMLInputElement).value).toBe('李娜');
  });

  it.each([
    ['a dispute without its reason', 'dispute', {}, 'Nothing was recorded (the log is unchanged): reason is empty: say what the customer disputes.'],
    ['a promise with a date before the day it was made', 'promise', { 'record-until': '2026-11-01' }, 'Nothing was recorded (the log is unchanged): until "2026-11-01" is before the row\'s date 2026-11-22.'],
    ['an amount that is no amount', 'promise', { 'record-amount': '5k' }, 'Nothing was recorded (the log is unchanged): amount "5k"'],
  ])('refuses %s in plain words and writes nothing', async (_, kind, fields, words) => {
    const pane = setUp();
    await click(pane, 'reminder-from-selection');
    await click(pane, `record-${kind}`);
    for (const [id, value] of Object.entries(fields)) await fill(pane, id, value);
    await click(pane, 'record-save');
    expect(await errorBar()).toContain(words);
    expect(host.model.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});

/** A log as the team typed it: a reminder and a promise for Acme (broken by 22 November), a row with a mistake. */
const TYPED_LOG: readonly (readonly unknown[])[] = [
  ['2026-10-05', 'Acme Ltd', 'INV-2026-0101', 'reminder', 'friendly', 'email', '', '', '', '', '', 'Li Na'],
  ['2026-10-20', 'acme ltd', '', 'promise', '', 'phone', 10000, 'USD', '2026-11-10', '', 'Mr Smith promised', 'Li Na'],
  ['2026-11-01', 'Globex GmbH', '', 'promised', '', '', '', '', '', '', '', 'Tom'],
];

describe('the pane reads the log the team keeps in the workbook', () => {
  it('counts hand-typed rows: the reminder suggests the next stage from the log and cites the earlier contacts', async () => {
    const pane = setUp();
    await handTypedLog(TYPED_LOG);
    await click(pane, 'reminder-from-selection');
    // A broken promise: a deadline, at once (not the formal notice days overdue alone would suggest).
    expect(pane.find('[data-testid="dunning-stage-deadline"]').attributes('aria-pressed')).toBe('true');
    expect(pane.find('[data-testid="reminder-why"]').text()).toContain('10,000.00');
    expect(pane.find('[data-testid="log-status"]').text()).toBe('Promise broken');
    const text = pane.find('[data-testid="reminder-text"]').text();
    expect(text).toMatch(/5 October 2026|2026-10-05|October 5, 2026/);
    expect(pane.find('[data-testid="log-history"]').text()).toContain('2026-10-20 promise');
  });

  it('with no log, the letter claims no earlier contact', async () => {
    const pane = setUp();
    await click(pane, 'reminder-from-selection');
    await click(pane, 'dunning-stage-final-notice');
    expect(pane.find('[data-testid="reminder-no-log"]').exists()).toBe(true);
    expect(findContactClaims(pane.find('[data-testid="reminder-text"]').text())).toEqual([]);
  });

  it('offers the reminder as SMS and WeChat text of at most 300 characters', async () => {
    const pane = setUp({ displayLanguage: 'zh-CN' });
    await click(pane, 'reminder-from-selection');
    for (const channel of ['sms', 'wechat']) {
      await click(pane, `channel-${channel}`);
      const text = pane.find('[data-testid="reminder-text"]').text();
      expect(text.length).toBeGreaterThan(20);
      expect(text.length).toBeLessThanOrEqual(300);
      expect(text).toContain('INV-2026-0101');
      expect(pane.find('[data-testid="short-count"]').text()).toMatch(/\/ 300 字$/);
    }
  });

  it('shows Today: the chase list of dunning today, each customer selecting their first row, and the bad row by its sheet row', async () => {
    const pane = setUp();
    await handTypedLog(TYPED_LOG);
    await click(pane, 'show-today');
    const lines = pane.findAll('[data-testid="today-action"]').map((l) => l.text());
    expect(lines[0]).toContain('Acme Ltd');
    expect(lines[0]).toContain('Set a deadline');
    expect(lines[0]).toContain('Promise broken');
    expect(pane.find('[data-testid="today-source"]').text()).toBe('Collection log: 2 rows on sheet Collection log');
    // Row 4 of the log sheet has an action that is no action: reported by its sheet row, the other rows still count.
    expect(pane.find('[data-testid="log-rejected"]').text()).toContain('row 4: action "promised" is not an action');
    // Clicking a customer selects their first row in the receivables table.
    host.model.selection = { sheet: host.model.activeSheet, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
    const globex = pane.findAll('[data-testid="today-customer"]').find((b) => b.text() === 'Globex GmbH');
    expect(globex).toBeDefined();
    await globex?.trigger('click');
    await settle();
    expect(host.model.selection.sheet.name).toBe('Sheet1');
    expect(host.model.selection.rect).toEqual({ row: 4, col: 1, rows: 1, cols: 7 });
  });
});

describe('pasting and exporting the log', () => {
  const CLI_ROWS: readonly NewLogEntry[] = [
    { date: plainDate('2026-11-03'), customer: 'Acme Ltd', invoices: ['INV-2026-0101'], action: 'call', channel: 'phone', note: '=HYPERLINK("x") said next week', by: 'li' },
    { date: plainDate('2026-11-10'), customer: '深圳市华强电子有限公司', invoices: [], action: 'promise', amount: money(8600000, 'CNY'), currency: 'CNY', until: plainDate('2026-12-31'), by: 'li' },
    { date: plainDate('2026-11-12'), customer: 'Globex GmbH', invoices: ['INV-2026-0102'], action: 'dispute', reason: '+ price, not quantity', by: 'tom' },
  ];

  it('appends a pasted CLI log, skips rows already there, and exports the CSV the CLI reads', async () => {
    const pane = setUp();
    await handTypedLog([TYPED_LOG[0] as unknown[]]);
    // The CLI's file as text, with the first row of the sheet in it too.
    const text = logCsv([{ date: plainDate('2026-10-05'), customer: 'Acme Ltd', invoices: ['INV-2026-0101'], action: 'reminder', stage: 'friendly', channel: 'email', by: 'Li Na' }, ...CLI_ROWS]);
    await fill(pane, 'log-paste', text);
    await click(pane, 'log-paste-add');
    expect(pane.find('[data-testid="pane-notice"]').text()).toBe('3 row(s) added to sheet Collection log; 1 already in the log skipped');
    expect(readCells(host.model, "'Collection log'!A3:L5")).toEqual([
      [serial('2026-11-03'), 'Acme Ltd', 'INV-2026-0101', 'call', '', 'phone', '', '', '', '', '=HYPERLINK("x") said next week', 'li'],
      [serial('2026-11-10'), '深圳市华强电子有限公司', '', 'promise', '', '', 86000, 'CNY', serial('2026-12-31'), '', '', 'li'],
      [serial('2026-11-12'), 'Globex GmbH', 'INV-2026-0102', 'dispute', '', '', '', '', '', '+ price, not quantity', '', 'tom'],
    ]);
    // The same text again adds nothing.
    await fill(pane, 'log-paste', text);
    await click(pane, 'log-paste-add');
    expect(pane.find('[data-testid="pane-notice"]').text()).toBe('Nothing added: all 4 pasted row(s) are already in the log.');
    expect(host.model.tables.find((t) => t.name === 'DunningLog')?.rect.rows).toBe(5);

    // Export: the CLI's CSV (BOM, header, guarded formulas), read back to the same rows.
    const exported = await useLogStore().exportCsv();
    expect(exported?.rows).toBe(4);
    expect(exported?.text.startsWith('\uFEFFdate,customer,invoices,action,stage,channel,amount,currency,until,reason,note,by\r\n')).toBe(true);
    expect(exported?.text).toContain(`"'=HYPERLINK(""x"") said next week"`);
    const back = parseLogCsv(exported?.text ?? '');
    expect(back.ok && back.value.entries.map(({ row, ...e }) => { void row; return e; })).toEqual([
      { date: '2026-10-05', customer: 'Acme Ltd', invoices: ['INV-2026-0101'], action: 'reminder', stage: 'friendly', channel: 'email', by: 'Li Na' },
      ...CLI_ROWS,
    ]);
  });

  it('lists pasted rows that cannot be read and adds the others', async () => {
    const pane = setUp();
    await fill(pane, 'log-paste', 'date,customer,action,until\r\n2026-11-03,Acme Ltd,note,\r\n2026-11-04,Acme Ltd,promise,\r\n');
    await click(pane, 'log-paste-add');
    expect(pane.find('[data-testid="pane-notice"]').text()).toBe('1 row(s) added to sheet Collection log; 0 already in the log skipped');
    expect(pane.find('[data-testid="log-paste-rejected"]').text()).toContain('row 3: until is empty');
  });

  it('names the rows of the sheet an export leaves out (they cannot be read)', async () => {
    const pane = setUp();
    await handTypedLog(TYPED_LOG);
    URL.createObjectURL = () => 'blob:log';
    URL.revokeObjectURL = () => undefined;
    await click(pane, 'log-download');
    expect(pane.find('[data-testid="pane-notice"]').text()).toBe('Log exported: 2 rows');
    expect(pane.find('[data-testid="log-not-exported"]').text()).toBe('1 row(s) of the sheet that cannot be read are not in it (rows 4): correct them and export again.');
  });

  it('refuses text that is not a log, in plain words', async () => {
    const pane = setUp();
    await fill(pane, 'log-paste', 'Customer,Invoice,Amount\r\nAcme,INV-1,100\r\n');
    await click(pane, 'log-paste-add');
    expect(await errorBar()).toContain('The pasted text is not a collection log');
    expect(host.model.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});
