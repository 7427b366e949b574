import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import fc from 'fast-check';
import { csvRecord } from '../../cli/csv-writer.ts';

describe('csvRecord', () => {
  it('quotes only what needs quoting', () => {
    expect(csvRecord(['a', 'b,c', 'say "hi"', 'two\nlines', ''])).toBe('a,"b,c","say ""hi""","two\nlines",\r\n');
  });
  it('round-trips any fields through papaparse', () => {
    fc.assert(fc.property(fc.array(fc.string(), { minLength: 2, maxLength: 6 }), (fields) => {
      const parsed = Papa.parse<string[]>(csvRecord(fields), { newline: '\r\n', delimiter: ',' }).data[0];
      expect(parsed).toEqual(fields);
    }));
  });
});
