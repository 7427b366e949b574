import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { LOG_COLUMNS, parseLogBytes, type LogEntry } from '../../shared/log/index.ts';
import { fakeIo } from './fake-io.ts';

const LEDGER = 'examples/receivables.csv';

function freshLog(): string {
  const log = join(mkdtempSync(join(tmpdir(), 'dunning-remind-')), 'log.csv');
  copyFileSync('examples/collection-log.csv', log);
  return log;
}

function entries(path: string): LogEntry[] {
  const parsed = parseLogBytes(new Uint8Array(readFileSync(path)));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.entries;
}

async function remind(args: string[]) {
  const io = fakeIo({ today: '2026-12-07' });
  const code = await main(['remind', LEDGER, '--as-of', '2026-12-07', ...args], io);
  return { code, out: io.out, err: io.err, io };
}

describe('dunning remind --log', () => {
  it('takes the stage from the log: a broken promise gets a deadline that cites the promise and the earlier contacts', async () => {
    const r = await remind(['--customer', 'Suzhou Meiya Textiles', '--log', 'examples/collection-log.csv', '--lang', 'en']);
    expect(r.code).toBe(0);
    // Days overdue alone would say a lawyer's letter (145 days); the log says the step after the plan offer, at least a deadline.
    expect(r.out).toMatch(/^Subject: Payment required by/);
    expect(r.out).toContain('We contacted you by email on 16 July 2026 and 3 August 2026, and by phone on 2 September 2026');
    expect(r.out).toContain('You told us that payment would be made by 15 November 2026');
    // Without the log, no message claims earlier contacts.
    const plain = await remind(['--customer', 'Suzhou Meiya Textiles', '--lang', 'en', '--stage', 'deadline']);
    expect(plain.out).not.toContain('We contacted you');
  });

  it('says why no reminder is due for a case on hold', async () => {
    const r = await remind(['--customer', 'Ningbo Haixing Logistics', '--log', 'examples/collection-log.csv']);
    expect(r.out).toBe('');
    expect(r.err).toContain('no reminder is due as of 2026-12-07: on an instalment plan (agreed 2026-11-20, 1 of 2 paid)');
  });

  it('--record appends one reminder row per message written, dated as-of, with its invoices, stage, channel and balance', async () => {
    const log = freshLog();
    const before = readFileSync(log);
    const r = await remind(['--all', '--log', log, '--record', '--lang', 'en']);
    expect(r.code).toBe(0);
    const added = entries(log).slice(-3);
    expect(readFileSync(log).subarray(0, before.length)).toEqual(before);
    expect(added.map((e) => [e.date, e.customer, e.action, e.stage, e.channel, e.invoices.join(';'), e.amount])).toEqual([
      ['2026-12-07', 'Suzhou Meiya Textiles', 'reminder', 'deadline', 'email', 'INV-2026-0412;INV-2026-0498', { minor: 14560000, currency: 'CNY' }],
      ['2026-12-07', 'Bristol Print Works Ltd', 'reminder', 'payment-plan', 'email', 'INV-2026-0520;INV-2026-0547', { minor: 473050, currency: 'GBP' }],
      ['2026-12-07', 'Shenzhen Qiaotou Foods', 'reminder', 'friendly', 'email', 'INV-2026-0601', { minor: 1500000, currency: 'CNY' }],
    ]);
    // The log now knows: the same run on the same day has nothing left to send, and adds nothing.
    const count = entries(log).length;
    const again = await remind(['--all', '--log', log, '--record', '--lang', 'en']);
    expect(again.out).toBe('');
    expect(entries(log)).toHaveLength(count);
    expect(again.err).toContain('Suzhou Meiya Textiles: no reminder is due as of 2026-12-07');
  });

  it('records .eml drafts written with --all, and nothing for a message that could not be written', async () => {
    const log = freshLog();
    const x = fakeIo({ today: '2026-12-07' });
    expect(await main(['remind', LEDGER, '--as-of', '2026-12-07', '--all', '--format', 'eml', '--out', 'drafts', '--log', log, '--record'], x)).toBe(0);
    expect(Object.keys(x.written).sort()).toEqual(['drafts/Bristol-Print-Works-Ltd.eml', 'drafts/Shenzhen-Qiaotou-Foods.eml', 'drafts/Suzhou-Meiya-Textiles.eml']);
    const draft = await PostalMime.parse(x.written['drafts/Shenzhen-Qiaotou-Foods.eml'] ?? '');
    expect(draft.subject).toContain('INV-2026-0601');
    expect(entries(log).filter((e) => e.date === '2026-12-07').map((e) => e.customer).sort()).toEqual(['Bristol Print Works Ltd', 'Shenzhen Qiaotou Foods', 'Suzhou Meiya Textiles']);
    // A draft that cannot be written (a full disk): no row.
    const failing = fakeIo({ today: '2026-12-07' });
    failing.openOutput = (path) => ({
      ok: true,
      value: { path: path ?? '-', write() { throw Object.assign(new Error('no space'), { code: 'ENOSPC', syscall: 'write' }); }, commit() {}, abort() {}, close() {} },
    });
    const log2 = freshLog();
    const before = readFileSync(log2);
    const code = await main(['remind', LEDGER, '--as-of', '2026-12-07', '--customer', 'Shenzhen Qiaotou Foods', '--format', 'eml', '--out', 'drafts', '--log', log2, '--record'], failing);
    expect(code).toBe(1);
    expect(failing.err).toContain('the disk is full');
    expect(readFileSync(log2)).toEqual(before);
  });

  it('--record needs --log', async () => {
    const r = await remind(['--all', '--record']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--log');
  });

  it('creates the log on the first recorded reminder', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'dunning-new-')), 'log.csv');
    const r = await remind(['--customer', 'Shenzhen Qiaotou Foods', '--log', log, '--record']);
    expect(r.code).toBe(0);
    const text = readFileSync(log, 'utf8');
    expect(text.startsWith(`\uFEFF${LOG_COLUMNS.join(',')}\r\n2026-12-07,Shenzhen Qiaotou Foods,INV-2026-0601,reminder,friendly,email,15000.00,CNY,`)).toBe(true);
  });
});
