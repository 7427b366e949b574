import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importReceivables, type ImportResult } from '../../../shared/import/index.ts';
import { summarize } from './summarize.ts';

/**
 * Property tests over generated exports and their corruptions (issue 10): the importer never
 * throws, accounts for every physical line exactly once (`row…lastRow`), and a line corrupted
 * in any of the ways real exports are leaves every other line's result as it was.
 */

const NAMES = ['Northwind Traders', 'Müller & Söhne GmbH', 'José Peña S.L.', '苏州美雅纺织有限公司', 'Zoë Ærøskøbing ApS',
  'Initech, Inc.', 'Łódź Meble', 'Bristol Print Works Ltd', 'Café de la Gare', 'Kleinmann Maschinenbau GmbH'];
const HEADER = ['Customer', 'Invoice No', 'Invoice Date', 'Due Date', 'Currency', 'Amount', 'Paid', 'Notes'];

/**
 * A clean ledger: unique invoice numbers of one width (a cut one never equals another), ISO
 * dates (no day/month order to decide), amounts with cents (each proves the decimal point),
 * and UTF-8 text on every line.
 */
const ledger = fc.array(fc.record({
  name: fc.constantFrom(...NAMES),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  cents: fc.integer({ min: -100_000, max: 100_000_000 }),
  paid: fc.integer({ min: 0, max: 100 }),
  currency: fc.constantFrom('EUR', 'USD', 'CNY', 'GBP'),
  // Every line has some UTF-8: one foreign byte never outvotes the file's encoding (a file of
  // one accented name and one Latin-1 byte is a tie no rule can read right).
  note: fc.constantFrom('Tür 3', 'ring Zoë first', '请先电话', 'Gate code 4471 – rear'),
}), { minLength: 3, maxLength: 30 }).map((rows) => rows.map((r, i) => {
  const date = `2026-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')}`;
  const money = (c: number): string => `${c < 0 ? '-' : ''}${Math.floor(Math.abs(c) / 100)}.${String(Math.abs(c) % 100).padStart(2, '0')}`;
  return [r.name, `INV-${String(i + 1).padStart(4, '0')}X`, date, date, r.currency, money(r.cents), money(Math.floor((Math.max(0, r.cents) * r.paid) / 100)), r.note];
}));

function csvLine(cells: readonly string[]): string {
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');
}

const enc = (s: string): number[] => Array.from(new TextEncoder().encode(s));

/** Ways one line of an export is found broken, each keeping the file's line count. */
type Corruption =
  | { kind: 'quote-at-field'; field: number }
  | { kind: 'quote-anywhere'; at: number }
  | { kind: 'delimiter'; to: ';' | '\t' | '|' }
  | { kind: 'latin-1-byte'; at: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'run'; at: number; char: string; length: number }
  | { kind: 'cell'; field: number; text: string };

