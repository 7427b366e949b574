import { describe, expect, it } from 'vitest';
import { plainDate } from '../../../shared/plain-date.ts';
import { BUILT_IN_RATE_TABLES, mergeRateTables, parseRateTables, stepInForce } from '../../../shared/rates/index.ts';

const T = BUILT_IN_RATE_TABLES;
const on = (steps: readonly { from: string; percent: string }[], d: string) => stepInForce(steps, plainDate(d))?.percent;

describe('built-in rate tables (copies of ../shared/data/rates)', () => {
  it('are ascending and known at least through their last step', () => {
    for (const t of [T.ukBankRate, T.ecbMro, T.deBasiszinssatz]) {
      for (let i = 1; i < t.steps.length; i++) expect(t.steps[i]!.from > t.steps[i - 1]!.from).toBe(true);
      expect(t.knownUntil >= t.steps[t.steps.length - 1]!.from).toBe(true);
    }
    for (let i = 1; i < T.cnLpr.quotes.length; i++) expect(T.cnLpr.quotes[i]!.from > T.cnLpr.quotes[i - 1]!.from).toBe(true);
  });

  it('Basiszinssatz changes only on 1 January and 1 July (BGB §247 Abs. 1)', () => {
    for (const s of T.deBasiszinssatz.steps) expect(s.from.slice(5)).toMatch(/^(01-01|07-01)$/);
  });

  it('LPR quotes are published on the 20th or the next working day from 2019-08-20; the benchmark ends 2019-08-19', () => {
    expect(T.cnLpr.benchmark).toMatchObject({ until: '2019-08-19', oneYear: '4.35', fiveYear: '4.90' });
    expect(T.cnLpr.quotes[0]).toEqual({ from: '2019-08-20', oneYear: '4.25', fiveYear: '4.85' });
    for (const q of T.cnLpr.quotes) expect(Number(q.from.slice(8))).toBeGreaterThanOrEqual(20);
  });

  // Spot checks against the publishers: Bank of England (Bank Rate history), ECB (key interest rates),
  // Deutsche Bundesbank (Basiszinssatz), NIFC (LPR announcements).
  it.each([
    ['BoE Bank Rate', () => on(T.ukBankRate.steps, '2023-08-03'), '5.25'],
    ['BoE Bank Rate on 2024-12-31', () => on(T.ukBankRate.steps, '2024-12-31'), '4.75'],
    ['BoE Bank Rate on 2025-06-30', () => on(T.ukBankRate.steps, '2025-06-30'), '4.25'],
    ['ECB MRO on 2024-01-01', () => on(T.ecbMro.steps, '2024-01-01'), '4.50'],
    ['Basiszinssatz 2024-07-01', () => on(T.deBasiszinssatz.steps, '2024-07-01'), '3.37'],
    ['Basiszinssatz 2023-01-01', () => on(T.deBasiszinssatz.steps, '2023-01-01'), '1.62'],
    ['LPR 1y on 2024-10-21', () => stepInForce(T.cnLpr.quotes, plainDate('2024-10-21'))?.oneYear, '3.10'],
  ])('%s', (_name, get, expected) => {
    expect(get()).toBe(expected);
  });
});

describe('user-supplied rates', () => {
  it('parse, and merge over the built-in tables: the user wins on the same date, knownUntil becomes the later', () => {
    const parsed = parseRateTables({
      ukBankRate: { knownUntil: '2027-01-31', changes: [{ from: '2026-12-18', rate: '3.50' }, { from: '2025-12-18', rate: '3.70' }] },
    });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const merged = mergeRateTables(T, parsed.value);
    expect(merged.ukBankRate.knownUntil).toBe('2027-01-31');
    expect(on(merged.ukBankRate.steps, '2026-12-31')).toBe('3.50');
    expect(on(merged.ukBankRate.steps, '2026-01-01')).toBe('3.70');
    expect(on(merged.ukBankRate.steps, '2025-11-01')).toBe('4.00');
    expect(merged.cnLpr).toBe(T.cnLpr);
  });

  it.each([
    [[], 'rates'],
    [{ ukBankRate: { changes: [] } }, 'rates.ukBankRate.knownUntil'],
    [{ ukBankRate: { knownUntil: '2027-01-31', changes: [{ from: '2026-13-01', rate: '3.5' }] } }, 'rates.ukBankRate.changes[0].from'],
    [{ ecbMro: { knownUntil: '2027-01-31', changes: [{ from: '2026-12-01', rate: 'high' }] } }, 'rates.ecbMro.changes[0].rate'],
    [{ cnLpr: { knownUntil: '2027-01-31', quotes: [{ from: '2026-12-22', oneYear: '2.9' }] } }, 'rates.cnLpr.quotes[0].fiveYear'],
    [{ fedFunds: { knownUntil: '2027-01-31', changes: [] } }, 'rates.fedFunds'],
  ])('%j → error on %s', (json, field) => {
    const r = parseRateTables(json);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.field).toBe(field);
  });
});

describe('user-supplied rates: the hand-out shapes and error codes', () => {
  it('one table file exactly as the hand-out folder has it is recognised by its name', () => {
    const r = parseRateTables({
      name: 'ECB main refinancing operations rate (fixed rate), percent per year', appliesFrom: 'effective date of each change',
      knownUntil: '2027-01-31', changes: [{ from: '2026-12-16', rate: '2.15' }], sources: ['ECB press release'],
    });
    if (!r.ok) throw new Error(r.error.message);
    const merged = mergeRateTables(T, r.value);
    expect([merged.ecbMro.knownUntil, on(merged.ecbMro.steps, '2027-01-01'), on(merged.ecbMro.steps, '2026-07-01')]).toEqual(['2027-01-31', '2.15', '2.40']);
  });
  it.each([
    [{ name: 'Fed funds', knownUntil: '2027-01-31', changes: [] }, 'rates-unknown-table', 'rates.name'],
    [{ ecbMro: { knownUntil: '2026-12-31', changes: [{ from: '2027-01-15', rate: '2.15' }] } }, 'rates-after-known-until', 'rates.ecbMro.changes[0].from'],
    [{ ecbMro: { knownUntil: '2027-12-31', changes: [{ from: '2027-01-15', rate: '2.15' }, { from: '2027-01-15', rate: '2.00' }] } }, 'rates-duplicate-date', 'rates.ecbMro.changes[1].from'],
    [{ deBasiszinssatz: { knownUntil: '2027-06-30', changes: [{ from: '2027-01-02', rate: '1.27' }] } }, 'rates-date', 'rates.deBasiszinssatz.changes[0].from'],
    [{ ukBankRate: { knownUntil: '2027-06-30', changes: [{ from: '2027-01-02', rate: '375' }] } }, 'rates-percent', 'rates.ukBankRate.changes[0].rate'],
    [{ cnLpr: { knownUntil: '2027-06-30', quotes: [{ from: '2019-07-22', oneYear: '4.31', fiveYear: '4.85' }] } }, 'rates-date', 'rates.cnLpr.quotes[0].from'],
    [{ ukBankRate: { knownUntil: 'soon', changes: [] } }, 'rates-known-until', 'rates.ukBankRate.knownUntil'],
  ])('%j → %s on %s', (json, code, field) => {
    expect(parseRateTables(json)).toMatchObject({ ok: false, error: { code, field } });
  });
});
