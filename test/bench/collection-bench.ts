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

/** Wall and CPU milliseconds of a call (CPU: user + system of every thread, the collector's and compiler's helpers included). */
function timed(fn: () => void): { wallMs: number; cpuMs: number } {
  const start = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wallMs = performance.now() - t0;
  const used = process.cpuUsage(start);
  return { wallMs, cpuMs: (used.user + used.system) / 1000 };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** The figures of one bench run. */
export interface CollectionBenchFigures {
  /** papaparse alone tokenising the log's text (CPU): the baseline measured in the same run. */
  readonly baselineMs: number;
  /** parseLogCsv: tokenise, validate every row (CPU). */
  readonly parseMs: number;
  /** deriveCollection (with China's limitation periods) and the day's agenda, once the process has run them before (CPU). */
  readonly deriveMs: number;
  /** The same, wall time. */
  readonly deriveWallMs: number;
  /** The first derivation in a fresh process, right after reading (what one `dunning today` pays): wall time. */
  readonly firstDeriveWallMs: number;
  /** The same, CPU time. */
  readonly firstDeriveMs: number;
  readonly bytes: number;
  readonly customers: number;
  readonly actions: number;
}

/**
 * Reads and derives the generated log in rounds (baseline, read, derive), so drift in the
 * machine's speed falls on all three, and each derivation works on a log just read, as the
 * command's does. The first round is the fresh process's (its code not yet compiled by the
 * engine's optimiser): reported apart, as what one run of `dunning today` pays. The next `runs`
 * rounds give the medians: the derivation's own cost, as in any benchmark after its warm-up.
 */
export function runCollectionBench(invoices = 50_000, rows = 100_000, runs = 5): CollectionBenchFigures {
  const { receivables, entries, asOf } = generateCollectionLedger(invoices, rows);
  const text = logCsv(entries);
  const baseline: number[] = [];
  const parse: number[] = [];
  const derive: number[] = [];
  const deriveWall: number[] = [];
  let first = { wallMs: 0, cpuMs: 0 };
  let customers = 0;
  let actions = 0;
  for (let i = 0; i <= runs; i++) {
    const b = timed(() => { Papa.parse(text, { skipEmptyLines: false }); });
    let parsed: ReturnType<typeof parseLogCsv> | undefined;
    const p = timed(() => { parsed = parseLogCsv(text); });
    if (!parsed?.ok || parsed.value.entries.length !== rows) throw new Error('the generated log did not read back whole');
    const log = parsed.value.entries;
    const d = timed(() => {
      const state = deriveCollection(receivables, log, asOf, { jurisdiction: 'cn' });
      customers = state.customers.length;
      actions = todayAgenda(state).actions.length;
    });
    if (i === 0) {
      first = d;
      continue;
    }
    baseline.push(b.cpuMs);
    parse.push(p.cpuMs);
    derive.push(d.cpuMs);
    deriveWall.push(d.wallMs);
  }
  return {
    baselineMs: median(baseline), parseMs: median(parse), deriveMs: median(derive), deriveWallMs: median(deriveWall),
    firstDeriveWallMs: first.wallMs, firstDeriveMs: first.cpuMs,
    bytes: new TextEncoder().encode(text).length, customers, actions,
  };
}

// Run as a bundle by test/bench/run.ts (node runs the bundled core as the dunning command does,
// without tsx's per-module wrappers): prints the figures as JSON.
if (process.argv[1]?.endsWith('collection-bench.mjs')) {
  process.stdout.write(JSON.stringify(runCollectionBench(Number(process.argv[2] ?? 50_000), Number(process.argv[3] ?? 100_000), Number(process.argv[4] ?? 5))) + '\n');
}
