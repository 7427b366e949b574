import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createImporter, type ImportResult, type Receivable, type RejectedRow, type SkippedRow } from '../../../shared/import/index.ts';
import { FIXTURES } from '../../fixtures/exports/make-fixtures.ts';

const dir = join(import.meta.dirname, '../../fixtures/exports');
const exportsBytes = FIXTURES.map((f) => new Uint8Array(readFileSync(join(dir, f.file))));

/** Streams `bytes` in pieces cut at `cuts`; returns the result or the exception. */
function run(bytes: Uint8Array, cuts: number[]): ImportResult {
  const receivables: Receivable[] = [];
  const rejected: RejectedRow[] = [];
  const skipped: SkippedRow[] = [];
  const importer = createImporter({}, {
    receivable: (r) => receivables.push(r),
    rejected: (r) => rejected.push(r),
    skipped: (s) => skipped.push(s),
  });
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const to = Math.min(bytes.length, cut);
    if (to > at) importer.push(bytes.subarray(at, to));
    at = Math.max(at, to);
  }
  importer.push(bytes.subarray(at));
  return { receivables, rejected, skipped, source: importer.end() };
}

/** Physical lines of the text as a text editor counts them (CRLF, CR, LF; a final break starts no line). */
function editorLines(bytes: Uint8Array, encoding: string): number {
  const label = encoding === 'gbk' ? 'gb18030' : encoding;
  const text = new TextDecoder(label).decode(bytes);
  if (text.length === 0) return 0;
  const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
  return /(\r\n|\r|\n)$/.test(text) ? breaks : breaks + 1;
}

/** Every line 1..lines is covered exactly once by the entries' row…lastRow ranges. */
function checkAccounting(result: ImportResult, bytes: Uint8Array): void {
  const lines = result.source.lines;
  expect(lines).toBe(editorLines(bytes, result.source.encoding));
  const covered = new Uint8Array(lines + 1);
  for (const e of [...result.receivables, ...result.rejected, ...result.skipped]) {
    for (let row = e.row; row <= (e.lastRow ?? e.row); row++) {
      expect(row).toBeGreaterThanOrEqual(1);
      expect(row).toBeLessThanOrEqual(lines);
      covered[row] = (covered[row] ?? 0) + 1;
    }
  }
  for (let row = 1; row <= lines; row++) expect(covered[row], `line ${row}`).toBe(1);
}

// Mutations a real export suffers: corrupted bytes, lost or repeated lines, stray quotes and delimiters.
type Mutation =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'delete-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'insert'; at: number; text: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('delete-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('"', '""', ',', ';', '\t', '|', '\n', '\r', '\r\n', '"\n"', '*', 'Total', '合计') }),
);

function mutate(source: Uint8Array, mutations: Mutation[]): Uint8Array {
  let bytes = Array.from(source);
  for (const m of mutations) {
    if (bytes.length === 0) break;
    const at = m.at % bytes.length;
    if (m.kind === 'flip') {
      bytes[at] = m.value;
    } else if (m.kind === 'insert') {
      bytes.splice(at, 0, ...new TextEncoder().encode(m.text));
    } else {
      const start = bytes.lastIndexOf(0x0a, at - 1) + 1;
      let end = bytes.indexOf(0x0a, at);
      end = end < 0 ? bytes.length : end + 1;
      const line = bytes.slice(start, end);
      bytes = m.kind === 'delete-line' ? [...bytes.slice(0, start), ...bytes.slice(end)] : [...bytes.slice(0, end), ...line, ...bytes.slice(end)];
    }
  }
  return Uint8Array.from(bytes);
}

describe('the importer on mutated exports', () => {
  it('never throws and accounts for every physical line exactly once', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: exportsBytes.length - 1 }),
        fc.array(mutation, { maxLength: 8 }),
        fc.array(fc.nat({ max: 3000 }), { maxLength: 6 }),
        (which, mutations, cuts) => {
          const bytes = mutate(exportsBytes[which] as Uint8Array, mutations);
          const result = run(bytes, cuts);
          checkAccounting(result, bytes);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('swapping the delimiter of a whole export still accounts for every line', () => {
    fc.assert(
      fc.property(fc.nat({ max: exportsBytes.length - 1 }), fc.constantFrom(';', '\t', '|', ','), (which, delimiter) => {
        const text = new TextDecoder('utf-8').decode(exportsBytes[which]);
        const bytes = new TextEncoder().encode(text.replace(/,/g, delimiter));
        checkAccounting(run(bytes, []), bytes);
      }),
      { numRuns: 60 },
    );
  });

  it('random text never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '1', ',', ';', '"', '\n', '\r', ' ', '.', '/', '-', '¥', '合', 'Total', 'Invoice', 'Customer', 'Amount', 'Due Date') }), (text) => {
        const bytes = new TextEncoder().encode(text);
        checkAccounting(run(bytes, []), bytes);
      }),
      { numRuns: 400 },
    );
  });
});
