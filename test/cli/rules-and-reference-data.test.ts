import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { fakeIo } from './fake-io.ts';

const SAMPLE = 'examples/receivables.csv';
const MIXED = ['--rule', 'GBP=uk-late-payment', '--rule', 'EUR=de-b2b', '--rule', 'cn-lpr-1.5x'];

async function run(args: string[], files: Record<string, string> = {}) {
  const io = fakeIo({ files });
  const code = await main(args, io);
  return { code, out: io.out, err: io.err };
}

type Row = { invoice: string; penalty: string; compensation?: string; rule?: string; assumed?: string[] };
const byInvoice = (out: string): Record<string, Row> => Object.fromEntries((JSON.parse(out).receivables as Row[]).map((r) => [r.invoice, r]));

describe('the right rule for each invoice (issue 11)', () => {
  // Hand-worked as of 2026-12-07.
  // GBP 3,450.00 due 2026-10-20: Bank Rate 3.75 % on the reference date 2026-06-30 + 8 = 11.75 %,
  //   10-21…12-07 = 48 days: 3,450 × 11.75 % × 48 / 365 = 53.31, s.5A £70.
  // EUR 9,900.00 due 2026-06-01 (BGB §288(2)): 06-02…06-30 29 days at 1.27 + 9 = 10.27 % = 80.7811;
  //   07-01…12-07 160 days at 1.52 + 9 = 10.52 % = 456.5392; 537.32, €40.
  // CNY 8,800.00 due 2026-10-10 (LPR 3.00 % × 1.5): 58 days = 62.93, the quote assumed (LPR known until 2026-09-19).
  it('--rule CUR=preset per currency, a bare --rule for the rest; each figure names its rule', async () => {
    const r = await run(['report', SAMPLE, '--as-of', '2026-12-07', '--format', 'json', ...MIXED]);
    expect(r.code).toBe(0);
    const rows = byInvoice(r.out);
    expect(rows['INV-2026-0520']).toMatchObject({ penalty: '53.31', compensation: '70.00', rule: 'uk-late-payment' });
    expect(rows['INV-2026-0388']).toMatchObject({ penalty: '537.32', compensation: '40.00', rule: 'de-b2b' });
    expect(rows['INV-2026-0503']).toMatchObject({ penalty: '62.93', rule: 'cn-lpr-1.5x', assumed: ['cnLpr'] });
    expect(rows['INV-2026-0520']?.assumed).toBeUndefined();
    expect(JSON.parse(r.out).warnings).toEqual([expect.stringMatching(/^2 invoices: China LPR .* known until 2026-09-19/)]);
    expect(r.err).toMatch(/note: 2 invoices: China LPR/);
  });

  it('a rules file maps customers (matched like everywhere) and currencies; a contract penalty text is a rule', async () => {
    const rules = JSON.stringify({
      default: 'cn-lpr-1.5x', currencies: { GBP: 'uk-late-payment', EUR: 'de-b2b' },
      customers: { 'SUZHOU MEIYA  TEXTILES': '日万分之五', 'Bristol Print Works Ltd': 'none' },
    });
    const r = await run(['report', SAMPLE, '--as-of', '2026-12-07', '--format', 'json', '--rules', 'rules.json'], { 'rules.json': rules });
    const rows = byInvoice(r.out);
    // 100,000.00 × 0.0005 × 145 days (07-16…12-07) = 7,250.00.
    expect(rows['INV-2026-0412']).toMatchObject({ penalty: '7250.00', rule: 'contract 日万分之五' });
    expect(rows['INV-2026-0520']).toMatchObject({ penalty: '0.00', rule: 'none' });
    expect(rows['INV-2026-0388']).toMatchObject({ rule: 'de-b2b' });
    // A flag on top of the file wins for its currency.
    const flagged = await run(['report', SAMPLE, '--as-of', '2026-12-07', '--format', 'json', '--rules', 'rules.json', '--rule', 'EUR=eu-b2b'], { 'rules.json': rules });
    expect(byInvoice(flagged.out)['INV-2026-0388']).toMatchObject({ rule: 'eu-b2b' });
  });

  it('table and CSV show the rule and mark a figure resting on assumed data beside it', async () => {
    const table = await run(['report', SAMPLE, '--as-of', '2026-12-07', ...MIXED]);
    expect(table.out).toMatch(/62\.93\*\s+cn-lpr-1\.5x/);
    expect(table.out).toMatch(/53\.31\s+uk-late-payment/);
    expect(table.out).toContain('* rate or holiday data assumed past its known-until date:');
    const csv = await run(['report', SAMPLE, '--as-of', '2026-12-07', '--format', 'csv', ...MIXED]);
    const parsed = Papa.parse<Record<string, string>>(csv.out.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const ningbo = parsed.find((x) => x.invoice === 'INV-2026-0503');
    expect(ningbo).toMatchObject({ penalty: '62.93', rule: 'cn-lpr-1.5x', assumed: 'China LPR (1-year / over 5 years) assumed after 2026-09-19' });
    expect(parsed.find((x) => x.invoice === 'INV-2026-0520')).toMatchObject({ rule: 'uk-late-payment', assumed: '' });
  });

  it('--rates with a newer LPR quote: the figure no longer rests on an assumed quote', async () => {
    const rates = JSON.stringify({ cnLpr: { knownUntil: '2026-11-30', quotes: [{ from: '2026-10-20', oneYear: '2.90', fiveYear: '3.40' }] } });
    const r = await run(['report', SAMPLE, '--as-of', '2026-12-07', '--format', 'json', ...MIXED, '--rates', 'lpr.json'], { 'lpr.json': rates });
    const rows = byInvoice(r.out);
    // Breach 2026-10-11: the quote in force is still 3.00 % (the new one starts 10-20), now known: no marker.
    expect(rows['INV-2026-0503']).toMatchObject({ penalty: '62.93' });
    expect(rows['INV-2026-0503']?.assumed).toBeUndefined();
    // Breach 2026-12-02, after the new known-until date: 2.90 % × 1.5 = 4.35 %, 6 days on 15,000 = 10.73, assumed.
    expect(rows['INV-2026-0601']).toMatchObject({ penalty: '10.73', assumed: ['cnLpr'] });
  });

  it.each([
    [['--rule', 'UK=uk-late-payment'], 2, /not an ISO currency code/],
    [['--rule', 'GBP=uk-late-payment', '--rule', 'GBP=none'], 2, /second rule for GBP/],
    [['--rule', 'none', '--rule', 'cn-lpr-1x'], 2, /second default rule/],
    [['--rule', 'GBP=constructor'], 2, /unknown rule preset "constructor"/],
    [['--rates', 'missing.json'], 1, /--rates: cannot read missing\.json/],
    [['--rates', 'bad.json'], 1, /--rates: bad\.json: rates\.ecbMro\.changes\[0\]\.rate/],
    [['--calendar', 'badcal.json'], 1, /--calendar: badcal\.json: calendar\.2027\.workDays: 2027-10-01 is listed both/],
  ])('%j → exit %i with a message', async (args, code, message) => {
    const r = await run(['report', SAMPLE, '--as-of', '2026-12-07', ...args], {
      'bad.json': JSON.stringify({ ecbMro: { knownUntil: '2027-01-31', changes: [{ from: '2027-01-01', rate: 'two' }] } }),
      'badcal.json': JSON.stringify({ 2027: { offDays: ['2027-10-01'], workDays: ['2027-10-01'] } }),
    });
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
  });
});

describe('dunning calc with --calendar and a per-case calendar', () => {
  const year2027 = { 2027: { offDays: ['2027-10-01', '2027-10-02', '2027-10-03', '2027-10-04', '2027-10-05', '2027-10-06', '2027-10-07'], workDays: ['2027-09-26', '2027-10-09'] } };
  const kase = { principal: '100000.00', currency: 'CNY', dueDate: '2027-10-01', asOf: '2027-10-31', rule: { kind: 'daily-rate', rate: '0.0005', dueDateRoll: 'cn-holidays' } };
  it('without the year: the statutory days off, a Chinese warning; with it: the whole break', async () => {
    const bare = await run(['calc', 'case.json'], { 'case.json': JSON.stringify(kase) });
    // Off 10-01…10-03 (statute), last day Monday 10-04, 27 days × 50.00 = 1,350.00.
    expect(JSON.parse(bare.out)).toMatchObject({ days: 27, penalty: '1350.00', assumed: ['cnHolidays'] });
    expect(JSON.parse(bare.out).warnings.join('')).toContain('调休上班日未知');
    // Off 10-01…10-07 (the user's year), last day 10-08: 23 days = 1,150.00, no warning.
    const withYear = await run(['calc', 'case.json', '--calendar', 'cn-2027.json'], { 'case.json': JSON.stringify(kase), 'cn-2027.json': JSON.stringify(year2027) });
    expect(JSON.parse(withYear.out)).toMatchObject({ days: 23, penalty: '1150.00', warnings: [] });
    const perCase = await run(['calc', 'case.json'], { 'case.json': JSON.stringify({ ...kase, calendar: year2027 }) });
    expect(JSON.parse(perCase.out)).toMatchObject({ penalty: '1150.00' });
  });
});

describe('dunning rates', () => {
  it('prints each table\'s last value and known-until date and warns past 45 days', async () => {
    const r = await run(['rates', '--as-of', '2026-12-07']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/ECB main refinancing rate\s+2026-06-17\s+2\.40%\s+2026-07-01\s+159/);
    expect(r.out).toMatch(/Basiszinssatz \(BGB §247\)\s+2026-07-01\s+1\.52%\s+2026-12-31\s+-/);
    expect(r.out).toMatch(/China LPR .*2026-08-20\s+3\.00% \/ 3\.50%\s+2026-09-19\s+79/);
    expect(r.out).toMatch(/warning: China LPR .* known until 2026-09-19, 79 days before 2026-12-07/);
    expect(r.out).toMatch(/warning: Bank of England Bank Rate is known until 2026-10-06, 62 days/);
    expect(r.out).not.toMatch(/warning: Basiszinssatz/);
  });
  it('45 days past is not yet stale; 46 is', async () => {
    // Bank Rate known until 2026-10-06: 45 days later is 2026-11-20.
    const at45 = JSON.parse((await run(['rates', '--as-of', '2026-11-20', '--format', 'json'])).out);
    const at46 = JSON.parse((await run(['rates', '--as-of', '2026-11-21', '--format', 'json'])).out);
    const uk = (j: { tables: { id: string; stale: boolean; daysPast: number }[] }) => j.tables.find((t) => t.id === 'ukBankRate');
    expect([uk(at45)?.daysPast, uk(at45)?.stale, uk(at46)?.daysPast, uk(at46)?.stale]).toEqual([45, false, 46, true]);
  });
  it('a user file moves a table\'s last value and known-until date, and its warning goes', async () => {
    const r = await run(['rates', '--as-of', '2026-12-07', '--format', 'json', '--rates', 'ecb.json'], {
      'ecb.json': JSON.stringify({ name: 'ECB main refinancing operations rate', knownUntil: '2026-12-31', changes: [{ from: '2026-12-16', rate: '2.15' }] }),
    });
    const ecb = JSON.parse(r.out).tables.find((t: { id: string }) => t.id === 'ecbMro');
    expect(ecb).toMatchObject({ lastChange: '2026-12-16', lastValue: '2.15%', knownUntil: '2026-12-31', stale: false, userSupplied: true });
    expect(r.err).not.toMatch(/ECB/);
  });
});

describe('a contract penalty column in the export sets that invoice\'s rule (违约金 / Late fee / Penalty rate)', () => {
  const csv = [
    '客户名称,发票号,币种,发票金额,已收金额,到期日,违约金',
    '苏州美雅纺织有限公司,FP-001,CNY,100000.00,0.00,2026-10-31,日万分之五',
    '宁波海星物流有限公司,FP-002,CNY,50000.00,0.00,2026-10-31,1.5%/month',
    '成都云帆电子有限公司,FP-003,CNY,20000.00,0.00,2026-10-31,',
    '深圳桥头食品有限公司,FP-004,CNY,10000.00,0.00,2026-10-31,万分之五',
  ].join('\n');
  it('reads each text into a rule, falls back to --rule for an empty cell, and rejects a text without a period', async () => {
    const r = await run(['report', 'ledger.csv', '--as-of', '2026-11-30', '--format', 'json', '--rule', 'cn-lpr-1x'], { 'ledger.csv': csv });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    const rows = byInvoice(r.out);
    // 11-01…11-30 = 30 days. 100,000 × 0.0005 × 30 = 1,500.00.
    expect(rows['FP-001']).toMatchObject({ penalty: '1500.00', rule: 'contract 日万分之五' });
    // 1.5 % a month on a 30-day month: 50,000 × 0.015 × 12 / 360 × 30 = 750.00.
    expect(rows['FP-002']).toMatchObject({ penalty: '750.00', rule: 'contract 1.5%/month' });
    // Empty cell: the default rule (LPR 3.00 % assumed past 2026-09-19): 20,000 × 3 % × 30 / 365 = 49.32.
    expect(rows['FP-003']).toMatchObject({ penalty: '49.32', rule: 'cn-lpr-1x' });
    expect(rows['FP-004']).toBeUndefined();
    expect(report.rejected).toEqual([expect.objectContaining({ row: 5, column: 'penalty', value: '万分之五', reason: expect.stringMatching(/no period/) })]);
  });
  it.each([['Late fee'], ['Penalty rate'], ['逾期利率'], ['违约金']])('the header "%s" is the penalty column', async (header) => {
    const text = `Customer,Invoice,Currency,Amount,Due Date,${header}\nAcme,A-1,USD,1000.00,2026-10-31,0.05%/day\n`;
    const r = await run(['report', 'x.csv', '--as-of', '2026-11-30', '--format', 'json'], { 'x.csv': text });
    // 1,000 × 0.0005 × 30 = 15.00, with no --rule at all.
    expect(byInvoice(r.out)['A-1']).toMatchObject({ penalty: '15.00', rule: 'contract 0.05%/day' });
  });
});
