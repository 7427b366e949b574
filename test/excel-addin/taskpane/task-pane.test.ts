// @vitest-environment happy-dom
/// <reference types="office-js" />
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toRaw, unref } from 'vue';
import App from '../../../excel-addin/taskpane/App.vue';
import { SETTINGS_KEY } from '../../../excel-addin/settings/addin-settings.ts';
import { cellInfo, createExcelHost, readCells, seedSheet, type ExcelHost } from '../../excel-host/index.ts';
import { seedReceivables } from '../receivables-sheet-fixture.ts';
import { parseReportJson } from '../../../shared/report/index.ts';
import { RULE_PRESETS } from '../../../shared/penalty/index.ts';
import { useUiStore } from '../../../excel-addin/stores/ui.ts';

let host: ExcelHost;

function setUp(options: { displayLanguage?: string; settings?: Record<string, unknown> } = {}) {
  host = createExcelHost({
    displayLanguage: options.displayLanguage ?? 'en-US',
    settings: { [SETTINGS_KEY]: { asOf: '2026-11-22', ...(options.settings ?? {}) } },
  });
  host.install(globalThis);
  seedReceivables(host);
  host.model.selection = { sheet: host.model.activeSheet, rect: { row: 3, col: 1, rows: 1, cols: 1 } };
  const pinia = createPinia();
  setActivePinia(pinia);
  return mount(App, { global: { plugins: [pinia] }, attachTo: document.body });
}

/**
 * The error bar office-js-helpers puts at the top of the page (outside the pane's root), once it
 * is there: the library is loaded on the first error. `null` when no error is shown.
 */
async function errorBar(expectShown = true): Promise<HTMLElement | null> {
  if (expectShown) await vi.waitFor(() => { if (!document.querySelector('[data-testid="pane-error"]')) throw new Error('no error bar yet'); }, { timeout: 10_000 });
  return document.querySelector<HTMLElement>('[data-testid="pane-error"]');
}

