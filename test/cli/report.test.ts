import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { main } from '../../cli/main.ts';
import { fakeIo } from './fake-io.ts';

const SAMPLE = 'examples/receivables.csv';

async function reportJson(args: string[] = []) {
  const io = fakeIo();
  const code = await main(['report', SAMPLE, '--as-of', '2026-11-22', '--format', 'json', ...args], io);
  expect(io.err).not.toContain('internal error');
  expect(code).toBe(0);
  return JSON.parse(io.out);
}

describe('dunning report on the sample ledger', () => {
  it('computes days overdue and buckets per invoice, and accounts for every line', async () => {
    const report = await reportJson();
    expect(report.asOf).toBe('2026-11-22');
    const byInvoice = Object.fromEntries(report.receivables.map((r: { invoice: string }) => [r.invoice, r]));
    // Days counted by hand from each due date to 2026-11-22.
    expect(byInvoice['INV-2026-0412']).toMatchObject({ row: 5, currency: 'CNY', amount: '120000.00', paid: '20000.00', outstanding: '100000.00', dueDate: '2026-07-15', daysOverdue: 130, bucket: '91-180' });
    expect(byInvoice['INV-2026-0498']).toMatchObject({ daysOverdue: 83, bucket: '61-90' });
    expect(byInvoice['INV-2026-0503']).toMatchObject({ daysOverdue: 43, bucket: '31-60' });
    expect(byInvoice['INV-2026-0520']).toMatchObject({ currency: 'GBP', daysOverdue: 33, bucket: '31-60' });
    expect(byInvoice['INV-2026-0547']).toMatchObject({ currency: 'GBP', daysOverdue: 0, bucket: 'current' });
    expect(byInvoice['INV-2026-0388']).toMatchObject({ currency: 'EUR', outstanding: '9900.00', daysOverdue: 174, bucket: '91-180' });
    expect(byInvoice['INV-2026-0299']).toMatchObject({ daysOverdue: 236, bucket: '180+' });
    expect(report.receivables).toHaveLength(8);
    const accounted = report.receivables.length + report.rejected.length + report.skipped.length;
    expect(accounted).toBe(report.source.lines);
    expect(report.source.lines).toBe(14);
    expect(report.skipped).toEqual(expect.arrayContaining([expect.objectContaining({ row: 14, kind: 'total' })]));
  });

  it('keeps totals per currency that add up exactly', async () => {
    const { totals } = await reportJson();
    expect(Object.keys(totals).sort()).toEqual(['CNY', 'EUR', 'GBP']);
    expect(totals.CNY).toMatchObject({ outstanding: '229400.00', overdue: '214400.00', invoices: 5 });
    expect(totals.GBP).toMatchObject({ outstanding: '4730.50', overdue: '3450.00' });
    expect(totals.EUR).toMatchObject({ outstanding: '9900.00', overdue: '9900.00' });
    for (const t of Object.values(totals) as Array<{ outstanding: string; buckets: Record<string, string> }>) {
      const cents = Object.values(t.buckets).reduce((s, v) => s + Math.round(Number(v) * 100), 0);
      expect(cents).toBe(Math.round(Number(t.outstanding) * 100));
    }
  });

  it('adds the contractual penalty under a rule preset', async () => {
    const report = await reportJson(['--rule', 'cn-contract-0.05pct-daily']);
    const inv = report.receivables.find((r: { invoice: string }) => r.invoice === 'INV-2026-0412');
    // 100,000.00 × 0.05 % per day × 130 days = 6,500.00
    expect(inv.penalty).toBe('6500.00');
    expect(inv.stage).not.toBeNull();
    const notDue = report.receivables.find((r: { invoice: string }) => r.invoice === 'INV-2026-0601');
    expect(notDue.penalty).toBe('0.00');
  });

  it('writes CSV that a spreadsheet cannot run as formulas', async () => {
    const csv = 'Customer,Invoice,Due Date,Amount,Currency\r\n"=HYPERLINK(""http://x"",""y"")",+1-2,2026-10-01,100.00,USD\r\n';
    const io = fakeIo({ files: { 'evil.csv': csv } });
    const code = await main(['report', 'evil.csv', '--as-of', '2026-11-22', '--format', 'csv', '--out', 'out.csv'], io);
    expect(code).toBe(0);
    const rows = Papa.parse<string[]>(io.written['out.csv'] ?? '', { skipEmptyLines: true }).data;
    expect(rows[0]).toContain('customer');
    expect(rows[1]?.[1]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(rows[1]?.[2]).toBe(`'+1-2`);
    expect(rows[1]?.[7]).toBe('100.00');
  });

  it.each([
    [['--format', 'xml'], /--format/],
    [['--as-of', '2026-02-30'], /--as-of.*2026-02-30/],
    [['--rule', 'nope'], /unknown rule preset "nope"/],
    [['--encoding', 'ebcdic'], /--encoding/],
    [['--map', 'colour=Farbe'], /--map/],
    [['--buckets', '60,30'], /ascending/],
  ])('refuses %j with a clear message', async (args, message) => {
    const io = fakeIo();
    const code = await main(['report', SAMPLE, ...args], io);
    expect(code).toBe(2);
    expect(io.err).toMatch(message);
  });
});

describe('dunning report --view customers and dunning calc', () => {
  it('summarises customers most urgent first, with ratings', async () => {
    const io = fakeIo();
    const code = await main(['report', SAMPLE, '--as-of', '2026-11-22', '--view', 'customers', '--format', 'csv', '--rule', 'cn-contract-0.05pct-daily'], io);
    expect(code).toBe(0);
    const rows = Papa.parse<string[]>(io.out, { header: false, skipEmptyLines: true, delimiter: ',' }).data;
    expect(rows[0]).toEqual(['customer', 'email', 'currency', 'openInvoices', 'overdueInvoices', 'outstanding', 'overdue', 'penalty',
      'oldestDaysOverdue', 'weightedAverageDaysOverdue', 'stage', 'rating']);
    const meiya = rows.find((r) => r[0] === 'Suzhou Meiya Textiles');
    // 100,000.00 × 0.05 % × 130 days + 45,600.00 × 0.05 % × 83 days = 6,500.00 + 1,892.40
    expect(meiya).toEqual(expect.arrayContaining(['CNY', '2', '145600.00', '8392.40', '130']));
    const qiaotou = rows.find((r) => r[0] === 'Shenzhen Qiaotou Foods');
    expect(qiaotou?.[4]).toBe('0');
    expect(rows.indexOf(qiaotou!)).toBe(rows.length - 1);
  });

  it('adds customers to the JSON report', async () => {
    const report = await reportJson();
    expect(report.customers.map((c: { customer: string }) => c.customer)).toContain('Bristol Print Works Ltd');
  });

  it('computes the DESIGN.md calc example from stdin', async () => {
    const io = fakeIo({ files: { '-': JSON.stringify({
      principal: '100000.00', currency: 'CNY', dueDate: '2024-03-31', asOf: '2024-06-30',
      payments: [{ date: '2024-05-01', amount: '50000.00' }],
      rule: { kind: 'daily-rate', rate: '0.0005', graceDays: 0, cap: { percentOfPrincipal: '30' }, dueDateRoll: 'none' },
    }) } });
    const code = await main(['calc'], io);
    expect(code).toBe(0);
    const result = JSON.parse(io.out);
    expect(result).toMatchObject({ days: 91, penalty: '3050.00', total: '3050.00', capped: false, outstanding: { principal: '50000.00' } });
    expect(result.segments[0]).toEqual({ from: '2024-04-01', to: '2024-05-01', days: 31, balance: '100000.00', rate: '0.0005', amount: '1550.00' });
  });
});

describe('dunning report says what it assumed', () => {
  it('names the currency it assumed for an export that names none, and takes --currency', async () => {
    const csv = 'Customer,Invoice,Due Date,Amount\r\nAcme Hardware Inc.,INV-7,2026-10-01,100.00\r\n';
    const assumed = fakeIo({ files: { 'plain.csv': csv } });
    expect(await main(['report', 'plain.csv', '--as-of', '2026-11-22', '--format', 'json'], assumed)).toBe(0);
    const report = JSON.parse(assumed.out);
    expect(assumed.err).toContain(`amounts were taken as ${report.receivables[0].currency}`);
    expect(assumed.err).toContain('--currency');
    const told = fakeIo({ files: { 'plain.csv': csv } });
    expect(await main(['report', 'plain.csv', '--as-of', '2026-11-22', '--format', 'json', '--currency', 'GBP'], told)).toBe(0);
    expect(JSON.parse(told.out).receivables[0].currency).toBe('GBP');
    expect(told.err).not.toContain('amounts were taken as');
  });
});
