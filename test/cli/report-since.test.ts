import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { parseLogBytes } from '../../shared/log/index.ts';
import { fakeIo } from './fake-io.ts';

const NEW = 'examples/receivables.csv';
const OLD = 'examples/receivables-2026-10-31.csv';

async function run(args: string[]) {
  const io = fakeIo();
  const code = await main(['report', NEW, '--since', OLD, '--as-of', '2026-12-07', ...args], io);
  return { code, out: io.out, err: io.err };
}

describe('dunning report <new> --since <old>', () => {
  it('lists what was paid, part-paid and by how much, what is new and which due dates moved', async () => {
    const r = await run(['--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const brief = json.changes.map((c: { kind: string; invoice: string; amount?: string }) => [c.kind, c.invoice, c.amount ?? null]);
    expect(brief).toEqual(expect.arrayContaining([
      // Gone from the export: 12,800.00 paid.
      ['paid', 'INV-2026-0455', '12800.00'],
      // Paid 5,000.00 then, 9,000.00 now: 4,000.00 paid since.
      ['part-paid', 'INV-2026-0388', '4000.00'],
      ['new', 'INV-2026-0547', '1280.50'],
      ['new', 'INV-2026-0601', '15000.00'],
      ['due-date-changed', 'INV-2026-0520', null],
    ]));
    expect(brief).toHaveLength(5);
    expect(json.changes.find((c: { kind: string }) => c.kind === 'due-date-changed').dueDate).toEqual({ before: '2026-10-15', after: '2026-10-20' });
    expect(json.paid).toEqual({ CNY: '12800.00', EUR: '4000.00' });
    const table = await run([]);
    expect(table.out).toContain('Part-paid (1)');
    expect(table.out).toContain('Received: CNY 12,800.00, EUR 4,000.00');
  });

  it('with --log --record appends the payment rows once, and the part payment restarts the limitation period', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dunning-since-'));
    const log = join(dir, 'log.csv');
    copyFileSync('examples/collection-log.csv', log);
    const before = readFileSync(log);
    const first = await run(['--log', log, '--record', '--format', 'json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out).recorded).toEqual({ log, added: 2, alreadyInLog: 0 });
    const after = readFileSync(log);
    expect(after.subarray(0, before.length)).toEqual(before);
    const parsed = parseLogBytes(new Uint8Array(after));
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.entries.slice(-2).map((e) => [e.date, e.customer, e.action, e.invoices, e.amount])).toEqual([
      ['2026-12-07', 'Kleinmann Maschinenbau GmbH', 'payment', ['INV-2026-0388'], { minor: 400000, currency: 'EUR' }],
      ['2026-12-07', 'Hangzhou Xihu Tea House', 'payment', ['INV-2026-0455'], { minor: 1280000, currency: 'CNY' }],
    ]);
    // Again: nothing new to record.
    const again = await run(['--log', log, '--record']);
    expect(again.err).toContain('0 payment rows added, 2 already there');
    expect(readFileSync(log)).toEqual(after);
    // 民法典 第195条: the part payment found on 2026-12-07 restarts the period from that day:
    // 2029-12-07 instead of 2029-07-15 (three years from the written acknowledgement of 2026-07-15).
    const limitation = async (law: string, path: string) => {
      const io = fakeIo();
      await main(['report', NEW, '--as-of', '2026-12-07', '--log', path, '--jurisdiction', law, '--format', 'json'], io);
      return JSON.parse(io.out).receivables.find((x: { invoice: string }) => x.invoice === 'INV-2026-0388').collection.limitation;
    };
    expect(await limitation('cn', 'examples/collection-log.csv')).toMatchObject({ expires: '2029-07-15', restartedBy: { action: 'acknowledged' } });
    expect(await limitation('cn', log)).toMatchObject({ expires: '2029-12-07', restartedBy: { action: 'payment', date: '2026-12-07' } });
    // BGB §199(1): it fell due in 2026, so its period begins only at the end of 2026; what the
    // debtor did during 2026 cannot end it sooner than 2029-12-31 (§212 restarts a running period).
    expect(await limitation('de', log)).toMatchObject({ expires: '2029-12-31', restartedBy: null });
  });

  it('needs both --log and --since to --record', async () => {
    const io = fakeIo();
    expect(await main(['report', NEW, '--record', '--log', 'x.csv'], io)).toBe(2);
    expect(io.err).toContain('--record');
  });
});