/** Waits for the pane's Excel batches (several awaited syncs) to settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await flushPromises();
}

afterEach(() => { document.body.innerHTML = ''; });

describe('task pane', () => {
  it('speaks Chinese when Office does, and switches to English on request', async () => {
    const pane = setUp({ displayLanguage: 'zh-CN' });
    expect(pane.find('h1').text()).toBe('催款助手');
    expect(pane.find('[data-testid="flag-overdue"]').text()).toBe('标记逾期');
    await pane.find('[data-testid="dunning-language-en"]').trigger('click');
    expect(pane.find('h1').text()).toBe('Dunning Desk');
    expect(pane.find('[data-testid="flag-overdue"]').text()).toBe('Flag overdue');
  });

  it('finds the table, shows the detected mapping and lets the user change a column', async () => {
    const pane = setUp();
    await pane.find('[data-testid="detect-table"]').trigger('click');
    await settle();
    expect(pane.find('[data-testid="table-summary"]').text()).toBe('Found region on Sheet1: 7 rows');
    const due = pane.find<HTMLSelectElement>('[data-testid="map-dueDate"]');
    expect(due.element.value).toBe('Due Date');
    await due.setValue('Email');
    expect(pane.find<HTMLSelectElement>('[data-testid="map-dueDate"]').element.value).toBe('Email');
  });

  it('flags overdue rows in the sheet and reports what it did', async () => {
    const pane = setUp();
    await pane.find('[data-testid="flag-overdue"]').trigger('click');
    await settle();
    expect(pane.find('[data-testid="pane-notice"]').text()).toBe('3 of 5 invoices overdue; columns Sheet1!I3:R10');
    // A dollar invoice gets no Chinese contract rate: by default the rule follows the currency (none for USD).
    expect(readCells(host.model, 'Sheet1!I4:N4')).toEqual([[83, '61-90', 0, 'No penalty or interest', 10000, 'Formal notice']]);
    expect(readCells(host.model, 'Sheet1!I6:M6')).toEqual([[0, 'current', 0, 'China, agreed penalty: 0.05 % a day', 86000]]);
    // The row that could not be read, in the pane's words: the column by its name, no internal field.
    expect(pane.find('[data-testid="flag-rejected"]').text()).toContain('Row 9: Check Due date: “soon” is not a date');
    expect(readCells(host.model, 'Sheet1!N9')).toEqual([['Check Due date: “soon” is not a date']]);
    // The sheet names its currencies: no assumption to report.
    expect(pane.find('[data-testid="assumed-currency"]').exists()).toBe(false);
  });

  it('takes in rows added since the last run when flagging again, even with the selection on another sheet', async () => {
    const pane = setUp();
    await pane.find('[data-testid="flag-overdue"]').trigger('click');
    await settle();
    expect(pane.find('[data-testid="pane-notice"]').text()).toBe('3 of 5 invoices overdue; columns Sheet1!I3:R10');
    // The accountant adds two invoices under the total row, then looks at another sheet.
    seedSheet(host.model, 'Sheet1!B11', [
      ['Hooli', 'INV-2026-0107', 'USD', 700, 0, '2026-09-30', 'ap@hooli.example'],
      ['Stark Industries', 'INV-2026-0108', 'USD', 1200, 0, '2026-06-30', ''],
    ]);
    seedSheet(host.model, 'Notes!A1', [['call list']]);
    const notes = host.model.sheets.find((s) => s.name === 'Notes');
    if (notes) { host.model.activeSheet = notes; host.model.selection = { sheet: notes, rect: { row: 0, col: 0, rows: 1, cols: 1 } }; }
    await pane.find('[data-testid="flag-overdue"]').trigger('click');
    await settle();
    expect(pane.find('[data-testid="pane-notice"]').text()).toBe('5 of 7 invoices overdue; columns Sheet1!I3:R12');
    expect(readCells(host.model, 'Sheet1!I11:J12')).toEqual([[53, '31-60'], [145, '91-180']]);
    expect(readCells(host.model, 'Notes!A1:B1')).toEqual([['call list', '']]);
  });

  it('records where it wrote its columns, and rewrites them there after the note that pushed them aside is gone', async () => {
    const pane = setUp();
    seedSheet(host.model, 'Sheet1!I5', [['ask Li about the credit note']]);
    await pane.find('[data-testid="flag-overdue"]').trigger('click');
    await settle();
    expect(pane.find('[data-testid="pane-notice"]').text()).toBe('3 of 5 invoices overdue; columns Sheet1!J3:S10');
    expect(host.settings.saved['dunningDesk.ownedColumns']).toEqual({ Sheet1: { sheet: 'Sheet1', headerRow: 2, column: 9 } });
    const line = host.model.sheets[0]?.rows[4];
    if (line) line[8] = undefined;
    await pane.find('[data-testid="flag-overdue"]').trigger('click');
    await settle();
    expect(await errorBar(false)).toBeNull();
    expect(pane.find('[data-testid="pane-notice"]').text()).toBe('3 of 5 invoices overdue; columns Sheet1!J3:S10');
    expect(readCells(host.model, 'Sheet1!I3:J4')).toEqual([['', 'Days overdue'], ['', 83]]);
  });

  it('says which currency it assumed for an English sheet with none, charges no yuan rate on it, and offers another', async () => {
    const pane = setUp();
    seedSheet(host.model, 'Sheet2!A1', [
      ['Customer', 'Invoice', 'Amount', 'Due date'],
      ['Bristol Print Works Ltd', 'INV-7', 1200, '2026-08-31'],
      ['Harrow & Finch Engineering', 'INV-8', 860, "'10/08/2026"],
    ]);
    const sheet2 = host.model.sheets.find((s) => s.name === 'Sheet2');
    if (sheet2) { host.model.activeSheet = sheet2; host.model.selection = { sheet: sheet2, rect: { row: 1, col: 0, rows: 1, cols: 1 } }; }
    await pane.find('[data-testid="flag-overdue"]').trigger('click');
    await settle();
    expect(pane.find('[data-testid="assumed-currency"] p').text()).toBe('Amounts with no currency of their own were taken as USD (the headers are in English).');
    // USD: no suggested rule, so no penalty; and the amount shows as dollars.
    expect(readCells(host.model, 'Sheet2!E2:G2')).toEqual([[83, '61-90', 0]]);
    expect(cellInfo(host.model, 'Sheet2!I2').numberFormat).toBe('[$USD] #,##0.00');
    // 10/08/2026 is 10 August or October 8: the pane says so and where to choose, in its own words.
    expect(readCells(host.model, 'Sheet2!J3')).toEqual([['Check Due date: “10/08/2026” could be day/month or month/day: choose the date order under Settings']]);
    await pane.find('[data-testid="assumed-currency-choice"]').setValue('GBP');
    await pane.find('[data-testid="assumed-currency-use"]').trigger('click');
    await settle();
    expect(pane.find('[data-testid="assumed-currency"]').exists()).toBe(false);
    expect(cellInfo(host.model, 'Sheet2!I2').numberFormat).toBe('[$GBP] #,##0.00');
    // Pounds: the Late Payment Act's interest and its fixed sum.
    expect(Number(readCells(host.model, 'Sheet2!G2')[0]?.[0])).toBeGreaterThan(40);
    await pane.find('[data-testid="setting-date-order"]').setValue('dmy');
    await pane.find('[data-testid="flag-overdue"]').trigger('click');
    await settle();
    expect(readCells(host.model, 'Sheet2!E3:F3')).toEqual([[104, '91-180']]);
  });

  it('shows progress while it reads and writes, and clears it when done', async () => {
    const pane = setUp();
    const rows: unknown[][] = [];
    for (let i = 0; i < 1500; i++) rows.push([`Customer ${i}`, `INV-${i}`, 'CNY', 100 + i, 0, 46000 + (i % 300), '']);
    seedSheet(host.model, 'Sheet1!B11', rows);
    const ui = useUiStore();
    const seen: string[] = [];
    ui.$subscribe(() => {
      const p = ui.progress;
      if (p) seen.push(`${p.phase} ${p.done}/${p.total}`);
    }, { flush: 'sync' });
    const shown: string[] = [];
    const observer = new MutationObserver(() => {
      const el = document.querySelector('[data-testid="pane-progress"]');
      if (el?.textContent) shown.push(el.textContent.trim());
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    await pane.find('[data-testid="flag-overdue"]').trigger('click');
    await settle();
    observer.disconnect();
    expect(seen).toContain('read 1507/1507');
    expect(seen.at(-1)).toBe('write 1507/1507');
    expect(shown.some((t) => /^Reading rows \d+ \/ 1507/.test(t))).toBe(true);
    expect(pane.find('[data-testid="pane-progress"]').exists()).toBe(false);
  });

  it('explains in plain words, by error code, why it will not write over user data', async () => {
    const pane = setUp({ displayLanguage: 'zh-CN' });
    seedSheet(host.model, 'Sheet1!K7', [['call Friday']]);
    await pane.find('[data-testid="flag-overdue"]').trigger('click');
    await settle();
    expect((await errorBar())?.querySelector('[data-testid="pane-error-text"]')?.textContent).toBe('表格右侧的列已有其他数据（Sheet1!K7），未做任何修改。请移走这些数据或在表格右侧留出空列。');
    expect(readCells(host.model, 'Sheet1!I3')).toEqual([['']]);
  });

  it('saves the settings in the workbook', async () => {
    const pane = setUp();
    await pane.find('[data-testid="setting-grace"]').setValue('5');
    await pane.find('[data-testid="setting-rule"]').setValue('cn-lpr-1.5x');
    await pane.find('[data-testid="save-settings"]').trigger('click');
    await settle();
    expect(host.settings.saved[SETTINGS_KEY]).toMatchObject({ asOf: '2026-11-22', graceDays: 5, rulePreset: 'cn-lpr-1.5x' });
    expect(pane.find('[data-testid="pane-notice"]').text()).toBe('Saved in the workbook');
  });

  it('says in plain words when Office cannot save the settings, and does not claim it did', async () => {
    const pane = setUp();
    await pane.find('[data-testid="setting-grace"]').setValue('7');
    host.settings.failNextSave = true;
    await pane.find('[data-testid="save-settings"]').trigger('click');
    await settle();
    expect((await errorBar())?.querySelector('[data-testid="pane-error-text"]')?.textContent).toBe('The settings could not be saved in this workbook (is it read-only?). They still apply until you close it.');
    expect(pane.find('[data-testid="pane-notice"]').exists()).toBe(false);
    expect(host.settings.saved[SETTINGS_KEY]).not.toMatchObject({ graceDays: 7 });
  });

  it('shows the contract clause for the rule where the rule is picked, following grace days, cap and language', async () => {
    const pane = setUp({ displayLanguage: 'zh-CN' });
    await settle();
    // By default each currency has its suggested rule, each with its clause: 万分之五 for yuan, the statutes for pounds and euros.
    expect(pane.find('[data-testid="rule-by-currency"]').text()).toBe('每张发票按其币种适用下列规则；其他币种不计违约金。');
    expect(pane.find('[data-testid="rule-clause-CNY"]').text()).toContain('每逾期一日按逾期未付金额的万分之五');
    expect(pane.find('[data-testid="rule-clause-section-GBP"] summary').text()).toBe('GBP: 英国逾期付款法：基准利率 + 8%，定额补偿');
    expect(pane.find('[data-testid="rule-clause-section-EUR"] summary').text()).toContain('EUR: 欧盟逾期付款指令');
    // Every preset of the core is offered, by name, after "by currency".
    const options = pane.findAll('[data-testid="setting-rule"] option');
    expect(options.map((o) => o.attributes('value'))).toEqual(['', ...Object.keys(RULE_PRESETS)]);
    expect(options[0]?.text()).toBe('按币种（推荐）');
    expect(options[1]?.text()).toBe('合同约定违约金：每日万分之五');
    expect(options.every((o) => o.text() !== o.attributes('value'))).toBe(true);
    await pane.find('[data-testid="setting-rule"]').setValue('cn-contract-0.05pct-daily');
    const clause = (): string => pane.find('[data-testid="rule-clause"]').text();
    expect(clause()).toContain('每逾期一日按逾期未付金额的万分之五');
    await pane.find('[data-testid="setting-grace"]').setValue('5');
    await pane.find('[data-testid="setting-cap"]').setValue('30');
    expect(clause()).toContain('自到期日后第6日起');
    expect(clause()).toContain('30%为上限');
    await pane.find('[data-testid="setting-payment-day"]').setValue('excluded');
    expect(clause()).toContain('付款当日不计');
    await pane.find('[data-testid="setting-rule"]').setValue('cn-lpr-1.5x');
    expect(clause()).not.toContain('万分之五');
    expect(clause()).toContain('贷款市场报价利率');
    await pane.find('[data-testid="dunning-language-en"]').trigger('click');
    expect(clause()).toMatch(/^1\. Payment terms\./);
    // A cap that is not a number: no clause rather than a wrong one.
    await pane.find('[data-testid="setting-cap"]').setValue('thirty');
    expect(pane.find('[data-testid="rule-clause"]').exists()).toBe(false);
  });

  it('drafts the reminder for the selected row: open invoices, suggested stage, email and phone script', async () => {
    const pane = setUp();
    await pane.find('[data-testid="reminder-from-selection"]').trigger('click');
    await settle();
    expect(pane.find('[data-testid="reminder-customer"]').text()).toBe('Acme Ltd');
    expect(pane.find('[data-testid="reminder-invoices"]').text()).toContain('INV-2026-0101');
    // Money one way, by the core's formatter: the list says what the letter says.
    expect(pane.find('[data-testid="reminder-invoices"]').text()).toContain('US$10,000.00');
    expect(pane.find('[data-testid="dunning-stage-formal-notice"]').attributes('aria-pressed')).toBe('true');
    const text = pane.find('[data-testid="reminder-text"]').text();
    expect(text).toContain('INV-2026-0101');
    expect(text).toContain('US$10,000.00');
    // Shown as the formatted letter the core renders: paragraphs and the invoice table.
    expect(pane.find('[data-testid="reminder-text"] table').exists()).toBe(true);
    expect(pane.find('[data-testid="reminder-text"] p').exists()).toBe(true);
    expect(pane.find('[data-testid="mailto-reminder"]').attributes('href')).toMatch(/^mailto:ap%40acme\.example\?subject=/);
    await pane.find('[data-testid="channel-phone"]').trigger('click');
    expect(pane.find('[data-testid="reminder-subject"]').exists()).toBe(false);
    const phone = pane.find('[data-testid="reminder-text"]').text();
    expect(phone).not.toBe(text);
    await pane.find('[data-testid="channel-letter"]').trigger('click');
    const letter = pane.find('[data-testid="reminder-text"]').text();
    expect(letter).not.toBe(text);
    expect(letter).not.toBe(phone);
    expect(letter).toContain('INV-2026-0101');
    expect(pane.find('[data-testid="mailto-reminder"]').exists()).toBe(false);
    await pane.find('[data-testid="dunning-language-zh-CN"]').trigger('click');
    await pane.find('[data-testid="channel-email"]').trigger('click');
    expect(pane.find('[data-testid="reminder-text"]').text()).toMatch(/[\u4e00-\u9fff]/);
  });

  it('shows a customer named like markup as text in the formatted preview', async () => {
    const pane = setUp();
    seedSheet(host.model, 'Sheet1!B4', [['<img src=x onerror="window.__pwned=1"><b>Acme</b>']]);
    await pane.find('[data-testid="reminder-from-selection"]').trigger('click');
    await settle();
    const preview = pane.find('[data-testid="reminder-text"]');
    expect(preview.find('img').exists()).toBe(false);
    expect(preview.find('b').exists()).toBe(false);
    expect(preview.text()).toContain('<img src=x onerror="window.__pwned=1"><b>Acme</b>');
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('says so when the selected cell is not an invoice row', async () => {
    const pane = setUp();
    host.model.selection = { sheet: host.model.activeSheet, rect: { row: 0, col: 1, rows: 1, cols: 1 } };
    await pane.find('[data-testid="detect-table"]').trigger('click');
    await settle();
    await pane.find('[data-testid="reminder-from-selection"]').trigger('click');
    await settle();
    expect((await errorBar())?.querySelector('[data-testid="pane-error-text"]')?.textContent).toBe('Select a cell in an invoice row of the table first.');
  });

  it('imports a CSV to a new sheet and shows the import report', async () => {
    const pane = setUp();
    const csv = 'Customer,Invoice,Amount,Due Date\nAcme Ltd,INV-9,100.00,2026-10-01\n"=HYPERLINK(""http://x"",""y"")",INV-10,50.00,2026-10-02\nGlobex,INV-11,abc,2026-10-03\n';
    const file = new File([csv], 'export.csv', { type: 'text/csv' });
    const input = pane.find<HTMLInputElement>('[data-testid="import-file"]');
    Object.defineProperty(input.element, 'files', { value: [file] });
    await input.trigger('change');
    await settle();
    expect(pane.find('[data-testid="pane-notice"]').text()).toBe('2 invoices imported to sheet export');
    expect(readCells(host.model, 'export!A2:A3')).toEqual([['Acme Ltd'], ['=HYPERLINK("http://x","y")']]);
    expect(pane.find('[data-testid="import-rejected"]').text()).toContain('abc');
    // In the pane's words: the column by its name, the reason for a bookkeeper, the format by the system's name.
    expect(pane.find('[data-testid="import-rejected"] tbody tr').findAll('td').map((td) => td.text())).toEqual(['4', 'Amount', 'abc', '“abc” is not an amount']);
    expect(pane.find('[data-testid="import-report"] p').text()).toBe('export.csv · spreadsheet export · UTF-8');
    await pane.find('[data-testid="write-import-report"]').trigger('click');
    await settle();
    expect(host.model.sheets.map((s) => s.name)).toContain('Import report');
  });

  it('lists the first 200 rejected rows of a wrong file and writes all of them to the report sheet', async () => {
    const pane = setUp();
    const lines = ['Customer,Invoice,Amount,Due Date', 'Acme Ltd,INV-1,100.00,2026-10-01'];
    for (let i = 0; i < 1200; i++) lines.push(`Globex,INV-${i + 2},lots,2026-10-01`);
    const input = pane.find<HTMLInputElement>('[data-testid="import-file"]');
    Object.defineProperty(input.element, 'files', { value: [new File([`${lines.join('\n')}\n`], 'wrong.csv', { type: 'text/csv' })] });
    await input.trigger('change');
    await settle();
    expect(pane.findAll('[data-testid="import-rejected"] tbody tr')).toHaveLength(200);
    expect(pane.find('[data-testid="import-rejected-more"]').text()).toBe('… and 1000 more: write the report to a sheet to see them all');
    await pane.find('[data-testid="write-import-report"]').trigger('click');
    await settle();
    const report = host.model.sheets.find((s) => s.name === 'Import report');
    expect(report?.rows.filter((r) => r?.[3]?.value === 'lots' || r?.[2]?.value === 'lots')).toHaveLength(1200);
  });

  it('keeps only plain data in its stores (no Office proxy, no function) after every step', async () => {
    const pane = setUp();
    for (const id of ['detect-table', 'flag-overdue', 'reminder-from-selection', 'aging-summary']) {
      await pane.find(`[data-testid="${id}"]`).trigger('click');
      await settle();
    }
    const pinia = pane.vm.$pinia as { state: { value: Record<string, unknown> } };
    expect(nonPlain(pinia.state.value, 'state')).toEqual([]);
    const state = JSON.parse(JSON.stringify(pinia.state.value)) as { workbook: unknown; reminder: { customer: string } };
    expect(state.workbook).toMatchObject({ location: { sheet: 'Sheet1', headerRow: 2 }, lastFlag: { dataRows: 7 } });
    expect(state.reminder.customer).toBe('Acme Ltd');
    // The check sees a proxy where one is put.
    const ctx = new host.Excel.RequestContext();
    expect(nonPlain({ range: ctx.workbook.getSelectedRange() }, 'x')).toEqual(['x.range']);
  });
});

/**
 * Paths in a value that are not plain data: functions, objects whose prototype is not Object
 * or Array (class instances, Maps), and objects that carry a request context or a proxy hook
 * (an Office.js client object, real or of the in-memory host).
 */
