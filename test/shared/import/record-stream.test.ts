import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createRecordStream, type BrokenQuote } from '../../../shared/import/record-stream.ts';

interface Rec { fields: string[]; row: number; span: number; broken?: BrokenQuote }

/** Streams `text` in pieces cut at `cuts` and collects the records. */
function records(text: string, delimiter: string, counts: number[], cuts: number[] = []): { recs: Rec[]; lines: number } {
  const recs: Rec[] = [];
  const stream = createRecordStream(delimiter, (fields, row, span, broken) => {
    recs.push(broken ? { fields, row, span, broken } : { fields, row, span });
  }, counts);
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    if (cut > at && cut < text.length) {
      stream.push(text.slice(at, cut));
      at = cut;
    }
  }
  stream.push(text.slice(at));
  stream.end();
  return { recs, lines: stream.lines };
}

const field = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'B', '1', ' ', '.', '-', '¥', '合') , maxLength: 8 }),
  // Quoted on the way out when it holds a delimiter, a quote or a line break.
  fc.string({ unit: fc.constantFrom('a', ',', ';', '"', '\n', ' ', '1'), maxLength: 8 }),
);

function writeCsv(rows: string[][], delimiter: string): string {
  return rows.map((r) => r.map((f) => (/[",;\t\n]/.test(f) || f.startsWith(' ') ? `"${f.replace(/"/g, '""')}"` : f)).join(delimiter)).join('\n') + '\n';
}

describe('the record stream', () => {
  it('gives the records papaparse gives for well-formed CSV, wherever the text is cut (the table\'s width not yet known)', () => {
    fc.assert(fc.property(
      fc.constantFrom(',', ';', '\t'), fc.integer({ min: 2, max: 6 }).chain((w) => fc.array(fc.array(field, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 12 })),
      fc.array(fc.nat({ max: 400 }), { maxLength: 5 }),
      (delimiter, rows, cuts) => {
        const text = writeCsv(rows, delimiter);
        const expected = Papa.parse<string[]>(text.slice(0, -1), { delimiter, newline: '\n' }).data;
        const got = records(text, delimiter, [], cuts);
        expect(got.recs.map((r) => r.fields)).toEqual(expected);
        expect(got.recs.every((r) => r.broken === undefined)).toBe(true);
        // Rows number physical lines: each record starts where the lines of those before it end.
        let row = 1;
        for (const r of got.recs) {
          expect(r.row).toBe(row);
          row += r.span;
        }
        expect(got.lines).toBe(text.split('\n').length - 1);
      },
    ), { numRuns: 300 });
  });

  it.each<[string, string, Rec[]]>([
    ['a quote that opens a field and is never closed',
      'a,b,c\n"x,y,z\nd,e,f\n',
      [{ fields: ['a', 'b', 'c'], row: 1, span: 1 }, { fields: [], row: 2, span: 1, broken: { field: 0, text: '"x,y,z' } }, { fields: ['d', 'e', 'f'], row: 3, span: 1 }]],
    ['a quote closed by a quote followed by text',
      'a,b,c\n"Big" Ben,y,z\nd,e,f\n',
      [{ fields: ['a', 'b', 'c'], row: 1, span: 1 }, { fields: [], row: 2, span: 1, broken: { field: 0, text: '"Big" Ben,y,z' } }, { fields: ['d', 'e', 'f'], row: 3, span: 1 }]],
    ['lines the broken field ran over that are not rows join it',
      'a,b,c\nx,"note\nmore note\nd,e,f\n',
      [{ fields: ['a', 'b', 'c'], row: 1, span: 1 }, { fields: ['x'], row: 2, span: 2, broken: { field: 1, text: '"note' } }, { fields: ['d', 'e', 'f'], row: 4, span: 1 }]],
    ['a field closed lines later by another stray quote, over whole rows',
      'a,b,c,d\nx,"y,z,w\nd,e,f,g\ng,h",i,j\n',
      [{ fields: ['a', 'b', 'c', 'd'], row: 1, span: 1 }, { fields: ['x'], row: 2, span: 1, broken: { field: 1, text: '"y,z,w' } },
        { fields: ['d', 'e', 'f', 'g'], row: 3, span: 1 }, { fields: ['g', 'h"', 'i', 'j'], row: 4, span: 1 }]],
    ['a real multi-line cell keeps its lines',
      'a,b,c\nx,"line one\nline two",z\nd,e,f\n',
      [{ fields: ['a', 'b', 'c'], row: 1, span: 1 }, { fields: ['x', 'line one\nline two', 'z'], row: 2, span: 2 }, { fields: ['d', 'e', 'f'], row: 4, span: 1 }]],
    ['a quote inside an unquoted field is text',
      'a,b,c\nO"Brien,y,z\n',
      [{ fields: ['a', 'b', 'c'], row: 1, span: 1 }, { fields: ['O"Brien', 'y', 'z'], row: 2, span: 1 }]],
    ['an unclosed quote on the last line, and an empty last line',
      'a,b,c\n"x\n\n',
      [{ fields: ['a', 'b', 'c'], row: 1, span: 1 }, { fields: [], row: 2, span: 1, broken: { field: 0, text: '"x' } }, { fields: [''], row: 3, span: 1 }]],
  ])('%s', (_name, text, expected) => {
    const width = text.split('\n')[0]?.split(',').length ?? 0;
    for (const cuts of [[], [1], [7, 8, 9], [text.length - 2]]) {
      expect(records(text, ',', [width], cuts).recs).toEqual(expected);
    }
  });

  it('a line break in a key column (invoice number, amount, date) is a stray quote\'s doing; in a note it is kept', () => {
    const text = 'Customer,Invoice,Amount,Notes\nAcme,"INV-1\nBeta",100.00,x\nGamma,INV-3,300.00,"call\nfirst"\n';
    const recs: Rec[] = [];
    const stream = createRecordStream(',', (fields, row, span, broken) => recs.push(broken ? { fields, row, span, broken } : { fields, row, span }));
    stream.setFieldCounts([4], [1, 2]);
    stream.push(text);
    stream.end();
    expect(recs).toEqual([
      { fields: ['Customer', 'Invoice', 'Amount', 'Notes'], row: 1, span: 1 },
      { fields: ['Acme'], row: 2, span: 2, broken: { field: 1, text: '"INV-1' } },
      { fields: ['Gamma', 'INV-3', '300.00', 'call\nfirst'], row: 4, span: 2 },
    ]);
  });

  it('reads any text once: a quote on every line is still linear (each line broken on its own)', () => {
    const n = 20_000;
    const text = Array.from({ length: n }, (_, i) => `"row ${i},x,y`).join('\n') + '\n';
    const got = records(text, ',', [3]);
    expect(got.lines).toBe(n);
    expect(got.recs).toHaveLength(n);
    expect(got.recs.every((r) => r.broken !== undefined && r.span === 1)).toBe(true);
  });
});
