import { closeSync, openSync, writeSync } from 'node:fs';

const CUSTOMERS = [
  'Suzhou Meiya Textiles', 'Ningbo Haixing Logistics', 'Bristol Print Works Ltd', 'Kleinmann Maschinenbau GmbH',
  'Chengdu Yunfan Electronics', 'Shenzhen Qiaotou Foods', 'Acme Hardware Inc.', 'Northwind Traders',
];
const CURRENCIES = ['CNY', 'GBP', 'EUR', 'USD'];

/**
 * Writes a receivables export of `rows` data lines (about 100 bytes each) with a title line and
 * a header, the shape of a hand-kept or ERP ledger export. Deterministic: the same file every run.
 */
export function generateExport(path: string, rows: number): number {
  const fd = openSync(path, 'w');
  let seed = 42;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  let bytes = 0;
  const write = (s: string): void => {
    bytes += writeSync(fd, s);
  };
  write('Receivables export — generated for the benchmark\r\nCustomer,Invoice No.,Email,Currency,Invoice Date,Due Date,Amount,Paid,Terms\r\n');
  let chunk: string[] = [];
  for (let i = 1; i <= rows; i++) {
    const c = rand(CUSTOMERS.length);
    const month = 1 + rand(11);
    const day = 1 + rand(28);
    const issue = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const due = `2026-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const amount = 1000 + rand(9_000_000);
    const paid = rand(3) === 0 ? rand(amount) : 0;
    const fmt = (minor: number): string => `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
    chunk.push(`${CUSTOMERS[c]} ${i % 5000},INV-${String(i).padStart(8, '0')},ap${i % 5000}@example.com,${CURRENCIES[i % 4]},${issue},${due},${fmt(amount)},${fmt(paid)},Net 30`);
    if (chunk.length === 10_000) {
      write(chunk.join('\r\n') + '\r\n');
      chunk = [];
    }
  }
  if (chunk.length) write(chunk.join('\r\n') + '\r\n');
  closeSync(fd);
  return bytes;
}
