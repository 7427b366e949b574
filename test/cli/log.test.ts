import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { CONTACT_CHANNELS } from '../../shared/contact-channel.ts';
import { LOG_COLUMNS, parseLogBytes, type LogEntry } from '../../shared/log/index.ts';
import { toDecimalString } from '../../shared/money.ts';
import { fakeIo } from './fake-io.ts';

const dir = (): string => mkdtempSync(join(tmpdir(), 'dunning-log-'));
const bytes = (path: string): Buffer => readFileSync(path);
const read = (path: string): LogEntry[] => {
  const parsed = parseLogBytes(new Uint8Array(bytes(path)));
  if (!parsed.ok) throw new Error(parsed.error.message);
  expect(parsed.value.rejected).toEqual([]);
  return parsed.value.entries;
};

async function run(args: string[], today = '2026-11-22') {
  const io = fakeIo({ today });
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

describe('dunning log add', () => {
  it('creates the log with its BOM and header, then appends rows without touching what is there', async () => {
    const log = join(dir(), 'collection-log.csv');
    const first = await run(['log', 'add', '--log', log, '--customer', '苏州美雅纺织', '--action', 'promise', '--amount', '20,000.00', '--currency', 'CNY',
      '--until', '2026-11-30', '--invoices', 'INV-1;INV-2', '--channel', 'phone', '--note', 'Ms Wang, on the phone', '--by', 'Li Na']);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toContain('created');
    expect(first.out).toContain('row 2');
    const created = bytes(log);
    expect(created.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(created.toString('utf8').slice(1).split('\r\n')[0]).toBe(LOG_COLUMNS.join(','));
    const second = await run(['log', 'add', '--log', log, '--customer', '苏州美雅纺织', '--action', 'reminder', '--stage', 'follow-up', '--channel', 'email', '--by', 'Li Na'], '2026-11-25');
    expect(second).toMatchObject({ code: 0 });
    expect(second.out).toContain('row 3');
    const after = bytes(log);
    expect(after.subarray(0, created.length)).toEqual(created);
    expect(read(log).map((e) => [e.row, e.date, e.action, e.amount ? toDecimalString(e.amount) : '', e.invoices.join(';')]))
      .toEqual([[2, '2026-11-22', 'promise', '20000.00', 'INV-1;INV-2'], [3, '2026-11-25', 'reminder', '', '']]);
  });

  it.each([
    ['a promise without its date', ['--action', 'promise', '--amount', '100', '--currency', 'CNY'], '--until'],
    ['an unknown action', ['--action', 'emailed'], '--action "emailed"'],
    ['an amount without currency', ['--action', 'payment', '--amount', '100'], '--currency'],
    ['three decimals of yuan', ['--action', 'payment', '--amount', '1.005', '--currency', 'CNY'], '--amount "1.005"'],
    ['a dispute without reason', ['--action', 'dispute'], '--reason'],
    ['a channel the log does not know', ['--action', 'reminder', '--stage', 'friendly', '--channel', 'fax'], '--channel "fax"'],
  ])('refuses %s with exit 2, naming the option, and leaves the log as it was', async (_what, args, named) => {
    const log = join(dir(), 'log.csv');
    expect((await run(['log', 'add', '--log', log, '--customer', 'Acme', '--action', 'note', '--by', 'x'])).code).toBe(0);
    const before = bytes(log);
    const r = await run(['log', 'add', '--log', log, '--customer', 'Acme', '--by', 'x', ...args]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('not added');
    expect(r.err).toContain(named);
    expect(bytes(log)).toEqual(before);
  });

  it('does not create a log for a refused row', async () => {
    const log = join(dir(), 'never.csv');
    expect((await run(['log', 'add', '--log', log, '--customer', 'Acme', '--action', 'pause'])).code).toBe(2);
    expect(() => readFileSync(log)).toThrow();
  });

  it('appends in the order, delimiter and columns of a log a spreadsheet saved, keeping its own columns', async () => {
    const log = join(dir(), 'log.csv');
    writeFileSync(log, '\uFEFFCustomer;Date;Action;Ticket;Note;Amount;Currency;Invoices\r\nAcme;2026-11-01;note;HD-7;checked;;;\r\nAcme;2026-11-02;call;;no answer;;;');
    const r = await run(['log', 'add', '--log', log, '--customer', 'Acme', '--action', 'payment', '--amount', '250.00', '--currency', 'GBP', '--invoices', 'A-1']);
    expect(r.code).toBe(0);
    const text = bytes(log).toString('utf8');
    // The file had no final line break: one goes before the new line, which follows the file's own layout.
    expect(text.endsWith('no answer;;;\r\nAcme;2026-11-22;payment;;;250.00;GBP;A-1\r\n')).toBe(true);
    expect(read(log).map((e) => [e.row, e.action, e.extra?.Ticket])).toEqual([[2, 'note', 'HD-7'], [3, 'call', ''], [4, 'payment', '']]);
  });

  it('refuses to add to a log that lacks a column the row needs, or that a spreadsheet saved in another encoding', async () => {
    const narrow = join(dir(), 'narrow.csv');
    writeFileSync(narrow, 'date,customer,action\r\n2026-11-01,Acme,note\r\n');
    const before = bytes(narrow);
    const r = await run(['log', 'add', '--log', narrow, '--customer', 'Acme', '--action', 'pause', '--until', '2026-12-31', '--by', 'x']);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no until, by column');
    expect(bytes(narrow)).toEqual(before);
    const gbk = join(dir(), 'gbk.csv');
    // "客户" and "备注" in GBK: Excel on Chinese Windows saves "CSV" this way.
    writeFileSync(gbk, Buffer.concat([Buffer.from('date,customer,action,note\r\n2026-11-01,'), Buffer.from([0xbf, 0xcd, 0xbb, 0xa7]), Buffer.from(',note,'), Buffer.from([0xb1, 0xb8, 0xd7, 0xa2]), Buffer.from('\r\n')]));
    const gbkBefore = bytes(gbk);
    const g = await run(['log', 'add', '--log', gbk, '--customer', '客户', '--action', 'note', '--by', 'x']);
    expect(g.code).toBe(1);
    expect(g.err).toContain('CSV UTF-8');
    expect(bytes(gbk)).toEqual(gbkBefore);
    // It still reads.
    expect(parseLogBytes(new Uint8Array(gbkBefore))).toMatchObject({ ok: true, value: { encoding: 'gbk', entries: [{ customer: '客户', note: '备注' }] } });
  });

  it('two processes appending at once never interleave within a line', async () => {
    const log = join(dir(), 'busy.csv');
    await run(['log', 'add', '--log', log, '--customer', 'Start', '--action', 'note', '--by', 'x']);
    const worker = join(import.meta.dirname, 'log-append-worker.ts');
    const tsx = join(import.meta.dirname, '..', '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
    await Promise.all(['A', 'B', 'C'].map((who) => new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [tsx, worker, log, who, '150'], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker ${who}: ${err}`))));
    })));
    const entries = read(log);
    expect(entries).toHaveLength(1 + 3 * 150);
    for (const who of ['A', 'B', 'C']) {
      const mine = entries.filter((e) => e.customer === `Worker ${who}`);
      expect(mine.map((e) => e.note?.split(' ').slice(0, 3).join(' '))).toEqual(Array.from({ length: 150 }, (_, i) => `${who} row ${i}`));
    }
  }, 60_000);

  it('a log written by log add reads back as the rows that were added', async () => {
    const text = fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.replace(/[\r\n\t]/g, ' ').trim()).filter((s) => s !== '' && !s.startsWith('-'));
    const row = fc.record({
      customer: text, action: fc.constantFrom('note', 'call', 'reminder', 'promise', 'payment', 'dispute', 'pause', 'resume'),
      channel: fc.constantFrom(...CONTACT_CHANNELS), note: fc.option(text, { nil: undefined }), minor: fc.integer({ min: 1, max: 1e9 }),
      invoices: fc.uniqueArray(text.map((s) => s.replace(/[;；]/g, ':').trim()).filter((s) => s !== ''), { maxLength: 3 }),
    });
    await fc.assert(fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 4 }), async (rows) => {
      const log = join(dir(), 'prop.csv');
      for (const r of rows) {
        const amount = ['promise', 'payment'].includes(r.action) ? ['--amount', (r.minor / 100).toFixed(2), '--currency', 'EUR'] : [];
        const args = ['log', 'add', '--log', log, '--customer', r.customer, '--action', r.action, '--channel', r.channel, '--by', 'prop', ...amount,
          ...(r.invoices.length ? ['--invoices', r.invoices.join(';')] : []), ...(r.note ? ['--note', r.note] : []),
          ...(r.action === 'reminder' ? ['--stage', 'friendly'] : []), ...(['promise', 'pause'].includes(r.action) ? ['--until', '2026-12-31'] : []),
          ...(r.action === 'dispute' ? ['--reason', 'short'] : [])];
        const done = await run(args);
        expect(done.err).toBe('');
        expect(done.code).toBe(0);
      }
      const back = read(log);
      expect(back.map((e) => [e.customer, e.action, e.channel, e.note, e.invoices, e.amount?.minor])).toEqual(rows.map((r) => [
        r.customer, r.action, r.channel, r.note, r.invoices, ['promise', 'payment'].includes(r.action) ? r.minor : undefined,
      ]));
    }), { numRuns: 40 });
  }, 60_000);
});

describe('dunning log list', () => {
  it('lists the rows, one customer or all, as a table, CSV or JSON, and reports rows it cannot read', async () => {
    const log = join(dir(), 'log.csv');
    writeFileSync(log, `\uFEFF${LOG_COLUMNS.join(',')}\r\n2026-11-01,Acme Ltd,A-1,reminder,friendly,email,,,,,,li\r\n2026-11-02,Other Co,,promise,,,,,,,,li\r\n2026-11-03,ACME  ltd,,payment,,,100.00,GBP,,,,li\r\n2026-11-04,Other Co,,call,,phone,,,,,rang,li\r\n`);
    const table = await run(['log', 'list', '--log', log, '--customer', 'acme ltd']);
    expect(table.code).toBe(0);
    expect(table.out).toContain('2 rows of 3');
    expect(table.out).toContain('GBP 100.00');
    expect(table.out).not.toContain('Other Co');
    expect(table.err).toContain('row 3 cannot be read: until is empty');
    const json = JSON.parse((await run(['log', 'list', '--log', log, '--format', 'json'])).out);
    expect(json.entries.map((e: { row: number }) => e.row)).toEqual([2, 4, 5]);
    expect(json.entries[1]).toMatchObject({ amount: '100.00', currency: 'GBP' });
    expect(json.rejected).toEqual([expect.objectContaining({ row: 3, column: 'until', code: 'required' })]);
    const csv = (await run(['log', 'list', '--log', log, '--format', 'csv'])).out;
    expect(csv.split('\r\n')[0]).toBe(LOG_COLUMNS.join(','));
  });

  it('says so when there is no log', async () => {
    const r = await run(['log', 'list', '--log', join(dir(), 'none.csv')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no log at');
  });

  it('names an unknown option or sub-command', async () => {
    expect((await run(['log', 'add', '--log', 'x.csv', '--custommer', 'A'])).err).toContain('unknown option --custommer');
    expect((await run(['log', 'remove'])).code).toBe(2);
  });
});
