import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { logCsv, parseLogCsv } from '../../../shared/log/index.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import { importFile } from '../../../extension/options/import-file.ts';
import { createLogBackend } from '../../../extension/service/log-backend.ts';
import { createPickerBackend } from '../../../extension/service/picker-backend.ts';
import { DEFAULT_PROFILE, defineStoredItems } from '../../../extension/storage/define-stored-items.ts';
import { createLogStore } from '../../../extension/storage/log-store.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const CSV = readFileSync(join(HERE, '../../fixtures/webmail/receivables.csv'));
const CLI_LOG = readFileSync(join(HERE, '../../../examples/collection-log.csv'), 'utf8');
const MINGHUA = 'shanghai minghua electronics co. ltd';

async function setUp(today = '2026-11-22') {
  const items = defineStoredItems();
  const imported = importFile('receivables.csv', new Uint8Array(CSV), '2026-11-22T09:00:00Z');
  if (!imported.ok) throw new Error(imported.message);
  await items.receivables.setValue(imported.stored);
  await items.profile.setValue({ ...DEFAULT_PROFILE, sender: { name: 'Li Na' } });
  let n = 0;
  const log = createLogStore(items.log, () => `row-${++n}`);
  const clock = { today: plainDate(today) };
  const deps = { items, log, today: () => clock.today, uiLanguage: () => 'en-GB', message: (key: string, subs?: string[]) => [key, ...(subs ?? [])].join('|') };
  return { items, log, clock, backend: createLogBackend(deps), picker: createPickerBackend(deps) };
}

beforeEach(() => fakeBrowser.reset());

describe('log backend: recording from the picker', () => {
  it('records a promise for a listed customer, dated today, by the profile\'s sender, and takes it back', async () => {
    const { backend, log } = await setUp();
    const reply = await backend.handle({ type: 'log-record', record: { customerKey: MINGHUA, action: 'promise', amount: '12,000.00', currency: 'cny', until: '2026-11-30', channel: 'phone', invoices: ['INV-2026-0815'] } });
    expect(reply).toEqual({ ok: true, id: 'row-1', summary: 'promise to pay · CN¥12,000.00 · by 2026-11-30 · phone' });
    const rows = await log.rowsFor(MINGHUA);
    expect(rows.entries).toMatchObject([{ date: '2026-11-22', customer: 'Shanghai Minghua Electronics Co. Ltd', action: 'promise', invoices: ['INV-2026-0815'], until: '2026-11-30', by: 'Li Na', currency: 'CNY' }]);
    expect(await backend.handle({ type: 'log-undo', id: 'row-1' })).toEqual({ ok: true });
    expect(await backend.handle({ type: 'log-undo', id: 'row-1' })).toEqual({ ok: false });
    expect((await log.read()).rows).toEqual([]);
  });

  it.each([
    ['a promise without its date', { action: 'promise', amount: '100' , currency: 'CNY' }, 'logProblem_required|logColumn_until|'],
    ['a dispute without a reason', { action: 'dispute' }, 'logProblem_required|logColumn_reason|'],
    ['a pause until a day already past', { action: 'pause', until: '2026-11-01', reason: 'holiday' }, 'logProblem_until_before_date|logColumn_until|2026-11-01'],
    ['an amount with too many decimals', { action: 'promise', amount: '10.005', currency: 'CNY', until: '2026-12-01' }, 'logProblem_invalid_amount|logColumn_amount|10.005'],
  ] as const)('refuses %s, saying why, and records nothing', async (_name, record, message) => {
    const { backend, log } = await setUp();
    expect(await backend.handle({ type: 'log-record', record: { customerKey: MINGHUA, ...record } })).toEqual({ ok: false, message });
    expect((await log.read()).rows).toEqual([]);
  });

  it('records for a customer typed into the picker, by the name typed', async () => {
    const { backend, log } = await setUp();
    const manual = { name: 'Acme Ltd', email: 'ap@acme.example', invoice: 'A-1', amount: '100', currency: 'USD', dueDate: '2026-11-01' };
    expect((await backend.handle({ type: 'log-record', record: { manual, action: 'note', note: 'new AP contact' } })).ok).toBe(true);
    expect((await log.table()).entries[0]).toMatchObject({ customer: 'Acme Ltd', action: 'note', note: 'new AP contact' });
  });
});

