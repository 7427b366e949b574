import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { customerKey } from '../../../shared/customer-key.ts';
import { logCsv, parseLogCsv, type NewLogEntry } from '../../../shared/log/index.ts';
import { money } from '../../../shared/money.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import { defineStoredItems } from '../../../extension/storage/define-stored-items.ts';
import { LOG_SHARDS, shardOf } from '../../../extension/storage/log-encoding.ts';
import type { LogStorage } from '../../../extension/storage/log-storage.ts';
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
    // Storage holds each customer's rows in the shard their key hashes to, as [seq, id, key, cells].
    const key = customerKey('恒远食品');
    const shard = `logShard${shardOf(key, LOG_SHARDS)}`;
    const stored = await fakeBrowser.storage.local.get(['log', shard]) as Record<string, unknown>;
    expect(stored.log).toMatchObject({ next: 3, shards: LOG_SHARDS });
    expect(JSON.parse(stored[shard] as string)).toContainEqual([1, 'id-2', key, ['2026-11-09', '恒远食品', '', 'promise', '', '', '20000.00', 'CNY', '2026-11-30', '', '', 'Li Na']]);
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

  it('reads a shard that is not a log as no rows, leaving out entries that are not rows', async () => {
    const key = customerKey('Acme');
    await fakeBrowser.storage.local.set({
      log: { columns: ['date', 'customer', 'action'], shards: LOG_SHARDS, next: 2, writes: 1 }, log$: { v: 2 },
      [`logShard${shardOf(key, LOG_SHARDS)}`]: JSON.stringify([[0, 'a', key, ['2026-11-01', 'Acme', 'note']], { nonsense: true }, [1, 'b', key, 'no cells']]),
      [`logShard${(shardOf(key, LOG_SHARDS) + 1) % LOG_SHARDS}`]: 'garbage',
    });
    expect((await store().table()).entries.map((e) => e.customer)).toEqual(['Acme']);
    await fakeBrowser.storage.local.set({ log: 'garbage' });
    expect((await store().read()).columns).toContain('date');
  });

  it('migrates a version 1 log (every row an object in one item, the previous build\'s layout) with every row, id, order and extra column', async () => {
    const v1 = {
      columns: ['date', 'customer', 'invoices', 'action', 'stage', 'channel', 'amount', 'currency', 'until', 'reason', 'note', 'by', 'Ref'],
      rows: [
        { id: 'r1', key: customerKey(MINGHUA), cells: ['2026-11-02', MINGHUA, 'INV-2026-0815', 'reminder', 'friendly', 'email', '', '', '', '', '', 'Li Na', 'R-1'] },
        { id: 'r2', key: customerKey('恒远食品'), cells: ['2026-11-09', '恒远食品', '', 'promise', '', 'phone', '20000.00', 'CNY', '2026-11-30', '', '', 'Li Na', ''] },
        { id: 'r3', key: customerKey(MINGHUA), cells: ['2026-11-16', MINGHUA, '', 'note', '', '', '', '', '', '', 'called', 'Li Na', ''] },
        { broken: true },
      ],
    };
    await fakeBrowser.storage.local.set({ log: v1, log$: { v: 1 } });
    const log = store();
    expect((await log.rowsFor(customerKey(MINGHUA))).entries).toMatchObject([{ date: '2026-11-02', stage: 'friendly', extra: { Ref: 'R-1' } }, { date: '2026-11-16', note: 'called' }]);
    expect((await log.read()).rows.map((r) => [r.id, r.seq])).toEqual([['r1', 0], ['r2', 1], ['r3', 2]]);
    const stored = await fakeBrowser.storage.local.get(['log', 'log$']) as { log: { columns: string[]; next: number }; log$: { v: number } };
    expect(stored.log$.v).toBe(2);
    expect(stored.log).toMatchObject({ columns: v1.columns, next: 3 });
    // The export is the version 1 log's rows, in order; an undo offered before the update still finds its row.
    expect((await log.table()).entries.map((e) => e.date)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
    expect(await log.remove('r2')).toBe(true);
    expect(await log.append([REMINDER])).toEqual(['id-1']);
    expect((await log.read()).rows.map((r) => [r.id, r.seq])).toEqual([['r1', 0], ['r3', 2], ['id-1', 3]]);
  });

  it('reads the settings and a customer\'s shard once: its own writes keep the cache, another context\'s write is read again', async () => {
    const real = defineStoredItems().log;
    const reads: string[] = [];
    const counted: LogStorage = {
      meta: () => { reads.push('meta'); return real.meta(); },
      shards: (ns) => { reads.push(`shards:${ns.length}`); return real.shards(ns); },
      write: (m, s) => real.write(m, s),
      watch: (cb) => real.watch(cb),
    };
    const log = createLogStore(counted, () => `x${reads.length}`);
    await log.append([REMINDER]);
    await log.append([REMINDER, PROMISE]);
    await new Promise((r) => setTimeout(r, 10));
    expect((await log.rowsFor(customerKey(MINGHUA))).entries).toHaveLength(2);
    expect(reads.filter((r) => r === 'meta')).toHaveLength(1);
    expect(reads.every((r) => r === 'meta' || r === 'shards:1')).toBe(true);
    // Another context writes: the cache goes.
    await fakeBrowser.storage.local.set({ log: { columns: ['date', 'customer', 'action'], shards: LOG_SHARDS, next: 0, writes: 99 } });
    await new Promise((r) => setTimeout(r, 10));
    await log.rowsFor(customerKey(MINGHUA));
    expect(reads.filter((r) => r === 'meta')).toHaveLength(2);
  });

  it('keeps a log written by an earlier start: a new background reads it back, version mark and all', async () => {
    await store().append([REMINDER, PROMISE]);
    expect((await fakeBrowser.storage.local.get('log$')).log$).toEqual({ v: 2 });
    expect((await store().read()).rows.map((r) => r.id)).toEqual(['id-1', 'id-2']);
    // Even settings whose version mark went missing are not taken for a version 1 log.
    await fakeBrowser.storage.local.remove('log$');
    expect((await store().read()).rows.map((r) => r.id)).toEqual(['id-1', 'id-2']);
  });

  it('never writes over a log it could not read', async () => {
    await store().append([REMINDER]);
    const real = defineStoredItems().log;
    let fail = true;
    const flaky: LogStorage = { ...real, shards: (ns) => (fail ? Promise.reject(new Error('storage busy')) : real.shards(ns)) };
    const log = createLogStore(flaky, () => 'y');
    await expect(log.append([REMINDER])).rejects.toThrow('storage busy');
    fail = false;
    expect((await log.read()).rows.map((r) => r.id)).toEqual(['id-1']);
    await log.append([PROMISE]);
    expect((await log.read()).rows.map((r) => r.id)).toEqual(['id-1', 'y']);
  });
});
