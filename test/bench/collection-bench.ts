import Papa from 'papaparse';
import { deriveCollection, todayAgenda } from '../../shared/collection/index.ts';
import type { Receivable } from '../../shared/import/types.ts';
import { logCsv, parseLogCsv, type NewLogEntry } from '../../shared/log/index.ts';
import { money } from '../../shared/money.ts';
import { addDays, plainDate, type PlainDate } from '../../shared/plain-date.ts';

/**
 * The collection log at scale (issue #12): `rows` log rows over `invoices` invoices (five per
 * customer), a mix like a busy credit desk's: reminders naming their invoices, customer-wide
 * reminders and calls, promises, three-instalment plans, payments, disputes, pauses, a few legal
 * hand-offs. Deterministic (a linear congruential generator), so runs compare.
 */
export function generateCollectionLedger(invoices: number, rows: number): { receivables: Receivable[]; entries: NewLogEntry[]; asOf: PlainDate } {
  let seed = 12345;
  const rand = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const asOf = plainDate('2026-12-07');
  const receivables: Receivable[] = [];
  for (let i = 0; i < invoices; i++) {
    const due = addDays(asOf, 30 - rand(400));
    const amount = 10000 + rand(10_000_000);
    const paid = rand(4) === 0 ? rand(amount) : 0;
    receivables.push({
      row: i + 2, customer: `Customer ${Math.floor(i / 5)} Ltd`, invoice: `INV-${100000 + i}`, currency: 'CNY',
      amount: money(amount, 'CNY'), paid: money(paid, 'CNY'), outstanding: money(amount - paid, 'CNY'), dueDate: due, issueDate: addDays(due, -30),
    });
  }
  const entries: NewLogEntry[] = [];
  const stages = ['friendly', 'statement', 'payment-plan', 'deadline', 'formal-notice'] as const;
  while (entries.length < rows) {
    const r = receivables[rand(receivables.length)] as Receivable;
    const date = addDays(r.dueDate, 1 + rand(200));
    if (date > asOf) continue;
    const kind = rand(100);
    const base = { date, customer: r.customer };
    if (kind < 45) entries.push({ ...base, invoices: [r.invoice], action: 'reminder', stage: stages[rand(stages.length)] as (typeof stages)[number], channel: 'email' });
    else if (kind < 60) entries.push({ ...base, invoices: [], action: rand(2) ? 'reminder' : 'call', ...(kind % 2 ? { stage: 'friendly' as const } : { stage: 'statement' as const }), channel: 'phone' });
    else if (kind < 72) entries.push({ ...base, invoices: [r.invoice], action: 'promise', amount: money(5000 + rand(100000), 'CNY'), currency: 'CNY', until: addDays(date, 3 + rand(20)) });
    else if (kind < 80) {
      for (let k = 1; k <= 3; k++) entries.push({ ...base, invoices: [r.invoice], action: 'plan', amount: money(10000, 'CNY'), currency: 'CNY', until: addDays(date, 30 * k) });
    } else if (kind < 92) entries.push({ ...base, invoices: [r.invoice], action: 'payment', amount: money(1000 + rand(50000), 'CNY'), currency: 'CNY' });
    else if (kind < 96) entries.push({ ...base, invoices: [r.invoice], action: 'dispute', reason: 'quantity short' });
    else if (kind < 98) entries.push({ ...base, invoices: [], action: 'pause', until: addDays(date, 30), reason: 'holiday' });
    else entries.push({ ...base, invoices: [], action: 'legal', note: 'claim filed' });
  }
  entries.length = rows;
  return { receivables, entries, asOf };
}

/** CPU milliseconds of a call (user + system: other work on a shared machine stretches wall time, not this). */
function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** The figures of one bench run. */
export interface CollectionBenchFigures {
  /** papaparse alone tokenising the log's text: the baseline measured in the same run. */
  readonly baselineMs: number;
  /** parseLogCsv: tokenise, validate every row. */
  readonly parseMs: number;
  /** deriveCollection (with China's limitation periods) and the day's agenda. */
  readonly deriveMs: number;
  readonly bytes: number;
  readonly customers: number;
  readonly actions: number;
}

/**
 * Reads and derives the generated log, `runs` times round-robin (baseline, read, derive, …) so
 * drift in the machine's speed falls on all three; medians of CPU time.
 */
export function runCollectionBench(invoices = 50_000, rows = 100_000, runs = 5): CollectionBenchFigures {
  const { receivables, entries, asOf } = generateCollectionLedger(invoices, rows);
  const text = logCsv(entries);
  const baseline: number[] = [];
  const parse: number[] = [];
  const derive: number[] = [];
  let customers = 0;
  let actions = 0;
  for (let i = 0; i < runs; i++) {
    baseline.push(cpuMs(() => { Papa.parse(text, { skipEmptyLines: false }); }));
    let parsed: ReturnType<typeof parseLogCsv> | undefined;
    parse.push(cpuMs(() => { parsed = parseLogCsv(text); }));
    if (!parsed?.ok || parsed.value.entries.length !== rows) throw new Error('the generated log did not read back whole');
    const log = parsed.value.entries;
    derive.push(cpuMs(() => {
      const state = deriveCollection(receivables, log, asOf, { jurisdiction: 'cn' });
      customers = state.customers.length;
      actions = todayAgenda(state).actions.length;
    }));
  }
  return { baselineMs: median(baseline), parseMs: median(parse), deriveMs: median(derive), bytes: new TextEncoder().encode(text).length, customers, actions };
}

// Run as a bundle by test/bench/run.ts (node runs the bundled core as the dunning command does,
// without tsx's per-module wrappers): prints the figures as JSON.
if (process.argv[1]?.endsWith('collection-bench.mjs')) {
  process.stdout.write(JSON.stringify(runCollectionBench(Number(process.argv[2] ?? 50_000), Number(process.argv[3] ?? 100_000), Number(process.argv[4] ?? 5))) + '\n');
}
