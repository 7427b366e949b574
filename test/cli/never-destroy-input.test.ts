import { closeSync, linkSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateExport } from '../bench/generate-export.ts';
import { runDunning, STACK_LINE, startDunning } from './run-dunning.ts';

// The real command on the real file system: whatever the user types, the export survives.
const dir = mkdtempSync(join(tmpdir(), 'dunning-input-'));
const EXPORT = readFileSync('examples/receivables.csv');
const ar = join(dir, 'ar.csv');
beforeAll(() => {
  writeFileSync(ar, EXPORT);
  linkSync(ar, join(dir, 'hard.csv'));
  symlinkSync(ar, join(dir, 'link.csv'));
  writeFileSync(join(dir, 'rule.json'), JSON.stringify({ kind: 'daily-rate', rate: '0.0005' }));
  mkdirSync(join(dir, 'reports'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectUntouched(): void {
  expect(readFileSync(ar)).toEqual(EXPORT);
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
}

describe('dunning never writes over its input', () => {
  const cases: Array<[string, string[]]> = [
    ['report --out the export', ['report', 'ar.csv', '--format', 'csv', '--out', 'ar.csv']],
    ['report --out ./ the export', ['report', 'ar.csv', '--format', 'json', '--out', './ar.csv']],
    ['report --out a hard link to it', ['report', 'ar.csv', '--format', 'csv', '--out', 'hard.csv']],
    ['report --out a symbolic link to it', ['report', 'ar.csv', '--out', 'link.csv']],
    ['report --out the export by its full path', ['report', 'ar.csv', '--view', 'customers', '--format', 'csv', '--out', ar]],
    ['report --out the rule file', ['report', 'ar.csv', '--rules', 'rule.json', '--out', 'rule.json']],
    ['report of the hard link --out the export', ['report', 'hard.csv', '--format', 'csv', '--out', 'ar.csv']],
  ];
  it.each(cases)('%s: exit 2, the option named, the file as it was', (_, args) => {
    const rule = readFileSync(join(dir, 'rule.json'), 'utf8');
    const r = runDunning([...args, '--as-of', '2026-11-22'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^dunning report: --out .* is the input file.*: dunning never writes over its input; give another file name\n/);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stdout).toBe('');
    expectUntouched();
    expect(readFileSync(join(dir, 'rule.json'), 'utf8')).toBe(rule);
  });

  it('report - (stdin) --out the file stdin reads', () => {
    const fd = openSync(ar, 'r');
    const r = runDunning(['report', '-', '--format', 'csv', '--out', 'ar.csv'], { cwd: dir, stdio: [fd, 'pipe', 'pipe'] });
    closeSync(fd);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--out ar.csv is the input file (the file read on standard input)');
    expectUntouched();
  });

  it('report with stdout appended to the export (>> ar.csv)', () => {
    const fd = openSync(ar, 'a');
    const r = runDunning(['report', 'ar.csv', '--format', 'csv'], { cwd: dir, stdio: ['ignore', fd, 'pipe'] });
    closeSync(fd);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('standard output is the input file ar.csv (redirected with > or >>)');
    expectUntouched();
  });

  it('remind --format eml into the folder of the export writes drafts, never over the export', () => {
    const r = runDunning(['remind', 'ar.csv', '--all', '--format', 'eml', '--out', '.', '--as-of', '2026-11-22'], { cwd: dir });
    expect(r.status).toBe(0);
    expectUntouched();
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.eml'))) rmSync(join(dir, f));
  });
});

describe('an --out that cannot be one gets a plain message, never a stack trace', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['report --out a folder', ['report', 'ar.csv', '--out', 'reports'], /^dunning report: --out reports is a folder: give a file name, such as reports\/report\.csv\n/],
    ['report --out a folder not made yet', ['report', 'ar.csv', '--format', 'json', '--out', 'new/'], /^dunning report: --out new\/ names a folder: give a file name/],
    ['report --out inside a file', ['report', 'ar.csv', '--out', 'ar.csv/x.csv'], /^dunning report: --out ar\.csv\/x\.csv: cannot write there: a part of the path is a file, not a folder\n/],
    ['remind --out an existing file', ['remind', 'ar.csv', '--all', '--out', 'rule.json'], /^dunning remind: --out rule\.json is a file: remind writes one file per customer into a folder/],
    ['remind --format eml --out an existing file', ['remind', 'ar.csv', '--all', '--format', 'eml', '--out', 'ar.csv'], /^dunning remind: --out ar\.csv is a file/],
  ];
  it.each(cases)('%s', (_, args, message) => {
    const r = runDunning([...args, '--as-of', '2026-11-22'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expectUntouched();
  });
});

describe('an interrupted report leaves no half file', () => {
  it('Ctrl+C while the CSV is being written: the old report stays whole, the temporary file goes', async () => {
    const big = join(dir, 'big.csv');
    generateExport(big, 300_000);
    const target = join(dir, 'reports', 'aging.csv');
    writeFileSync(target, 'yesterday\'s report\n');
    const child = startDunning(['report', big, '--format', 'csv', '--out', target, '--as-of', '2026-11-22'], dir);
    // Wait until the temporary file exists (the report is under way), then interrupt.
    const started = Date.now();
    while (!readdirSync(join(dir, 'reports')).some((f) => f.endsWith('.tmp')) && Date.now() - started < 20_000) {
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill('SIGINT');
    const [code, signal] = await new Promise<[number | null, string | null]>((r) => child.on('exit', (c, s) => r([c, s])));
    // Either it was interrupted (by the signal) or it had just finished: never anything between.
    const content = readFileSync(target, 'utf8');
    if (signal === 'SIGINT' || code === 130) expect(content).toBe('yesterday\'s report\n');
    else expect(content.split('\r\n').length).toBe(300_002);
    expect(readdirSync(join(dir, 'reports')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    rmSync(big);
  });
});
