import { describe, expect, it } from 'vitest';
import { plainDate } from '../../../shared/plain-date.ts';
import { calc } from './calc-case.ts';

// Rates: ../shared/data/rates/*.json as built into shared/rates (LPR quotes of the National Interbank
// Funding Center; Bank of England Bank Rate; ECB MRO; Bundesbank Basiszinssatz).

describe('cn-lpr (买卖合同解释 第18条第4款)', () => {
  // 1,000,000 due 2024-06-30, 1-year LPR × 1.5. Quotes: 3.45 % (from 2023-08-21), 3.35 % (from 2024-07-22),
  // 3.10 % (from 2024-10-21). × 1.5 = 5.175 %, 5.025 %, 4.65 %.
  const big = { principal: '1000000.00', currency: 'CNY', dueDate: '2024-06-30', asOf: '2024-12-31' };
  it('period: each quote from its publication day — rate changes inside the period', () => {
    // 07-01…07-21: 21 × 1,000,000 × 5.175 %/365 = 2,977.40; 07-22…10-20: 91 days × 5.025 % = 12,528.08;
    // 10-21…12-31: 72 days × 4.65 % = 9,172.60; total (rounded once) 24,678.08.
    const r = calc({ ...big, rule: { kind: 'cn-lpr', multiplier: '1.5', rateAt: 'period' } });
    expect(r.segments.map((s) => [s.from, s.to, s.days, s.rate, s.amount])).toEqual([
      ['2024-07-01', '2024-07-21', 21, '0.05175', '2977.40'],
      ['2024-07-22', '2024-10-20', 91, '0.05025', '12528.08'],
      ['2024-10-21', '2024-12-31', 72, '0.0465', '9172.60'],
    ]);
    expect(r.penalty).toBe('24678.08');
    expect(r.basis).toContain('第十八条第四款');
  });
  it('breach: the quote in force on the first overdue day for the whole period', () => {
    // 184 days × 1,000,000 × 5.175 % / 365 = 26,087.67
    const r = calc({ ...big, rule: 'cn-lpr-1.5x' });
    expect([r.days, r.penalty, r.segments.length]).toEqual([184, '26087.67', 1]);
  });
  it('5-year term and 360 days', () => {
    // 5y LPR 3.95 % (from 2024-02-20) until 07-21, 3.85 % after; × 1.3 on 360 days, breach quote 3.95 %:
    // 1,000,000 × 3.95 % × 1.3 × 184 / 360 = 26,245.56
    const r = calc({ ...big, rule: { kind: 'cn-lpr', multiplier: '1.3', term: '5y', dayCount: 360 } });
    expect(r.penalty).toBe('26245.56');
  });

  describe('the 2019-08-20 switch from the PBOC benchmark to the LPR', () => {
    // 100,000 due 2019-07-31 (breach from 2019-08-01), multiplier 1 (资金占用利息).
    const q = { principal: '100000.00', currency: 'CNY', dueDate: '2019-07-31', asOf: '2019-09-30' };
    it('period: benchmark 4.35 % until 08-19, then each LPR quote', () => {
      // 08-01…08-19 19 days × 4.35 % = 226.4384; 08-20…09-19 31 days × 4.25 % = 360.9589;
      // 09-20…09-30 11 days × 4.20 % = 126.5753; total 713.9726 → 713.97. Largest remainders put the two
      // leftover fen on the 2nd (.89) and 1st (.84) segments: 226.44 + 360.96 + 126.57 = 713.97.
      const r = calc({ ...q, rule: { kind: 'cn-lpr', multiplier: '1', rateAt: 'period' } });
      expect(r.segments.map((s) => [s.from, s.to, s.rate, s.amount])).toEqual([
        ['2019-08-01', '2019-08-19', '0.0435', '226.44'],
        ['2019-08-20', '2019-09-19', '0.0425', '360.96'],
        ['2019-09-20', '2019-09-30', '0.042', '126.57'],
      ]);
      expect(r.penalty).toBe('713.97');
      expect(r.basis).toContain('基准利率');
    });
    it('breach before 2019-08-20: the PBOC benchmark × multiplier for the whole period (买卖合同解释 第18条第4款, 2020)', () => {
      // The 2020 text chooses the method by when the breach happened: "违约行为发生在2019年8月19日之前的，
      // …以中国人民银行同期同类人民币贷款基准利率为基础，参照逾期罚息利率标准计算". No switch to the LPR on
      // 2019-08-20 under rateAt breach. 08-01…09-30 = 61 days × 100,000 × 4.35 % / 365 = 726.986… → 726.99.
      const r = calc({ ...q, rule: { kind: 'cn-lpr', multiplier: '1', rateAt: 'breach' } });
      expect(r.segments.map((s) => [s.from, s.to, s.rate])).toEqual([['2019-08-01', '2019-09-30', '0.0435']]);
      expect(r.penalty).toBe('726.99');
      expect(r.basis).toContain('违约行为发生在2019年8月20日之前');
      expect(r.basis).toContain('中国人民银行同期同类人民币贷款基准利率（一年期 4.35%）');
      expect(r.basis).not.toContain('违约行为发生时');
      const en = calc({ ...q, rule: 'cn-lpr-1.5x' }, { lang: 'en' });
      // × 1.5 = 6.525 %: 61 × 100,000 × 6.525 % / 365 = 1,090.479… → 1,090.48.
      expect([en.segments.map((s) => s.rate), en.penalty]).toEqual([['0.06525'], '1090.48']);
      expect(en.basis).toMatch(/breach began before 2019-08-20.*PBOC benchmark lending rate/);
    });
    it('a breach from 2019-08-20 on never sees the benchmark', () => {
      const r = calc({ ...q, dueDate: '2019-08-19', rule: { kind: 'cn-lpr', multiplier: '1', rateAt: 'breach' } });
      expect(r.segments.map((s) => s.rate)).toEqual(['0.0425']);
    });
  });

  it.each([['1', false], ['1.3', false], ['1.5', false], ['1.4', false], ['2', true], ['1.2', true], ['0.5', true]])(
    'multiplier %s is used as given; warned as outside 1 or 1.3–1.5 (art. 18(4): LPR + 30–50 percent): %s', (multiplier, warns) => {
      const r = calc({ ...big, rule: { kind: 'cn-lpr', multiplier } }, { lang: 'en' });
      expect(r.warnings.some((w) => w.includes('1.3–1.5'))).toBe(warns);
    });
  it('past the table: computes with the last quote and warns; newer user quotes lift the warning', () => {
    const q = { principal: '100000.00', currency: 'CNY', dueDate: '2026-09-30', asOf: '2026-11-22', rule: { kind: 'cn-lpr', multiplier: '1', rateAt: 'period' } };
    const stale = calc(q);
    // Warnings are in the case's language: Chinese for a CNY case's Chinese basis.
    expect(stale.warnings.join(' ')).toMatch(/LPR 报价已知至 2026-09-19/);
    expect(calc(q, { lang: 'en' }).warnings.join(' ')).toMatch(/known until 2026-09-19/);
    expect(stale.assumed).toEqual(['cnLpr']);
    // 53 days × 100,000 × 3.00 % / 365 = 435.62
    expect(stale.penalty).toBe('435.62');
    const fresh = calc(q, {
      rates: {
        cnLpr: {
          name: 'user quotes', knownUntil: plainDate('2026-11-30'), sources: ['typed in by the user'],
          benchmark: { until: plainDate('2019-08-19'), oneYear: '4.35', fiveYear: '4.90', note: '' },
          quotes: [{ from: plainDate('2026-10-20'), oneYear: '2.90', fiveYear: '3.40' }],
        },
      },
    });
    // 10-01…10-19 19 days × 3.00 % + 10-20…11-22 34 days × 2.90 % → 156.16 + 270.14 = 426.30
    expect(fresh.warnings).toEqual([]);
    expect(fresh.penalty).toBe('426.30');
  });
});

