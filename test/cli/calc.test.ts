import { describe, expect, it } from 'vitest';
import { runCalc } from '../../cli/commands/calc.ts';

// The case of DESIGN.md (`dunning calc`), verbatim.
const designCase = `{ "principal": "100000.00", "currency": "CNY", "dueDate": "2024-03-31", "asOf": "2024-06-30",
  "payments": [ { "date": "2024-05-01", "amount": "50000.00" } ],
  "rule": { "kind": "daily-rate", "rate": "0.0005", "graceDays": 0,
            "cap": { "percentOfPrincipal": "30" }, "dueDateRoll": "none" } }`;

describe('dunning calc (runCalc)', () => {
  it('prints the DESIGN.md result for one case', () => {
    const { stdout, exitCode } = runCalc(designCase);
    expect(exitCode).toBe(0);
    const out = JSON.parse(stdout);
    expect(out).toMatchObject({
      days: 91, penalty: '3050.00', compensation: '0.00', total: '3050.00', capped: false,
      outstanding: { principal: '50000.00', penalty: '3050.00' }, warnings: [],
    });
    expect(out.segments[0]).toEqual({ from: '2024-04-01', to: '2024-05-01', days: 31, balance: '100000.00', rate: '0.0005', amount: '1550.00' });
    expect(Object.keys(out)).toEqual(['days', 'penalty', 'compensation', 'total', 'capped', 'segments', 'outstanding', 'basis', 'warnings']);
    expect(typeof out.basis).toBe('string');
  });

  it('computes an array case by case; a bad case gives its error in place and the others still compute', () => {
    const cases = [
      JSON.parse(designCase),
      { ...JSON.parse(designCase), payments: [{ date: '2024-02-30', amount: '1.00' }] },
      { ...JSON.parse(designCase), rule: { kind: 'daily-rate', rate: 'five' } },
      { ...JSON.parse(designCase), principal: '100.005' },
      { principal: '12000.00', currency: 'GBP', dueDate: '2023-09-30', asOf: '2023-12-29', rule: 'uk-late-payment', lang: 'en' },
    ];
    const { stdout, exitCode } = runCalc(JSON.stringify(cases));
    expect(exitCode).toBe(1);
    const out = JSON.parse(stdout);
    expect(out).toHaveLength(5);
    expect(out[0].penalty).toBe('3050.00');
    expect(out[1]).toEqual({ error: { field: 'payments[0].date', message: 'must be a real date YYYY-MM-DD, got "2024-02-30"' } });
    expect(out[2].error.field).toBe('rule.rate');
    expect(out[2].error.message).toContain('"five"');
    expect(out[3].error).toEqual({ field: 'principal', message: '100.005 has more decimal places than CNY has' });
    expect(out[4]).toMatchObject({ penalty: '384.66', compensation: '100.00', total: '484.66' });
    expect(out[4].basis).toMatch(/^Statutory interest under the Late Payment of Commercial Debts/);
  });

  it('adds lossCheck only when asked', () => {
    const c = JSON.parse(designCase);
    c.rule.lossCheck = true;
    expect(JSON.parse(runCalc(JSON.stringify(c)).stdout).lossCheck).toEqual({ loss: '576.58', ceiling: '749.55', exceeds: true });
  });

  it.each([
    ['{ "principal": "1.00" }', 'currency'],
    ['{ "principal": "1.00", "currency": "CNY", "dueDate": "2024-01-01", "asOf": "2024-02-01" }', 'rule'],
    ['{ "principal": "1.00", "currency": "CNY", "dueDate": "2024-01-01", "asOf": "2024-02-01", "rule": "cn-lpr-9x" }', 'rule'],
    ['{ "principal": "1.00", "currency": "CNY", "dueDate": "2024-01-01", "asOf": "2024-02-01", "rule": { "kind": "daily-rate", "rate": "0.001", "grace": 5 } }', 'rule.grace'],
    ['{ "principal": "-1.00", "currency": "CNY", "dueDate": "2024-01-01", "asOf": "2024-02-01", "rule": "none" }', 'principal'],
    ['{ "principal": "1.00", "currency": "CNY", "dueDate": "2024-01-01", "asOf": "2024-02-01", "rule": { "kind": "daily-rate", "rate": "0.001", "cap": { "percent": "30" } } }', 'rule.cap'],
  ])('names the wrong field: %s → %s', (input, field) => {
    const { stdout, exitCode } = runCalc(input);
    expect(exitCode).toBe(1);
    expect(JSON.parse(stdout).error.field).toBe(field);
  });

  it('takes newer rates per case: the warning goes and the new quote applies', () => {
    const base = { principal: '100000.00', currency: 'CNY', dueDate: '2026-09-30', asOf: '2026-11-22', rule: { kind: 'cn-lpr', multiplier: '1', rateAt: 'period' } };
    const stale = JSON.parse(runCalc(JSON.stringify(base)).stdout);
    // Warnings are in the case's language: Chinese for a CNY case (its basis is Chinese).
    expect(stale.warnings.join(' ')).toMatch(/LPR 报价已知至 2026-09-19/);
    const rates = { cnLpr: { knownUntil: '2026-11-30', quotes: [{ from: '2026-10-20', oneYear: '2.90', fiveYear: '3.40' }] } };
    const fresh = JSON.parse(runCalc(JSON.stringify({ ...base, rates })).stdout);
    // 19 days × 3.00 % + 34 days × 2.90 % on 100,000 / 365 = 156.16 + 270.14 = 426.30
    expect([fresh.penalty, fresh.warnings]).toEqual(['426.30', []]);
    const bad = JSON.parse(runCalc(JSON.stringify({ ...base, rates: { cnLpr: { knownUntil: '2026-11-30', quotes: [{ from: '2026-10-20', oneYear: 'low' }] } } })).stdout);
    expect(bad.error.field).toBe('rates.cnLpr.quotes[0].oneYear');
  });

  it('a case whose penalty would overflow exact money reports an error in place', () => {
    const huge = { principal: '90000000000000.00', currency: 'CNY', dueDate: '2000-01-01', asOf: '2026-01-01', rule: { kind: 'daily-rate', rate: '1' } };
    const out = JSON.parse(runCalc(JSON.stringify([huge, JSON.parse(designCase)])).stdout);
    expect(out[0].error.field).toBe('case');
    expect(out[1].penalty).toBe('3050.00');
  });

  it('refuses input that is not JSON with exit code 1 (input that cannot be used)', () => {
    const { stdout, exitCode } = runCalc('principal=100');
    expect(exitCode).toBe(1);
    expect(JSON.parse(stdout).error.field).toBe('input');
  });
});
