import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { restoreFormulaText } from '../../shared/neutralise-formula.ts';
import { fakeIo } from './fake-io.ts';
import { runDunning } from './run-dunning.ts';

// Customer names and cells are data: whatever control or bidi characters they hold, a terminal
// shows them escaped and never acts on them; a CSV cell never becomes a formula.
// eslint-disable-next-line no-control-regex -- control characters are what the test looks for
const ACTED_ON = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const HOSTILE = [
  'Customer,Invoice,Amount,Due date,Email',
  '"Evil\x1b[2J\x1b[31mCorp",INV-1,100.00,2026-10-31,a@b.example',
  '"Bidi \u202Eexe.txt",INV-2,200.00,2026-09-30,c@d.example',
  '"C1 \u009b31m Ltd",INV-\x07\x08,300.00,2026-08-31,e@f.example',
  `"Acme;=cmd|' /C calc'!A0;",INV-4,400.00,2026-07-31,g@h.example`,
  'Bad Amount Ltd,INV-5,\x1b[5m12,2026-07-31,x@y.example',
  '',
].join('\r\n');

function run(args: string[]) {
  const io = fakeIo({ files: { 'hostile.csv': HOSTILE } });
  return main(args, io).then((code) => ({ code, io }));
}

describe('terminal output shows control and bidi characters escaped', () => {
  it('the invoice table, its rejected rows and its notes', async () => {
    const { code, io } = await run(['report', 'hostile.csv', '--as-of', '2026-11-22']);
    expect(code).toBe(0);
    expect(ACTED_ON.test(io.out)).toBe(false);
    expect(io.out).toContain('Evil\\x1b[2J\\x1b[31mCorp');
    expect(io.out).toContain('Bidi \\u202eexe.txt');
    expect(io.out).toContain('C1 \\x9b31m Ltd');
    expect(io.out).toContain('INV-\\x07\\x08');
    expect(io.out).toMatch(/row 6, amount "\\x1b\[5m12"/);
  });

  it('the customers table', async () => {
    const { io } = await run(['report', 'hostile.csv', '--as-of', '2026-11-22', '--view', 'customers']);
    expect(ACTED_ON.test(io.out)).toBe(false);
    expect(io.out).toContain('Evil\\x1b[2J\\x1b[31mCorp');
  });

  it('remind text on stdout', async () => {
    const { code, io } = await run(['remind', 'hostile.csv', '--all', '--stage', 'friendly', '--as-of', '2026-11-22', '--lang', 'en']);
    expect(code).toBe(0);
    expect(io.out).toContain('Evil\\x1b[2J\\x1b[31mCorp');
    expect(ACTED_ON.test(io.out)).toBe(false);
    expect(ACTED_ON.test(io.err)).toBe(false);
  });

  it('JSON keeps every value exactly and writes bidi and C1 characters as \\u escapes', async () => {
    const { io } = await run(['report', 'hostile.csv', '--as-of', '2026-11-22', '--format', 'json']);
    expect(ACTED_ON.test(io.out.replace(/\n/g, ''))).toBe(false);
    const names = (JSON.parse(io.out) as { receivables: Array<{ customer: string }> }).receivables.map((r) => r.customer);
    expect(names).toContain('Bidi \u202Eexe.txt');
    expect(names).toContain('C1 \u009b31m Ltd');
  });

  it('stderr of the real command, whatever a file name or a header holds', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dunning-tty-'));
    try {
      writeFileSync(join(dir, 'hostile.csv'), HOSTILE);
      const r = runDunning(['report', 'hostile.csv', '--format', 'csv', '--as-of', '2026-11-22', '--map', 'phone=\x1b]0;owned\x07'], { cwd: dir });
      expect(r.status).toBe(0);
      expect(r.stderr).toContain('\\x1b]0;owned\\x07');
      expect(ACTED_ON.test(r.stderr)).toBe(false);
      const missing = runDunning(['report', 'no\x1b[2Jsuch.csv'], { cwd: dir });
      expect(missing.status).toBe(1);
      expect(missing.stderr).toBe('dunning report: cannot read no\\x1b[2Jsuch.csv: no such file or folder\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the report CSV of hostile names', () => {
  it('has no cell a semicolon or comma spreadsheet would run, and reads back to the names', async () => {
    const { io } = await run(['report', 'hostile.csv', '--as-of', '2026-11-22', '--format', 'csv', '--out', 'aging.csv']);
    const csv = io.written['aging.csv'] ?? '';
    expect(csv).toContain(`"Acme;'=cmd|' /C calc'!A0;"`);
    for (const separator of [',', ';', '\t']) {
      for (const piece of csv.split(/\r\n|\r|\n/).flatMap((l) => l.split(separator))) expect(piece).not.toMatch(/^[\s"]*[=+@]/);
    }
    const rows = Papa.parse<string[]>(csv, { delimiter: ',', newline: '\r\n', skipEmptyLines: true }).data;
    expect(rows.slice(1).map((r) => restoreFormulaText(r[1] ?? ''))).toEqual([
      'Evil\x1b[2J\x1b[31mCorp', 'Bidi \u202Eexe.txt', 'C1 \u009b31m Ltd', "Acme;=cmd|' /C calc'!A0;",
    ]);
    // Amounts stay numbers: bare, never quoted.
    expect(rows[1]?.[5]).toBe('100.00');
    expect(csv.split('\r\n')[1]).toMatch(/,100\.00,0\.00,100\.00,,2026-10-31,\d+,"/);
  });
});