describe('uk-late-payment (Late Payment of Commercial Debts (Interest) Act 1998)', () => {
  it('Chaser calculator example: due 1-Jan-2021, paid 365 days late on 01-Jan-2022 → 8.10', () => {
    // Source: https://chaserhq.com/chaser-late-payment-calculator (its default debt is £100; 8.10 = 100 × 8.10 %).
    // Reference date 2020-12-31: Bank Rate 0.10 % → 8.10 %; 2021-01-02…2022-01-01 = 365 days.
    const r = calc({ principal: '100.00', currency: 'GBP', dueDate: '2021-01-01', asOf: '2022-01-01', payments: [{ date: '2022-01-01', amount: '100.00' }], rule: 'uk-late-payment' });
    expect([r.days, r.penalty, r.compensation, r.total]).toEqual([365, '8.10', '40.00', '48.10']);
  });
  it('Paidnice example: £5,000, 12.25 %, 101 days → £169.49 rounded once (+ £70)', () => {
    // Source: https://support.paidnice.com/en/articles/11600906 ("£5,000 × 12.25% ÷ 365 = £1.68/day … £169.68"):
    // the page rounds the daily rate first; exactly 5,000 × 12.25 % × 101 / 365 = 169.486… → 169.49.
    // Bank Rate 4.25 % on the reference date 2025-06-30; interest from 2025-10-01, 101 days to 2026-01-09.
    const r = calc({ principal: '5000.00', currency: 'GBP', dueDate: '2025-09-30', asOf: '2026-01-09', rule: 'uk-late-payment' });
    expect([r.days, r.penalty, r.compensation, r.total]).toEqual([101, '169.49', '70.00', '239.49']);
    expect(r.segments[0]?.rate).toBe('0.1225');
  });
  it('gera.services example: £12,000, base 5 % → 13 %, 90 days ≈ £384 (+ £100)', () => {
    // Source: https://tools.gera.services/late-payment-interest-calculator ("about £4.27 a day … roughly £384").
    // Bank Rate 5.00 % on 2023-06-30; 12,000 × 13 % × 90/365 = 384.657… → 384.66.
    const r = calc({ principal: '12000.00', currency: 'GBP', dueDate: '2023-09-30', asOf: '2023-12-29', rule: 'uk-late-payment' }, { lang: 'en' });
    expect([r.days, r.penalty, r.compensation]).toEqual([90, '384.66', '100.00']);
    expect(r.basis).toContain('2023-06-30');
    expect(r.basis).toContain('5.00%');
  });
  it('Landolio example: £3,000 at 11.75 % (base 3.75 %), 60 days → £57.95', () => {
    // Source: https://www.landolio.com/tools/late-payment-interest-calculator.html
    // Bank Rate 3.75 % (from 2025-12-18) on the reference date 2025-12-31; interest from 2026-02-01, 60 days to 2026-04-01.
    const r = calc({ principal: '3000.00', currency: 'GBP', dueDate: '2026-01-31', asOf: '2026-04-01', rule: 'uk-late-payment' });
    expect([r.days, r.segments[0]?.rate, r.penalty, r.compensation]).toEqual([60, '0.1175', '57.95', '70.00']);
  });
  it.each([
    // Interest starting 30 June 2025 → reference 2024-12-31 (Bank Rate 4.75 %) → 12.75 %: 185 days to 12-31 = 646.23.
    ['2025-06-29', '0.1275', 185, '646.23'],
    // Interest starting 1 July 2025 → reference 2025-06-30 (4.25 %) → 12.25 %: 184 days = 617.53.
    ['2025-06-30', '0.1225', 184, '617.53'],
  ])('reference-date boundary (SI 2002/1675 art. 4): due %s → rate %s', (dueDate, rate, days, penalty) => {
    const r = calc({ principal: '10000.00', currency: 'GBP', dueDate, asOf: '2025-12-31', rule: 'uk-late-payment' });
    expect([r.segments[0]?.rate, r.days, r.penalty, r.compensation]).toEqual([rate, days, penalty, '100.00']);
  });
  it('rateReset half-yearly re-sets on 1 July', () => {
    // 06-30 1 day at 12.75 % + 07-01…12-31 184 days at 12.25 % on 10,000 / 365 = 621.03
    const r = calc({ principal: '10000.00', currency: 'GBP', dueDate: '2025-06-29', asOf: '2025-12-31', rule: { kind: 'uk-late-payment', rateReset: 'half-yearly' } });
    expect(r.segments.map((s) => [s.from, s.rate])).toEqual([['2025-06-30', '0.1275'], ['2025-07-01', '0.1225']]);
    expect(r.penalty).toBe('621.03');
  });
  it.each([['999.99', '40.00'], ['1000.00', '70.00'], ['9999.99', '70.00'], ['10000.00', '100.00']])('s.5A fixed sum for £%s is £%s', (principal, comp) => {
    expect(calc({ principal, currency: 'GBP', dueDate: '2025-06-30', asOf: '2025-07-10', rule: 'uk-late-payment' }).compensation).toBe(comp);
  });
  it('paymentcheck.co.uk: due 1 April, paid 16 May → days 2 April to 16 May inclusive = 45', () => {
    // Source: https://paymentcheck.co.uk/blog/interest-and-fees/how-to-calculate-interest-on-overdue-invoices
    const r = calc({ principal: '1000.00', currency: 'GBP', dueDate: '2025-04-01', asOf: '2025-06-01', payments: [{ date: '2025-05-16', amount: '1000.00' }], rule: 'uk-late-payment' });
    expect(r.days).toBe(45);
  });
  it('no compensation when paid on time', () => {
    const r = calc({ principal: '1000.00', currency: 'GBP', dueDate: '2025-04-01', asOf: '2025-06-01', payments: [{ date: '2025-04-01', amount: '1000.00' }], rule: 'uk-late-payment' });
    expect([r.days, r.penalty, r.compensation]).toEqual([0, '0.00', '0.00']);
  });
});

