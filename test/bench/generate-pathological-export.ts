import { closeSync, openSync, writeSync } from 'node:fs';

// What a broken export puts in a cell: long runs of one character, in every kind of column.
const RUNS = [' ', '0', '9', ',', '.', '/', '-', ':', '(', '"', '\u00a0', '\u3000', 'e', '¥'];

/**
 * Writes an export of `rows` lines whose cells are runs of up to 4,000 blanks, digits and
 * separators (quotes included, so some lines are broken records), between ordinary lines: the
 * shape of input that made a date cell take 20 s before issue 10. Deterministic. Returns its size.
 */
export function generatePathologicalExport(path: string, rows: number): number {
  const fd = openSync(path, 'w');
  let seed = 7;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  let bytes = writeSync(fd, 'Customer,Invoice No,Invoice Date,Due Date,Terms,Currency,Amount,Paid,Notes\r\n');
  const ordinary = ['Northwind Traders', `INV-${0}`, '2026-08-01', '2026-08-31', 'Net 30', 'USD', '1200.00', '0.00', ''];
  for (let i = 0; i < rows; i++) {
    const cells = ordinary.map((c, k) => {
      if (k === 1) return `INV-${String(i).padStart(7, '0')}`;
      if (rand(3) !== 0) return c;
      const run = (RUNS[rand(RUNS.length)] as string).repeat(1 + rand(4000));
      // A run alone, a run around the ordinary value, or the ordinary value then a run (a date then a "time").
      const shape = rand(3);
      return shape === 0 ? run : shape === 1 ? `${run}${c}${run}` : `${c} 1:${run}x`;
    });
    bytes += writeSync(fd, `${cells.join(',')}\r\n`);
  }
  closeSync(fd);
  return bytes;
}
