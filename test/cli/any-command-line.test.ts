import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { fakeIo } from './fake-io.ts';

// Whatever a user types, every command answers with 0, 1 or 2 and a message: never a crash
// (exit 70, "internal error") and never an exception out of main. (`log add` and `--record` append to
// the real disk, past the fake io, so they are tested in log.test.ts and remind-log tests instead.)
const EXPORT = readFileSync('examples/receivables.csv', 'utf8');
const FILES = {
  'ar.csv': EXPORT,
  'empty.csv': '',
  'hostile.csv': 'Customer,Invoice,Amount,Due date\r\n"=cmd|\x1b[2J",INV-1,12.00,2026-10-31\r\n"\u202eX",INV-2,-5,9999-12-31\r\n,,,\r\n"unclosed,INV-3,1,2026-01-01\r\n',
  'rule.json': JSON.stringify({ kind: 'daily-rate', rate: '0.0005' }),
  'bad.json': '{ "kind": "__proto__" }',
  'case.json': JSON.stringify([{ principal: '1000.00', currency: 'CNY', dueDate: '2026-01-31', asOf: '2026-03-02', rule: { kind: 'constructor' } }]),
  'profile.json': JSON.stringify({ company: { name: 'Acme' } }),
  'log.csv': 'Date,Customer,Invoices,Action,Stage,Channel,Amount,Currency,Until,Reason,Note,By\r\n2026-11-02,Acme,,promise,,,100.00,CNY,2026-11-15,,,\r\n',
  '-': '{"principal":"1.00"}',
};
const word = fc.constantFrom(
  'ar.csv', 'empty.csv', 'hostile.csv', 'rule.json', 'bad.json', 'case.json', 'profile.json', 'missing.csv', '-', '', ' ',
  'constructor', '__proto__', 'toString', 'en', 'zh-CN', 'fr', 'csv', 'json', 'table', 'eml', 'html', 'text', 'customers',
  'friendly', 'legal', 'statement', 'auto', 'none', 'uk-late-payment', 'cn-lpr-1.5x', '2026-11-22', '2026-02-30', '9999-12-31',
  '30,60', 'x,y', '0', '61', 'CNY', 'cny', 'XX', 'customer=Name', '=x', 'gbk', 'dmy', 'out/', 'Harrow & Finch Engineering Ltd',
  '\x1b[31m', '\u202e', 'log.csv', 'add', 'list', 'promise', 'reminder',
);
const option = fc.constantFrom(
  '--as-of', '--rule', '--rules', '--format', '--view', '--out', '--buckets', '--encoding', '--date-order', '--map', '--currency',
  '--customer', '--all', '--stage', '--lang', '--tone', '--channel', '--profile', '--locale', '--deadline-days', '--help', '-h',
  '--log', '--since', '--rates', '--calendar', '--jurisdiction', 'add', 'list',
  '--bogus', '--constructor', '--__proto__', '--', '-',
);
const argv = fc.tuple(
  fc.constantFrom('report', 'calc', 'remind', 'clause', 'today', 'rates', 'help', 'nope', 'constructor'),
  fc.array(fc.oneof(word, option, fc.tuple(option, word).map(([o, w]) => `${o}=${w}`)), { maxLength: 8 }),
).map(([command, rest]) => [command, ...rest]);

describe('any command line', () => {
  it('ends in exit 0, 1 or 2 with no crash and no stack trace', async () => {
    await fc.assert(fc.asyncProperty(argv, async (args) => {
      const io = fakeIo({ files: FILES });
      const code = await main(args, io);
      expect([0, 1, 2], `${JSON.stringify(args)}: ${io.err}`).toContain(code);
      expect(io.err).not.toContain('internal error');
      expect(io.err).not.toMatch(/\n\s+at .+:\d+:\d+/);
      if (code !== 0) expect(io.err.trim()).not.toBe('');
    }), { numRuns: 400 });
  });
});
