import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { displayWidth } from '../../shared/display-width.ts';
import { LOG_COLUMNS } from '../../shared/log/index.ts';
import { fakeIo } from './fake-io.ts';

const LEDGER = 'examples/receivables.csv';
const LOG = 'examples/collection-log.csv';

async function today(args: string[], files?: Record<string, string>) {
  const io = fakeIo(files ? { files } : {});
  const code = await main(['today', ...args], io);
  return { code, out: io.out, err: io.err };
}

describe('dunning today on the sample ledger and log', () => {
  it('lists the customers due today, most urgent first, then what falls due in the next 7 days (JSON of DESIGN.md)', async () => {
    const r = await today([LEDGER, '--log', LOG, '--as-of', '2026-12-07', '--rule', 'cn-lpr-1.5x', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.asOf).toBe('2026-12-07');
    expect(json.actions.map((a: { customer: string; nextStage: string; status: string }) => [a.customer, a.nextStage, a.status])).toEqual([
      // Promised CNY 20,000.00 by 2026-11-15 on INV-2026-0412 and not paid: a deadline, first.
      ['Suzhou Meiya Textiles', 'deadline', 'broken-promise'],
      // The dispute over INV-2026-0520 was resolved on 2026-11-30, 7 days ago: the step after the statement.
      ['Bristol Print Works Ltd', 'payment-plan', 'open'],
      // Nothing recorded, 6 days overdue.
      ['Shenzhen Qiaotou Foods', 'friendly', 'open'],
    ]);
    expect(json.actions[0]).toMatchObject({
      nextAction: '2026-12-07', overdue: { CNY: '145600.00' }, why: 'promised CNY 20,000.00 by 2026-11-15, not paid: set a deadline',
    });
    expect(json.actions[1].overdue).toEqual({ GBP: '4730.50' });
    expect(json.upcoming).toEqual([
      expect.objectContaining({ date: '2026-12-10', customer: 'Kleinmann Maschinenbau GmbH', kind: 'pause-ends' }),
      expect.objectContaining({ date: '2026-12-10', customer: 'Ningbo Haixing Logistics', kind: 'instalment', amount: '4400.00', currency: 'CNY', instalment: { number: 2, of: 2 } }),
    ]);
    expect(json.limitation).toEqual([]);
    // The counsel case is not chased; the plan and the pause wait.
    expect(json.actions.map((a: { customer: string }) => a.customer)).not.toContain('Chengdu Yunfan Electronics');
    expect(json).toMatchObject({ later: 2, notChased: 1 });
  });

  it('puts limitation periods about to end before plain overdue, and lists them with their basis', async () => {
    const ledger = 'Customer,Invoice,Issue Date,Due Date,Amount,Currency\n'
      + 'Old Debt Co,O-1,2023-11-20,2023-12-20,900.00,CNY\n'
      + 'Fresh Co,F-1,2026-10-01,2026-10-31,500.00,CNY\n';
    const log = `${LOG_COLUMNS.join(',')}\n2026-11-20,Fresh Co,,reminder,friendly,email,,,,,,li\n`;
    const r = await today(['ledger.csv', '--log', 'log.csv', '--as-of', '2026-11-30', '--jurisdiction', 'cn', '--format', 'json'], { 'ledger.csv': ledger, 'log.csv': log });
    const json = JSON.parse(r.out);
    // 民法典 第188条: from 2023-12-21, three years: last day 2026-12-21, 21 days after as-of.
    expect(json.actions[0]).toMatchObject({ customer: 'Old Debt Co', urgency: 'limitation' });
    expect(json.limitation).toEqual([expect.objectContaining({ customer: 'Old Debt Co', invoice: 'O-1', expires: '2026-12-21', daysLeft: 21, basis: expect.stringContaining('188') })]);
    // The same under English law: six years, far off.
    const uk = JSON.parse((await today(['ledger.csv', '--log', 'log.csv', '--as-of', '2026-11-30', '--jurisdiction', 'uk', '--format', 'json'], { 'ledger.csv': ledger, 'log.csv': log })).out);
    expect(uk.limitation).toEqual([]);
  });

  it('prints a table whose columns line up in Chinese too, grouped by urgency', async () => {
    for (const lang of ['en', 'zh-CN']) {
      const r = await today([LEDGER, '--log', LOG, '--as-of', '2026-12-07', '--lang', lang]);
      expect(r.code).toBe(0);
      const lines = r.out.split('\n');
      const rows = lines.filter((l) => /(CNY|GBP) [\d,]+\.\d\d {2}2026-/.test(l));
      expect(rows).toHaveLength(3);
      // The amount column ends at the same screen column on every line (CJK counts two).
      const ends = rows.map((l) => displayWidth(l.slice(0, (/\d\d {2}2026-/.exec(l)?.index ?? 0) + 2)));
      expect(new Set(ends).size).toBe(1);
      expect(r.out).toContain(lang === 'en' ? 'Broken promises and missed instalments' : '承诺未兑现、分期逾期');
      expect(r.out).toContain(lang === 'en' ? 'instalment 2 of 2' : '分期第2/2期');
    }
  });

  it('writes CSV sections a spreadsheet cannot run as formulas', async () => {
    const ledger = 'Customer,Invoice,Due Date,Amount,Currency\n"=HYPERLINK(""http://x"")",X-1,2026-10-01,100.00,USD\n';
    const r = await today(['l.csv', '--log', 'log.csv', '--as-of', '2026-11-22', '--format', 'csv'], { 'l.csv': ledger, 'log.csv': `${LOG_COLUMNS.join(',')}\n` });
    const lines = r.out.split('\r\n');
    expect(Papa.parse<string[]>(lines[0] ?? '').data[0]).toEqual(['section', 'date', 'customer', 'invoices', 'nextStage', 'status', 'channel', 'currency', 'amount', 'why']);
    // Text quoted and guarded (as every CSV the CLI writes); the date and the amount bare values.
    expect(lines[1]).toMatch(/^"action",2026-11-22,"'=HYPERLINK\(""http:\/\/x""\)","X-1","deadline","open","letter","USD",100\.00,"52 days overdue/);
  });

  it('shows each line\'s penalty to date by the rule of its currency (hand-worked: 0.05 % a day)', async () => {
    const r = await today([LEDGER, '--log', LOG, '--as-of', '2026-12-07', '--rule', 'CNY=cn-contract-0.05pct-daily', '--format', 'json']);
    expect(r.code).toBe(0);
    const byCustomer = new Map<string, { penalty?: Record<string, string> }>(JSON.parse(r.out).actions.map((a: { customer: string }) => [a.customer, a]));
    // INV-2026-0601: 15,000.00 due 2026-12-01, 6 days to 2026-12-07: 15,000.00 × 0.0005 × 6 = 45.00.
    expect(byCustomer.get('Shenzhen Qiaotou Foods')?.penalty).toEqual({ CNY: '45.00' });
    // INV-2026-0412: 100,000.00 × 0.0005 × 145 days (from 2026-07-16) = 7,250.00;
    // INV-2026-0498: 45,600.00 × 0.0005 × 98 days (from 2026-09-01) = 2,234.40; together 9,484.40.
    expect(byCustomer.get('Suzhou Meiya Textiles')?.penalty).toEqual({ CNY: '9484.40' });
    // No rule for GBP: no penalty claimed.
    expect(byCustomer.get('Bristol Print Works Ltd')?.penalty).toBeUndefined();
    const table = await today([LEDGER, '--log', LOG, '--as-of', '2026-12-07', '--rule', 'CNY=cn-contract-0.05pct-daily', '--lang', 'zh-CN']);
    expect(table.out).toContain('+ 违约金 CNY 45.00');
  });

  it('marks a penalty resting on a rate table past its known-until date, and reads a newer table from --rates', async () => {
    const old = await today([LEDGER, '--log', LOG, '--as-of', '2026-12-07', '--rule', 'CNY=cn-lpr-1.5x']);
    expect(old.code).toBe(0);
    expect(old.out).toMatch(/\+ CNY [\d,.]+\* penalty/);
    expect(old.out).toContain('past its known-until date');
    const bad = await today([LEDGER, '--log', LOG, '--rates', 'r.json'], { 'r.json': '{"lpr1y": "x"}' });
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^dunning today: --rates: r\.json/);
  });

  it('refuses a missing log, a missing --log and an unknown option with a clear line', async () => {
    expect(await today([LEDGER, '--log', 'nowhere.csv'])).toMatchObject({ code: 1, err: expect.stringContaining('no log at nowhere.csv') });
    expect(await today([LEDGER])).toMatchObject({ code: 2, err: expect.stringContaining('--log') });
    expect(await today([LEDGER, '--log', LOG, '--jurisdiction', 'fr'])).toMatchObject({ code: 2, err: expect.stringContaining('--jurisdiction must be cn, uk or de') });
  });
});
