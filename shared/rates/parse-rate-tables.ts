import { parsePlainDate, type PlainDate } from '../plain-date.ts';
import { isDecimalString, ratioFromDecimal, rcompare, ratio } from '../ratio.ts';
import type { LprQuote, RateStep, RateTables } from './types.ts';

/** Why user-supplied data was refused: a stable `code`, the field (`rates.ecbMro.changes[2].rate`), the value seen. */
export interface ReferenceDataError {
  readonly code: string;
  readonly field: string;
  readonly message: string;
  readonly value?: string;
}

type Result = { ok: true; value: Partial<RateTables> } | { ok: false; error: ReferenceDataError };
type TableKey = keyof RateTables;

const KEYS: readonly TableKey[] = ['cnLpr', 'ukBankRate', 'ecbMro', 'deBasiszinssatz'];
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shown = (v: unknown): string => {
  const t = v === undefined ? 'nothing' : JSON.stringify(v);
  return t.length > 60 ? `${t.slice(0, 57)}...` : t;
};
const fail = (code: string, field: string, message: string, value?: unknown): { ok: false; error: ReferenceDataError } => ({
  ok: false, error: { code, field, message, ...(value !== undefined ? { value: shown(value) } : {}) },
});

// A percent a year outside this range is a typing slip (a fraction "0.0375" is still 0.0375 %; no
// range check can tell that one, so the message of `dunning rates` shows the last value back).
const MIN_PERCENT = ratio(-10n);
const MAX_PERCENT = ratio(100n);
const LPR_FIRST_DAY = '2019-08-20';

function percent(v: unknown): string | undefined {
  if (typeof v !== 'string' || !isDecimalString(v)) return undefined;
  const r = ratioFromDecimal(v.trim());
  return rcompare(r, MIN_PERCENT) < 0 || rcompare(r, MAX_PERCENT) > 0 ? undefined : v.trim();
}

function date(v: unknown): PlainDate | undefined {
  return typeof v === 'string' ? parsePlainDate(v.trim()) : undefined;
}

/** Which table a file in the hand-out shape is, from its fields and its name (`ecb-mro.json` names the ECB). */
function tableOf(t: Record<string, unknown>): TableKey | undefined {
  if (Array.isArray(t.quotes)) return 'cnLpr';
  const name = typeof t.name === 'string' ? t.name : '';
  if (/main refinancing|\bECB\b|\bMRO\b/i.test(name)) return 'ecbMro';
  if (/Basiszins/i.test(name)) return 'deBasiszinssatz';
  if (/Bank of England|Bank Rate/i.test(name)) return 'ukBankRate';
  return undefined;
}