describe('eu-late-payment', () => {
  it('DE B2B across the 1 July 2024 change (BGB §288 Abs. 2): 313.85 € + 40 € Pauschale', () => {
    // Basiszinssatz 3.62 % (from 2024-01-01) → 12.62 %; 3.37 % (from 2024-07-01) → 12.37 %.
    // 06-01…06-30: 30 × 10,000 × 12.62 % / 365 = 103.7260; 07-01…08-31: 62 × 12.37 % = 210.1205; total 313.85.
    const r = calc({ principal: '10000.00', currency: 'EUR', dueDate: '2024-05-31', asOf: '2024-08-31', rule: 'de-b2b' });
    expect(r.segments.map((s) => [s.from, s.to, s.rate, s.amount])).toEqual([
      ['2024-06-01', '2024-06-30', '0.1262', '103.73'], ['2024-07-01', '2024-08-31', '0.1237', '210.12'],
    ]);
    expect([r.penalty, r.compensation, r.total]).toEqual(['313.85', '40.00', '353.85']);
  });
  it('DE part payment under BGB §367 (statutory: costs, then interest, then principal) and principal-first', () => {
    // Hand-worked. 10,000 € due 2024-05-31, 5,000 € paid 2024-06-30 (its own day still accrues).
    // 06-01…06-30: 30 × 10,000 × 12.62 % / 365 = 103.7260. §367 Abs. 1: "zunächst auf die Kosten, dann auf
    // die Zinsen und zuletzt auf die Hauptleistung": the 40 € Pauschale (§288 Abs. 5, a cost of recovery)
    // first, then 103.73 of interest, then 4,856.27 of principal → 5,143.73 from 07-01:
    // 62 × 5,143.73 × 12.37 % / 365 = 108.0803; total 211.8064 → 211.81, of which 108.08 unpaid.
    // Principal-first: 62 × 5,000 × 12.37 % / 365 = 105.0603 → 208.79, all unpaid, and the 40 € too.
    const c = { principal: '10000.00', currency: 'EUR', dueDate: '2024-05-31', asOf: '2024-08-31', payments: [{ date: '2024-06-30', amount: '5000.00' }] };
    const statutory = calc({ ...c, rule: { preset: 'de-b2b', allocation: 'statutory' } });
    expect(statutory.segments.map((s) => [s.from, s.to, s.balance, s.rate])).toEqual([
      ['2024-06-01', '2024-06-30', '10000.00', '0.1262'], ['2024-07-01', '2024-08-31', '5143.73', '0.1237'],
    ]);
    expect([statutory.penalty, statutory.compensation, statutory.outstanding]).toEqual(['211.81', '40.00', { principal: '5143.73', penalty: '108.08', compensation: '0.00' }]);
    const first = calc({ ...c, rule: 'de-b2b' });
    expect([first.penalty, first.outstanding]).toEqual(['208.79', { principal: '5000.00', penalty: '208.79', compensation: '40.00' }]);
  });
  it('UK part payment, statutory allocation: the s.5A sum is a cost paid first (民法典 第561条 reads the same)', () => {
    // Hand-worked. £5,000 due 2025-09-30, rate 12.25 % (Bank Rate 4.25 % on 2025-06-30 + 8), s.5A £70.
    // 10-01…10-31: 31 × 5,000 × 12.25 % / 365 = 52.0205; £1,000 paid 10-31 → £70 costs, £52.02 interest,
    // £877.98 principal → £4,122.02 from 11-01; 11-01…11-30: 30 × 4,122.02 × 12.25 % / 365 = 41.5025;
    // total 93.5231 → 93.52, unpaid 41.50; compensation paid.
    const r = calc({ principal: '5000.00', currency: 'GBP', dueDate: '2025-09-30', asOf: '2025-11-30', payments: [{ date: '2025-10-31', amount: '1000.00' }], rule: { preset: 'uk-late-payment', allocation: 'statutory' } });
    expect([r.penalty, r.compensation, r.total, r.outstanding]).toEqual(['93.52', '70.00', '163.52', { principal: '4122.02', penalty: '41.50', compensation: '0.00' }]);
  });
  it('a payment before the first overdue day pays no compensation: it is not owed yet', () => {
    // £500 paid on the due date, £500 late: the £40 is owed from 10-01 and still owed at as-of (principal-first).
    const r = calc({ principal: '1000.00', currency: 'GBP', dueDate: '2025-09-30', asOf: '2025-10-10', payments: [{ date: '2025-09-30', amount: '500.00' }], rule: { preset: 'uk-late-payment', allocation: 'statutory' } });
    expect([r.compensation, r.outstanding.compensation, r.outstanding.principal]).toEqual(['70.00', '70.00', '500.00']);
  });
  it('anleiter.de example: 1,000 € consumer debt, 25 days at 5.12 % → 3.51 € (user-supplied 2012 base rate)', () => {
    // Source: https://anleiter.de/wie-berechnet-man-verzugszinsen/ — 5.12 % = Basiszinssatz 0.12 % (2012) + 5.
    // The built-in table starts 2016-07-01, so the 2012 rate comes through the rates option.
    const r = calc({ principal: '1000.00', currency: 'EUR', dueDate: '2012-03-01', asOf: '2012-03-26', rule: 'de-consumer' }, {
      rates: { deBasiszinssatz: { name: 'Basiszinssatz (user)', knownUntil: plainDate('2012-06-30'), sources: ['Bundesbank'], steps: [{ from: plainDate('2012-01-01'), percent: '0.12' }] } },
    });
    expect([r.days, r.penalty, r.compensation]).toEqual([25, '3.51', '0.00']);
  });
  it('EU (ECB MRO on 1 Jan / 1 Jul + 8): re-set per half-year', () => {
    // MRO 4.00 % on 2023-07-01 → 12 %: 184 days = 604.93; MRO 4.50 % on 2024-01-01 → 12.5 %: 31 days = 106.16; total 711.10.
    const r = calc({ principal: '10000.00', currency: 'EUR', dueDate: '2023-06-30', asOf: '2024-01-31', rule: 'eu-b2b' });
    expect(r.segments.map((s) => s.rate)).toEqual(['0.12', '0.125']);
    expect([r.penalty, r.compensation]).toEqual(['711.10', '40.00']);
  });
  it('wirtschaftswissen.de example: due 01.07.2021, paid 05.07.2021 → 4 Säumnistage (payment day counts)', () => {
    // Source: https://www.wirtschaftswissen.de/finanzen-steuern/rechnungsstellung/verzugszinsen-berechnen-bei-einer-ausstehenden-forderung-wie-geht-das/
    // Basiszinssatz −0.88 % (since 2016-07-01) + 9 = 8.12 %: 1,000 × 8.12 % × 4 / 365 = 0.89.
    const r = calc({ principal: '1000.00', currency: 'EUR', dueDate: '2021-07-01', asOf: '2021-07-31', payments: [{ date: '2021-07-05', amount: '1000.00' }], rule: 'de-b2b' });
    expect([r.days, r.segments[0]?.rate, r.penalty]).toEqual([4, '0.0812', '0.89']);
  });
  it('second half of 2026, EU: ECB MRO 2.40 % on 1 July 2026 (raised 11 June 2026) + 8 = 10.40 %', () => {
    // ecb-mro.json: MRO 2.15 → 2.40 with effect from 2026-06-17; the rate in force on 1 July applies to the
    // second half-year (Directive 2011/7/EU art. 3(2)). 1,000 € due 2026-06-30, as of 2026-12-31:
    // 184 days × 1,000 × 10.40 % / 365 = 52.4274 → 52.43 (not 10.15 %: 51.17), + 40 € (art. 6).
    const r = calc({ principal: '1000.00', currency: 'EUR', dueDate: '2026-06-30', asOf: '2026-12-31', rule: 'eu-b2b' }, { lang: 'en' });
    expect(r.segments.map((s) => [s.from, s.to, s.days, s.rate])).toEqual([['2026-07-01', '2026-12-31', 184, '0.104']]);
    expect([r.penalty, r.compensation, r.warnings, r.assumed]).toEqual(['52.43', '40.00', [], undefined]);
    expect(r.basis).toContain('art. 2(6)');
    expect(r.basis).toContain('art. 2(7)');
    expect(r.basis).toContain('art. 3(2)');
    expect(r.basis).not.toContain('2(12)');
  });
  it('past the ECB table: the first half-year whose rate is assumed is the one named, even when it repeats the rate', () => {
    // ECB MRO known until 2026-07-01: the rate on 2027-01-01 is assumed (equal, so one segment from 2026-07-01).
    // 07-01…2027-03-01 = 184 + 31 + 28 + 1 = 244 days × 1,000 × 10.40 % / 365 = 69.5233 → 69.52.
    const r = calc({ principal: '1000.00', currency: 'EUR', dueDate: '2026-06-30', asOf: '2027-03-01', rule: 'eu-b2b' }, { lang: 'en' });
    expect(r.segments.map((s) => s.from)).toEqual(['2026-07-01']);
    expect(r.penalty).toBe('69.52');
    expect(r.warnings.join(' ')).toMatch(/known until 2026-07-01; the rate on 2027-01-01 was assumed/);
    expect(r.assumed).toEqual(['ecbMro']);
  });
  it('second half of 2026, DE B2B: Basiszinssatz 1.52 % from 2026-07-01 + 9 = 10.52 % (BGB §288 Abs. 2, §247)', () => {
    // 10,000 € due 2026-06-30, as of 2026-07-31: 31 × 10,000 × 10.52 % / 365 = 89.3479 → 89.35, + 40 € (§288 Abs. 5).
    const r = calc({ principal: '10000.00', currency: 'EUR', dueDate: '2026-06-30', asOf: '2026-07-31', rule: 'de-b2b' });
    expect([r.segments[0]?.rate, r.penalty, r.compensation, r.warnings]).toEqual(['0.1052', '89.35', '40.00', []]);
  });
  it('past the Basiszinssatz table (known until 2026-12-31): the last rate assumed for 2027, with a warning', () => {
    // 07-01…2027-01-31 = 215 days × 10,000 × 10.52 % / 365 = 619.67; the 2027-01-01 rate is assumed.
    const r = calc({ principal: '10000.00', currency: 'EUR', dueDate: '2026-06-30', asOf: '2027-01-31', rule: 'de-b2b' });
    expect([r.segments.map((s) => s.rate), r.penalty]).toEqual([['0.1052'], '619.67']);
    expect(r.warnings.join(' ')).toMatch(/known until 2026-12-31/);
    expect(r.assumed).toEqual(['deBasiszinssatz']);
  });
});