describe('log backend: import and export', () => {
  it('imports the CLI\'s log, reports every line, and does not add it twice', async () => {
    const { backend } = await setUp();
    const first = await backend.handle({ type: 'log-import', file: 'collection-log.csv', text: CLI_LOG });
    expect(first).toEqual({ ok: true, report: { file: 'collection-log.csv', added: 21, duplicates: 0, rejected: [], blank: 0 } });
    const again = await backend.handle({ type: 'log-import', file: 'collection-log.csv', text: CLI_LOG });
    expect(again).toMatchObject({ ok: true, report: { added: 0, duplicates: 21 } });
    expect(await backend.handle({ type: 'log-summary' })).toEqual({ rows: 21, customers: 5 });
  });

  it('refuses bad rows by row and column and takes the good ones', async () => {
    const { backend } = await setUp();
    const text = '\uFEFFdate,customer,invoices,action,stage,channel,amount,currency,until,reason,note,by\r\n'
      + '2026-11-03,Acme Ltd,,call,,phone,,,,,"will pay\r\nnext week",Li\r\n'
      + '31/02/2026,Acme Ltd,,note,,,,,,,,Li\r\n'
      + '\r\n'
      + '2026-11-05,Acme Ltd,,dispute,,,,,,,,Li\r\n';
    const reply = await backend.handle({ type: 'log-import', file: 'hand.csv', text });
    expect(reply).toMatchObject({ ok: true, report: { added: 1, duplicates: 0, blank: 1 } });
    if (!reply.ok) return;
    expect(reply.report.rejected.map((r) => [r.row, r.column, r.value])).toEqual([[4, 'date', '31/02/2026'], [6, 'reason', '']]);
  });

  it('says a file that is not a log is not one, and changes nothing', async () => {
    const { backend, log } = await setUp();
    expect(await backend.handle({ type: 'log-import', file: 'receivables.csv', text: CSV.toString('utf8') })).toMatchObject({ ok: false });
    expect((await log.read()).rows).toEqual([]);
  });

  it('exports the log as the CLI reads it: a round trip gives back the same rows', async () => {
    const { backend } = await setUp();
    await backend.handle({ type: 'log-import', file: 'collection-log.csv', text: CLI_LOG });
    await backend.handle({ type: 'log-record', record: { customerKey: MINGHUA, action: 'note', note: '=HYPERLINK("x") called' } });
    const { csv, rows } = await backend.handle({ type: 'log-export' });
    expect(rows).toBe(22);
    expect(csv.startsWith('\uFEFFdate,customer,invoices,action,stage,channel,amount,currency,until,reason,note,by\r\n')).toBe(true);
    expect(csv).toContain(`,"'=HYPERLINK(""x"") called",`);
    const original = parseLogCsv(CLI_LOG);
    const exported = parseLogCsv(csv);
    if (!original.ok || !exported.ok) throw new Error('unreadable');
    const strip = (e: { row: number }) => ({ ...e, row: 0 });
    expect(exported.value.entries.slice(0, 21).map(strip)).toEqual(original.value.entries.map(strip));
    expect(exported.value.entries[21]).toMatchObject({ note: '=HYPERLINK("x") called' });
    expect(logCsv(exported.value.entries)).toBe(csv);
  });

  it('clears the log', async () => {
    const { backend } = await setUp();
    await backend.handle({ type: 'log-import', file: 'collection-log.csv', text: CLI_LOG });
    await backend.handle({ type: 'log-clear' });
    expect(await backend.handle({ type: 'log-summary' })).toEqual({ rows: 0, customers: 0 });
  });
});

