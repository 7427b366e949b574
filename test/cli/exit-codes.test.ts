import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDunning, STACK_LINE } from './run-dunning.ts';

// Exit codes are the contract a script or a scheduled job relies on (README, "Exit codes"):
// 0 done, 1 the input could not be used (one plain line on stderr), 2 a mistake on the
// command line (naming the option). Run as a real process: the contract is the process.
const dir = mkdtempSync(join(tmpdir(), 'dunning-exit-'));
beforeAll(() => {
  writeFileSync(join(dir, 'empty.csv'), '');
  writeFileSync(join(dir, 'binary.csv'), Uint8Array.from({ length: 4000 }, (_, i) => (i * 131 + 7) & 0xff));
  writeFileSync(join(dir, 'all-bad.csv'), 'Customer,Invoice,Amount,Due date\r\nAcme,INV-1,abc,2026-10-31\r\nBeta,INV-2,,2026-10-31\r\n');
  writeFileSync(join(dir, 'prose.txt'), 'Dear Sir,\nplease find our invoices attached.\nRegards\n');
  writeFileSync(join(dir, 'rule-bad.json'), '{ "kind": "daily-rate", "rate": "five" }');
  writeFileSync(join(dir, 'not-json.json'), 'kind=daily-rate');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const example = join(process.cwd(), 'examples', 'receivables.csv');

describe('exit code 1: the input could not be used, said in one line', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['an empty export', ['report', 'empty.csv'], /^dunning report: empty\.csv is empty: there is nothing to read$/],
    ['a file that is not there', ['report', 'missing.csv', '--format', 'json'], /^dunning report: cannot read missing\.csv: no such file or folder$/],
    ['a folder as the export', ['report', '.'], /^dunning report: cannot read \.: it is a folder, not a file$/],
    ['binary data', ['report', 'binary.csv', '--format', 'csv'], /^dunning report: no invoices read from binary\.csv: /],
    ['a letter, not an export', ['report', 'prose.txt'], /^dunning report: no invoices read from prose\.txt: no header row found/],
    ['every row rejected', ['report', 'all-bad.csv', '--format', 'json'], /^dunning report: every data row of all-bad\.csv was rejected \(2; the first: rejected row 2, amount "abc": /],
    ['remind on an empty export', ['remind', 'empty.csv', '--all'], /^dunning remind: empty\.csv is empty: there is nothing to read; no reminders written$/],
    ['remind on every row rejected', ['remind', 'all-bad.csv', '--all'], /^dunning remind: every data row of all-bad\.csv was rejected/],
    ['remind on a file that is not there', ['remind', 'missing.csv', '--all'], /^dunning remind: cannot read missing\.csv: no such file or folder$/],
    ['a rule file with a bad rate', ['report', example, '--rules', 'rule-bad.json'], /^dunning report: --rules: rule-bad\.json: rate: .*"five"$/],
    ['a rule file that is not JSON', ['clause', '--rules', 'not-json.json', '--lang', 'en'], /^dunning clause: --rules: not-json\.json is not JSON: /],
    ['a profile that is not there', ['remind', example, '--all', '--profile', 'nope.json'], /^dunning remind: --profile: cannot read nope\.json: no such file or folder$/],
    ['calc input that is not JSON', ['calc', 'not-json.json'], /^dunning calc: input: not JSON: /],
  ];
  it.each(cases)('%s', (_, args, message) => {
    const r = runDunning([...args, ...(args[0] === 'calc' || args[0] === 'clause' ? [] : ['--as-of', '2026-11-22'])], { cwd: dir });
    expect(r.status, r.stderr).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('dunning '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });

  it('the report with every row rejected is still written: it says which rows and why', () => {
    const r = runDunning(['report', 'all-bad.csv', '--format', 'json', '--as-of', '2026-11-22'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).rejected).toHaveLength(2);
  });
});

describe('exit code 2: a mistake on the command line, naming the option', () => {
  const cases: Array<[string[], string]> = [
    [['calc', '--bogus'], 'dunning calc: unknown option --bogus'],
    [['calc', '--rule', 'x'], 'dunning calc: unknown option --rule'],
    [['report', example, '--fromat', 'csv'], 'dunning report: unknown option --fromat'],
    [['report', example, '--format', 'xlsx'], 'dunning report: --format must be table, csv or json; got "xlsx"'],
    [['report', example, '--as-of', '31/12/2026'], 'dunning report: --as-of must be a date written YYYY-MM-DD; got "31/12/2026"'],
    [['report', example, '--as-of', '9999-12-31'], 'dunning report: --as-of must be a date from 1900-01-01 to 2199-12-31'],
    [['report', example, '--out'], 'dunning report: --out needs a value'],
    [['report', example, '--encoding', 'ebcdic'], 'dunning report: --encoding must be one of'],
    [['report', example, '--buckets', '30,abc'], 'dunning report: --buckets'],
    [['report', example, 'second.csv'], 'dunning report: give one receivables file (or - for stdin); "second.csv" is one too many'],
    [['remind', example, '--all', '--tone', 'angry'], 'dunning remind: --tone must be warm, neutral or firm; got "angry"'],
    [['remind', example, '--all', '--deadline-days', '0'], 'dunning remind: --deadline-days must be a whole number from 1 to 60; got "0"'],
    [['clause', '--rule', 'uk-late-payment', '--lang', 'fr'], 'dunning clause: --lang must be zh-CN or en; got "fr"'],
    [['clause', '--rule', 'toString', '--lang', 'en'], 'dunning clause: --rule: unknown rule preset "toString"'],
    [['frobnicate'], 'dunning: unknown command "frobnicate"'],
  ];
  it.each(cases)('%j', (args, message) => {
    const r = runDunning(args, { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain(message);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stdout).toBe('');
  });
});