function nonPlain(ref: unknown, path: string, seen = new Set<unknown>()): string[] {
  // Setup stores keep refs in their state: what matters is the value inside.
  const value = unref(ref);
  if (typeof value === 'function') return [path];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const raw = toRaw(value);
  const proto = Object.getPrototypeOf(raw) as unknown;
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null) return [path];
  if ('context' in raw || '__ref' in raw || 'load' in raw) return [path];
  return Object.entries(raw).flatMap(([k, v]) => nonPlain(v, `${path}.${k}`, seen));
}

describe('task pane export for the browser extension', () => {
  it('reads the sheet and downloads the open invoices as the report JSON the extension imports', async () => {
    const pane = setUp();
    const blobs: Blob[] = [];
    const downloads: string[] = [];
    const createObjectURL = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource): string => { blobs.push(b as Blob); return 'blob:dunning-test'; };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) { downloads.push(this.download); };
    try {
      // Nothing read yet: the export reads the table itself.
      await pane.find('[data-testid="export-json"]').trigger('click');
      await settle();
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloads).toEqual(['dunning-customers.json']);
    const parsed = parseReportJson(JSON.parse(await (blobs[0] as Blob).text()));
    expect(parsed.ok && parsed.value.receivables.map((r) => [r.customer, r.invoice])).toEqual([
      ['Acme Ltd', 'INV-2026-0101'], ['Globex GmbH', 'INV-2026-0102'], ['深圳市华强电子有限公司', 'INV-2026-0103'],
      ['#NAME?', 'INV-2026-0105'],
    ]);
    expect(pane.find('[data-testid="pane-notice"]').text()).toBe('Customer list exported: 4 open invoices');
  });
});

