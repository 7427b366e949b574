import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvRecord, csvTextCell, csvValueCell } from '../../shared/csv-cell.ts';
import { neutraliseFormula, restoreFormulaText } from '../../shared/neutralise-formula.ts';

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+1-2', `'+1-2`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    // A semicolon Excel (most of Europe) splits a comma file at `;`, whatever the quotes say.
    ["Acme;=cmd|' /C calc'!A0;", "Acme;'=cmd|' /C calc'!A0;"],
    ['Acme,=1+2', "Acme,'=1+2"],
    ['Acme\t@SUM(1)', "Acme\t'@SUM(1)"],
    ['line one\n-1+2', "line one\n'-1+2"],
    ['cr\r+1', "cr\r'+1"],
    ['  =1+2', "'  =1+2"],
    ['a; "=1+2', `a;' "=1+2`],
    ["'=1+2", "''=1+2"],
    ["''+y", "'''+y"],
    ["a;' -x", "a;'' -x"],
    ["'t Hooft", "'t Hooft"],
    ["O'Brien; 'x", "O'Brien; 'x"],
    ['Suzhou Meiya Textiles', 'Suzhou Meiya Textiles'],
    ['Müller, Söhne & Co.', 'Müller, Söhne & Co.'],
    ['a=b', 'a=b'],
    ['INV-001;INV-002', 'INV-001;INV-002'],
    ['', ''],
  ])('makes %j safe', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
    expect(restoreFormulaText(expected)).toBe(input);
  });
});

// Text biased towards what breaks CSVs: separators, quotes, formula characters, spaces.
const hostileText = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(',', ';', '\t', '\r', '\n', '"', "'", ' ', '=', '+', '-', '@', '|', '!') },
    { weight: 2, arbitrary: fc.constantFrom('a', 'Z', '0', '9', '.', '(', ')', '中', 'é') },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  ),
  maxLength: 30,
});

/** Whether a spreadsheet would take a cell as a formula: after blanks and quotes, = + - or @. */
function runsAsFormula(cell: string): boolean {
  return /^[\s"]*[=+\-@]/.test(cell);
}

describe('CSV text cells under any list separator (property)', () => {
  it('no cell is a formula, however a spreadsheet splits the line: , ; or tab, quotes honoured or not', () => {
    fc.assert(fc.property(fc.array(hostileText, { minLength: 1, maxLength: 5 }), (texts) => {
      const line = csvRecord(texts.map(csvTextCell));
      for (const separator of [',', ';', '\t']) {
        // Quotes ignored: the worst a program can do with a file whose separator it mistook.
        for (const piece of line.split(/\r\n|\r|\n/).flatMap((l) => l.split(separator))) {
          expect(runsAsFormula(piece), `${JSON.stringify(piece)} of ${JSON.stringify(line)} split at ${JSON.stringify(separator)}`).toBe(false);
        }
        // Quotes honoured (papaparse as a careful reader with this separator).
        for (const row of Papa.parse<string[]>(line, { delimiter: separator, newline: '\r\n' }).data) {
          for (const cell of row) expect(runsAsFormula(cell), JSON.stringify(cell)).toBe(false);
        }
      }
    }));
  });

  it('round-trips: papaparse reads back the neutralised text, and restoreFormulaText gives the original', () => {
    fc.assert(fc.property(fc.array(hostileText, { minLength: 2, maxLength: 6 }), (texts) => {
      const parsed = Papa.parse<string[]>(csvRecord(texts.map(csvTextCell)), { delimiter: ',', newline: '\r\n' }).data[0] ?? [];
      expect(parsed).toEqual(texts.map(neutraliseFormula));
      expect(parsed.map(restoreFormulaText)).toEqual(texts);
    }));
  });

  it('leaves text alone that has no separator and no formula start', () => {
    fc.assert(fc.property(hostileText.filter((t) => !/[,;\t\r\n]/.test(t) && !/^[ "']*[=+\-@]/.test(t)), (t) => {
      expect(neutraliseFormula(t)).toBe(t);
    }));
  });
});

describe('csvValueCell', () => {
  it.each([
    ['12000.00', '12000.00'],
    ['-0.50', '-0.50'],
    ['83', '83'],
    ['2026-08-31', '2026-08-31'],
    ['', ''],
    ['-1+2', `"'-1+2"`],
    ['=1', `"'=1"`],
    ['12,00', '"12,00"'],
  ])('writes %j as %s (numbers and dates bare, anything else as text)', (input, expected) => {
    expect(csvValueCell(input)).toBe(expected);
  });
});