function readTable(key: TableKey, t: Record<string, unknown>, field: string): { ok: true; value: RateTables[TableKey] } | { ok: false; error: ReferenceDataError } {
  const knownUntil = date(t.knownUntil);
  if (!knownUntil) return fail('rates-known-until', `${field}.knownUntil`, 'must be the last day the table is known to be complete, a date YYYY-MM-DD', t.knownUntil);
  const sources = [typeof t.name === 'string' ? `supplied by the user: ${t.name}` : 'supplied by the user'];
  const seen = new Set<string>();
  const afterKnown = (from: PlainDate, i: number, list: string): { ok: false; error: ReferenceDataError } | undefined => {
    if (seen.has(from)) return fail('rates-duplicate-date', `${field}.${list}[${i}].from`, `${from} is given twice`, from);
    seen.add(from);
    if (from > knownUntil) return fail('rates-after-known-until', `${field}.${list}[${i}].from`, `${from} is after the table's knownUntil ${knownUntil}; raise knownUntil to at least that day`, from);
    return undefined;
  };
  if (key === 'cnLpr') {
    if (!Array.isArray(t.quotes)) return fail('rates-shape', `${field}.quotes`, 'must be a list of {"from": "YYYY-MM-DD", "oneYear": "3.00", "fiveYear": "3.50"}', t.quotes);
    const quotes: LprQuote[] = [];
    for (const [i, q] of t.quotes.entries()) {
      const at = `${field}.quotes[${i}]`;
      if (!isRecord(q)) return fail('rates-shape', at, 'must be {"from": "YYYY-MM-DD", "oneYear": "3.00", "fiveYear": "3.50"}', q);
      const from = date(q.from);
      if (!from) return fail('rates-date', `${at}.from`, 'must be a real date YYYY-MM-DD', q.from);
      if (from < LPR_FIRST_DAY) return fail('rates-date', `${at}.from`, `the LPR has been quoted since ${LPR_FIRST_DAY}; earlier days use the PBOC benchmark`, q.from);
      const oneYear = percent(q.oneYear);
      if (!oneYear) return fail('rates-percent', `${at}.oneYear`, 'must be a percent a year as a decimal string such as "3.00"', q.oneYear);
      const fiveYear = percent(q.fiveYear);
      if (!fiveYear) return fail('rates-percent', `${at}.fiveYear`, 'must be a percent a year as a decimal string such as "3.50"', q.fiveYear);
      const bad = afterKnown(from, i, 'quotes');
      if (bad) return bad;
      quotes.push({ from, oneYear, fiveYear });
    }
    quotes.sort((a, b) => (a.from < b.from ? -1 : 1));
    return {
      ok: true,
      value: {
        name: 'LPR (user-supplied)', knownUntil, quotes, sources,
        benchmark: { until: '2019-08-19' as PlainDate, oneYear: '4.35', fiveYear: '4.90', note: 'PBOC benchmark (built in)' },
      },
    };
  }
  if (!Array.isArray(t.changes)) return fail('rates-shape', `${field}.changes`, 'must be a list of {"from": "YYYY-MM-DD", "rate": "3.75"}', t.changes);
  const steps: RateStep[] = [];
  for (const [i, c] of t.changes.entries()) {
    const at = `${field}.changes[${i}]`;
    if (!isRecord(c)) return fail('rates-shape', at, 'must be {"from": "YYYY-MM-DD", "rate": "3.75"}', c);
    const from = date(c.from);
    if (!from) return fail('rates-date', `${at}.from`, 'must be a real date YYYY-MM-DD', c.from);
    const rate = percent(c.rate);
    if (!rate) return fail('rates-percent', `${at}.rate`, 'must be a percent a year as a decimal string such as "3.75" (between -10 and 100)', c.rate);
    // BGB §247 Abs. 1: the Basiszinssatz changes on 1 January and 1 July only.
    if (key === 'deBasiszinssatz' && !/-(01-01|07-01)$/.test(from)) {
      return fail('rates-date', `${at}.from`, 'the Basiszinssatz changes on 1 January and 1 July only (BGB §247)', c.from);
    }
    const bad = afterKnown(from, i, 'changes');
    if (bad) return bad;
    steps.push({ from, percent: rate });
  }
  steps.sort((a, b) => (a.from < b.from ? -1 : 1));
  return { ok: true, value: { name: `${key} (user-supplied)`, knownUntil, steps, sources } };
}

/**
 * Reads user-supplied rates in the shapes of the published tables: either an object keyed
 * `cnLpr`, `ukBankRate`, `ecbMro`, `deBasiszinssatz` (the `rates` field of `dunning calc`), or one
 * table file exactly as the hand-out folder has it (`ecb-mro.json`: which table it is comes from
 * its `quotes` or its `name`). Each table has `changes` of `{from, rate}` in percent (LPR:
 * `quotes` of `{from, oneYear, fiveYear}`) and `knownUntil`. Merge the result with
 * `mergeRateTables`. Errors are values with a stable `code`.
 *
 * @example
 * parseRateTables({ ecbMro: { knownUntil: '2026-12-31', changes: [{ from: '2026-06-17', rate: '2.40' }] } })
 */
export function parseRateTables(json: unknown): Result {
  if (!isRecord(json)) return fail('rates-shape', 'rates', 'must be an object keyed cnLpr, ukBankRate, ecbMro or deBasiszinssatz, or one rate table file', json);
  if (json.knownUntil !== undefined || Array.isArray(json.changes) || Array.isArray(json.quotes)) {
    const key = tableOf(json);
    if (!key) {
      return fail('rates-unknown-table', 'rates.name', 'cannot tell which table this is from its name: wrap it as {"ecbMro": {...}} (or cnLpr, ukBankRate, deBasiszinssatz)', json.name);
    }
    const one = readTable(key, json, `rates.${key}`);
    return one.ok ? { ok: true, value: { [key]: one.value } } : one;
  }
  const value: { -readonly [K in TableKey]?: RateTables[K] } = {};
  for (const [key, t] of Object.entries(json)) {
    const field = `rates.${key}`;
    if (!(KEYS as readonly string[]).includes(key)) return fail('rates-unknown-table', field, 'is not a rate table: use cnLpr, ukBankRate, ecbMro or deBasiszinssatz');
    if (!isRecord(t)) return fail('rates-shape', field, 'must be an object', t);
    const one = readTable(key as TableKey, t, field);
    if (!one.ok) return one;
    (value as Record<string, unknown>)[key] = one.value;
  }
  return { ok: true, value };
}