describe('picker backend with a log', () => {
  it('opens on a customer with their case, and after a reminder suggests the next stage once the gap has passed', async () => {
    const { picker, backend, clock } = await setUp();
    const hengyuan = 'hengyuan foods (hangzhou) ltd';
    const before = await picker.load(['finance@hengyuan-foods.example']);
    // 76 days overdue: the ladder alone says formal notice.
    expect(before.case).toMatchObject({ key: hengyuan, status: 'open', rows: 0, history: [], nextStage: 'formal-notice' });
    const reply = await picker.render({ customerKey: hengyuan, stage: 'statement', lang: 'en', tone: 'neutral' });
    if (!reply.ok) throw new Error(reply.message);
    expect(reply.record).toEqual({ customerKey: hengyuan, action: 'reminder', stage: 'statement', channel: 'email', invoices: ['INV-2026-0907'] });
    await backend.handle({ type: 'log-record', record: reply.record! });
    // After the statement: the stage after it, not before minGapDays (7) have passed.
    const after = await picker.load(['finance@hengyuan-foods.example']);
    expect(after.case).toMatchObject({ status: 'waiting', rows: 1, contacts: 1, nextStage: 'payment-plan', nextAction: '2026-11-29', lastStage: 'statement' });
    expect(after.case?.history).toMatchObject([{ date: '2026-11-22', action: 'reminder', text: expect.stringMatching(/^Statement.* · e-mail$/), invoices: 'INV-2026-0907', by: 'Li Na' }]);
    clock.today = plainDate('2026-11-29');
    expect(await picker.caseFor(hengyuan)).toMatchObject({ status: 'open', nextStage: 'payment-plan', nextAction: '2026-11-29' });
  });

  it('cites the recorded reminder in the next message, and only what happened', async () => {
    const { picker, backend, clock } = await setUp();
    const key = 'northbridge components ltd';
    const none = await picker.render({ customerKey: key, stage: 'deadline', lang: 'en', tone: 'firm' });
    await backend.handle({ type: 'log-record', record: { customerKey: key, action: 'reminder', stage: 'statement', channel: 'email' } });
    clock.today = plainDate('2026-12-01');
    const cited = await picker.render({ customerKey: key, stage: 'deadline', lang: 'en', tone: 'firm' });
    if (!none.ok || !cited.ok) throw new Error('render failed');
    expect(none.text).not.toMatch(/We (wrote|contacted)/);
    expect(cited.text).toMatch(/We wrote to you by email on 22 November 2026 asking for payment/);
  });

  it.each([
    // 民法典 第188条: the CNY invoice due 2026-08-15 under the CNY rule's law, three years from 2026-08-16.
    ['the CNY invoice under its currency\'s Chinese rule', { CNY: 'cn-lpr-1.5x' }, { invoice: 'INV-2026-0815', expires: '2029-08-16' }],
    // Limitation Act 1980 s.5 from the default rule (uk-late-payment): six years, nothing ending soon in 2029.
    ['every invoice under the default UK rule', {}, undefined],
  ] as const)('works out each invoice\'s limitation law by the rule of its currency (auto): %s', async (_, currencyRules, limitation) => {
    const { picker, items } = await setUp('2029-07-01');
    await items.defaults.setValue({ lang: 'en', tone: 'neutral', rulePreset: 'uk-late-payment', currencyRules, thresholds: {}, jurisdiction: 'auto', minGapDays: 7 });
    const view = await picker.caseFor(MINGHUA);
    expect(view?.limitation).toEqual(limitation ? expect.objectContaining(limitation) : undefined);
  });

  it('shows a promise and a limitation period ending soon under the rule\'s law', async () => {
    const { picker, backend, items } = await setUp('2026-11-22');
    await items.defaults.setValue({ lang: 'en', tone: 'neutral', rulePreset: 'none', thresholds: {}, jurisdiction: 'cn', minGapDays: 7 });
    await backend.handle({ type: 'log-import', file: 'old.csv', text: 'date,customer,invoices,action,amount,currency,until\r\n2026-11-20,Shanghai Minghua Electronics Co. Ltd,,promise,5000.00,CNY,2026-12-05\r\n' });
    const view = await picker.caseFor(MINGHUA);
    expect(view).toMatchObject({ status: 'promised', promise: { until: '2026-12-05', state: 'pending', amount: 'CN¥5,000.00' }, currencies: ['CNY'] });
  });
});