const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc.record({ kind: fc.constant('quote-at-field' as const), field: fc.nat({ max: 7 }) }),
  fc.record({ kind: fc.constant('quote-anywhere' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delimiter' as const), to: fc.constantFrom(';' as const, '\t' as const, '|' as const) }),
  fc.record({ kind: fc.constant('latin-1-byte' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('run' as const), at: fc.nat(), char: fc.constantFrom(' ', '0', ',', '.', '/', ':', '-', '(', '"', '¥', '\u00a0'), length: fc.integer({ min: 1, max: 3000 }) }),
  fc.record({ kind: fc.constant('cell' as const), field: fc.nat({ max: 7 }), text: fc.constantFrom('9999-12-31', '0001-01-01', '(-5.00)', '--5', '-5 CR', '合计', 'Total', '__proto__', 'constructor', '', '1,200.00', '"') }),
);

/** The line's bytes after the corruption (UTF-8 text, one foreign byte at most). */
function corrupt(cells: string[], c: Corruption): number[] {
  const line = csvLine(cells);
  switch (c.kind) {
    case 'quote-at-field': return enc(csvLine(cells.map((v, i) => (i === c.field ? `"${v}` : v))).replace(/^"""/, '"'));
    case 'quote-anywhere': {
      const at = c.at % (line.length + 1);
      return enc(`${line.slice(0, at)}"${line.slice(at)}`);
    }
    case 'delimiter': return enc(cells.join(c.to));
    case 'latin-1-byte': {
      const at = c.at % (line.length + 1);
      return [...enc(line.slice(0, at)), 0xe9, ...enc(line.slice(at))];
    }
    case 'truncate': return enc(line.slice(0, c.at % (line.length + 1)));
    case 'run': {
      const at = c.at % (line.length + 1);
      return enc(`${line.slice(0, at)}${c.char.repeat(c.length)}${line.slice(at)}`);
    }
    case 'cell': return enc(cells.map((v, i) => (i === c.field ? c.text : v)).map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(','));
  }
}

function file(lines: number[][]): Uint8Array {
  const out: number[] = [];
  for (const l of lines) out.push(...l, 0x0d, 0x0a);
  return Uint8Array.from(out);
}

/** Every line 1..lines is in exactly one entry's row…lastRow. */
function expectEveryLineOnce(r: ImportResult, lines: number): void {
  expect(r.source.lines).toBe(lines);
  const seen = new Uint8Array(lines + 2);
  for (const e of [...r.receivables, ...r.rejected, ...r.skipped]) {
    for (let row = e.row; row <= (e.lastRow ?? e.row); row++) seen[row] = (seen[row] ?? 0) + 1;
  }
  for (let row = 1; row <= lines; row++) expect(seen[row], `line ${row}`).toBe(1);
  expect(r.source.warnings?.some((w) => w.startsWith('import stopped early')) ?? false).toBe(false);
}

/** The results of lines other than `line`, as readable strings. */
function othersThan(r: ImportResult, line: number): ReturnType<typeof summarize> {
  const not = <T extends { row: number; lastRow?: number }>(e: T): boolean => !(e.row <= line && line <= (e.lastRow ?? e.row));
  return summarize({ ...r, receivables: r.receivables.filter(not), rejected: r.rejected.filter(not), skipped: r.skipped.filter(not) });
}

describe('the importer on generated and corrupted exports', () => {
  it('corrupting one line never changes what any other line gives, and every line is accounted for', () => {
    fc.assert(fc.property(ledger, fc.nat(), corruption, (rows, which, c) => {
      const clean = [enc(csvLine(HEADER)), ...rows.map((r) => enc(csvLine(r)))];
      const k = 1 + (which % rows.length); // a data line (0-based index into `clean`)
      const broken = clean.map((l, i) => (i === k ? corrupt(rows[k - 1] as string[], c) : l));
      const before = importReceivables(file(clean));
      const after = importReceivables(file(broken));
      expectEveryLineOnce(before, clean.length);
      expectEveryLineOnce(after, broken.length);
      expect(othersThan(after, k + 1)).toEqual(othersThan(before, k + 1));
    }), { numRuns: 600 });
  });

  it('an invoice whose record spans lines (a note with line breaks) has row and lastRow of exactly those lines', () => {
    const note = fc.array(fc.constantFrom('Tür 3', 'ring first', '请先电话', ''), { minLength: 1, maxLength: 4 }).map((parts) => parts.join('\n'));
    fc.assert(fc.property(ledger, fc.array(note, { minLength: 30, maxLength: 30 }), fc.constantFrom('\n', '\r\n'), (rows, notes, eol) => {
      const records = rows.map((r, i) => csvLine(r.map((v, k) => (k === 7 ? (notes[i] as string) : v))));
      const text = [csvLine(HEADER), ...records].join(eol) + eol;
      const r = importReceivables(new TextEncoder().encode(text));
      let line = 2;
      const expected = records.map((rec) => {
        const span = rec.split('\n').length;
        const e = span > 1 ? `${line}-${line + span - 1}` : `${line}`;
        line += span;
        return e;
      });
      expect(r.receivables.map((x) => (x.lastRow ? `${x.row}-${x.lastRow}` : `${x.row}`))).toEqual(expected);
      expectEveryLineOnce(r, line - 1);
    }), { numRuns: 200 });
  });

  it('long runs of blanks, digits and separators in every kind of field never throw and lose no line', () => {
    const run = fc.tuple(fc.constantFrom(' ', '0', '9', ',', '.', '/', '-', ':', '(', ')', '"', '¥', 'T', '合', '\u3000', 'e', '\t'), fc.integer({ min: 1, max: 5000 }))
      .map(([ch, n]) => ch.repeat(n));
    const cell = fc.oneof(run, fc.constantFrom('2026-09-01', '100.00', 'Acme', 'INV-1', 'USD', 'Net 30', ''), fc.tuple(run, run).map(([a, b]) => `${a}1${b}`));
    fc.assert(fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 9 }), { minLength: 1, maxLength: 6 }), (rows) => {
      const text = ['Customer,Invoice No,Invoice Date,Due Date,Terms,Currency,Amount,Paid,Status', ...rows.map((r) => r.join(','))].join('\n');
      const r = importReceivables(new TextEncoder().encode(text));
      // As a text editor counts: a final line break starts no new line.
      const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
      expectEveryLineOnce(r, /(\r\n|\r|\n)$/.test(text) ? breaks : breaks + 1);
    }), { numRuns: 150 });
  });
});