describe('task pane clipboard', () => {
  afterEach(() => { Reflect.deleteProperty(globalThis, 'ClipboardItem'); });

  it('copies the reminder as formatted text (HTML with its table) and as plain text', async () => {
    const pane = setUp();
    const items: Array<Record<string, Blob>> = [];
    const written: string[] = [];
    class FakeClipboardItem { constructor(readonly data: Record<string, Blob>) { items.push(data); } }
    Object.assign(globalThis, { ClipboardItem: FakeClipboardItem });
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { write: async () => undefined, writeText: async (t: string) => { written.push(t); } },
    });
    await pane.find('[data-testid="reminder-from-selection"]').trigger('click');
    await settle();
    const subject = pane.find('[data-testid="reminder-subject"]').text();
    await pane.find('[data-testid="copy-reminder"]').trigger('click');
    await settle();
    expect(Object.keys(items[0] ?? {}).sort()).toEqual(['text/html', 'text/plain']);
    const html = await (items[0]?.['text/html'] as Blob).text();
    const text = await (items[0]?.['text/plain'] as Blob).text();
    expect(html).toMatch(/<table[^>]*>/);
    expect(html).toContain('INV-2026-0101');
    expect(html).toContain(subject.replace(/&/g, '&amp;'));
    expect(text).toContain(subject);
    expect(text).not.toMatch(/<\w+/);
    expect(pane.find('[data-testid="copy-reminder"]').text()).toBe('Copied');
    await pane.find('[data-testid="copy-reminder-plain"]').trigger('click');
    await settle();
    expect(written).toEqual([text]);
    expect(pane.find('[data-testid="copy-reminder-plain"]').text()).toBe('Copied');
    expect(pane.find('[data-testid="copy-reminder"]').text()).toBe('Copy');
  });
});
