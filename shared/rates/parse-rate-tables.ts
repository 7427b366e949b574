import { parsePlainDate, type PlainDate } from '../plain-date.ts';
import { isDecimalString } from '../ratio.ts';
import type { LprQuote, RateStep, RateTables } from './types.ts';

type Problem = { readonly field: string; readonly message: string };
type Result = { ok: true; value: Partial<RateTables> } | { ok: false; error: Problem };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const percent = (v: unknown): v is string => typeof v === 'string' && isDecimalString(v);

function knownUntil(o: Record<string, unknown>, field: string): PlainDate | Problem {
  const d = typeof o.knownUntil === 'string' ? parsePlainDate(o.knownUntil) : undefined;
  return d ?? { field: `${field}.knownUntil`, message: `must be a date YYYY-MM-DD, got ${JSON.stringify(o.knownUntil)}` };
}

function changes(o: Record<string, unknown>, field: string): RateStep[] | Problem {
  if (!Array.isArray(o.changes)) return { field: `${field}.changes`, message: 'must be a list of {"from": "YYYY-MM-DD", "rate": "3.75"}' };
  const out: RateStep[] = [];
  for (const [i, c] of o.changes.entries()) {
    const from = isRecord(c) && typeof c.from === 'string' ? parsePlainDate(c.from) : undefined;
    if (!from) return { field: `${field}.changes[${i}].from`, message: 'must be a date YYYY-MM-DD' };
    if (!isRecord(c) || !percent(c.rate)) return { field: `${field}.changes[${i}].rate`, message: 'must be a percent as a decimal string such as "3.75"' };
    out.push({ from, percent: c.rate.trim() });
  }
  return out;
}

/**
 * Reads user-supplied rates in the form of the published tables (`changes` of `{from, rate}` in
 * percent, or LPR `quotes` of `{from, oneYear, fiveYear}`, each with `knownUntil`), keyed
 * `cnLpr`, `ukBankRate`, `ecbMro`, `deBasiszinssatz`. Merge them with `mergeRateTables`.
 */
export function parseRateTables(json: unknown): Result {
  if (!isRecord(json)) return { ok: false, error: { field: 'rates', message: 'must be an object keyed cnLpr, ukBankRate, ecbMro or deBasiszinssatz' } };
  const value: { -readonly [K in keyof RateTables]?: RateTables[K] } = {};
  for (const [key, t] of Object.entries(json)) {
    const field = `rates.${key}`;
    if (!isRecord(t)) return { ok: false, error: { field, message: 'must be an object' } };
    const until = knownUntil(t, field);
    if (typeof until === 'object') return { ok: false, error: until };
    const sources = ['supplied by the user'];
    if (key === 'cnLpr') {
      if (!Array.isArray(t.quotes)) return { ok: false, error: { field: `${field}.quotes`, message: 'must be a list of {"from", "oneYear", "fiveYear"}' } };
      const quotes: LprQuote[] = [];
      for (const [i, q] of t.quotes.entries()) {
        const from = isRecord(q) && typeof q.from === 'string' ? parsePlainDate(q.from) : undefined;
        if (!from || !isRecord(q) || !percent(q.oneYear) || !percent(q.fiveYear)) {
          return { ok: false, error: { field: `${field}.quotes[${i}]`, message: 'must be {"from": "YYYY-MM-DD", "oneYear": "3.00", "fiveYear": "3.50"}' } };
        }
        quotes.push({ from, oneYear: q.oneYear.trim(), fiveYear: q.fiveYear.trim() });
      }
      value.cnLpr = {
        name: 'LPR (user-supplied)', knownUntil: until, quotes, sources,
        benchmark: { until: '2019-08-19' as PlainDate, oneYear: '4.35', fiveYear: '4.90', note: 'PBOC benchmark (built in)' },
      };
    } else if (key === 'ukBankRate' || key === 'ecbMro' || key === 'deBasiszinssatz') {
      const steps = changes(t, field);
      if (!Array.isArray(steps)) return { ok: false, error: steps };
      value[key] = { name: `${key} (user-supplied)`, knownUntil: until, steps: steps.sort((a, b) => (a.from < b.from ? -1 : 1)), sources };
    } else {
      return { ok: false, error: { field, message: 'is not a rate table: use cnLpr, ukBankRate, ecbMro or deBasiszinssatz' } };
    }
  }
  return { ok: true, value };
}
