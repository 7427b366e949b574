import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { customerKey } from '../../../shared/customer-key.ts';
import { logCsv, parseLogCsv, type NewLogEntry } from '../../../shared/log/index.ts';
import { money } from '../../../shared/money.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import { defineStoredItems } from '../../../extension/storage/define-stored-items.ts';
import { createLogStore } from '../../../extension/storage/log-store.ts';

const d = plainDate;
const MINGHUA = 'Shanghai Minghua Electronics Co. Ltd';
const REMINDER: NewLogEntry = { date: d('2026-11-02'), customer: MINGHUA, invoices: ['INV-2026-0815'], action: 'reminder', stage: 'friendly', channel: 'email', by: 'Li Na' };
const PROMISE: NewLogEntry = { date: d('2026-11-09'), customer: '恒远食品', invoices: [], action: 'promise', amount: money(2000000, 'CNY'), currency: 'CNY', until: d('2026-11-30'), by: 'Li Na' };

function store() {
  let n = 0;
  return createLogStore(defineStoredItems().log, () => `id-${++n}`);
}

beforeEach(() => fakeBrowser.reset());

describe('the extension\'s collection log store', () => {
  it('appends rows in order and gives one customer\'s rows back through the core\'s validator', async () => {
    const log = store();
    expect(await log.append([REMINDER, PROMISE])).toEqual(['id-1', 'id-2']);
    expect(await log.append([{ ...REMINDER, date: d('2026-11-16'), stage: 'statement' }])).toEqual(['id-3']);
    const mine = await log.rowsFor(customerKey(` ${MINGHUA.toUpperCase()} `));
    expect(mine.entries.map((e) => [e.row, e.date, e.stage])).toEqual([[2, '2026-11-02', 'friendly'], [4, '2026-11-16', 'statement']]);
    expect([...mine.ids.values()]).toEqual(['id-1', 'id-3']);
    const stored = await fakeBrowser.storage.local.get('log') as { log: { rows: { cells: string[] }[] } };
    expect(stored.log.rows[1]?.cells).toEqual(['2026-11-09', '恒远食品', '', 'promise', '', '', '20000.00', 'CNY', '2026-11-30', '', '', 'Li Na']);
  });

  it('takes back exactly the row with the id, and nothing when it is already gone', async () => {
    const log = store();
    const [first, second] = await log.append([REMINDER, REMINDER]);
    expect(await log.remove(second as string)).toBe(true);
    expect(await log.remove(second as string)).toBe(false);
    expect((await log.read()).rows.map((r) => r.id)).toEqual([first]);
  });

  it('never loses one of two appends made at once', async () => {
    const log = store();
    await Promise.all([log.append([REMINDER]), log.append([PROMISE]), log.append([REMINDER])]);
    expect((await log.read()).rows).toHaveLength(3);
  });

  it('merges an imported log without adding rows it already holds, keeping genuine repeats and new columns', async () => {
    const log = store();
    await log.append([REMINDER, PROMISE]);
    const file = parseLogCsv(`${logCsv([REMINDER, PROMISE, PROMISE])}`);
    if (!file.ok) throw new Error('bad');
    expect(await log.merge(file.value)).toEqual({ added: 1, duplicates: 2 });
    expect(await log.merge(file.value)).toEqual({ added: 0, duplicates: 3 });
    const withRef = parseLogCsv('date,customer,action,note,Ref\r\n2026-11-20,Acme Ltd,note,called,R-17\r\n');
    if (!withRef.ok) throw new Error('bad');
    expect(await log.merge(withRef.value)).toEqual({ added: 1, duplicates: 0 });
    const stored = await log.read();
    expect(stored.columns.at(-1)).toBe('Ref');
    expect(stored.rows.at(-1)?.cells.at(-1)).toBe('R-17');
    expect((await log.table()).entries.at(-1)?.extra).toEqual({ Ref: 'R-17' });
  });

  it('finds one customer\'s 25 rows among 20,000 and exports all of them', async () => {
    const log = store();
    const entries: NewLogEntry[] = Array.from({ length: 20_000 }, (_, i) => ({ ...REMINDER, customer: `客户${i % 800}`, date: d('2026-10-01') }));
    await log.append(entries);
    const mine = await log.rowsFor(customerKey('客户7'));
    expect(mine.entries).toHaveLength(25);
    expect((await log.table()).entries).toHaveLength(20_000);
  });

  it('reads a value that is not a log as an empty log, leaving out rows that are not rows', async () => {
    await fakeBrowser.storage.local.set({ log: { columns: ['date', 'customer', 'action'], rows: [{ id: 'a', key: 'acme', cells: ['2026-11-01', 'Acme', 'note'] }, { nonsense: true }] }, log$: { v: 1 } });
    expect((await store().table()).entries.map((e) => e.customer)).toEqual(['Acme']);
    await fakeBrowser.storage.local.set({ log: 'garbage' });
    expect((await store().read()).rows).toEqual([]);
  });
});
