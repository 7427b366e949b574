import type { StoredReferenceEntry } from '../storage/stored-types.ts';
import { readReferenceEntry } from './user-reference-data.ts';

/** A UI message by key with substitutions (the options page's `t`). */
type Message = (key: string, substitutions?: string[]) => string;

/**
 * What an entry adds, in words, one line per table or year: "ECB MRO: 2.65% from 2026-12-17 ·
 * known until 2026-12-17", "2027: 33 days off, 8 make-up working days". The three latest changes
 * of a table are named; empty for an entry the core cannot read.
 */
export function entryLines(entry: StoredReferenceEntry, t: Message): string[] {
  const read = readReferenceEntry(entry);
  if (!read.ok) return [];
  if ('years' in read) {
    return [...read.years].sort(([a], [b]) => a - b).map(([year, y]) => t('optRatesEntryYear', [String(year), String(y.offDays.length), String(y.workDays.length)]));
  }
  const lines: string[] = [];
  for (const [key, table] of Object.entries(read.rates)) {
    if (!table) continue;
    const name = t(`refTableShort_${key}`);
    const steps = 'quotes' in table
      ? table.quotes.map((q) => ({ from: q.from, value: `${q.oneYear}% / ${q.fiveYear}%` }))
      : table.steps.map((s) => ({ from: s.from, value: `${s.percent}%` }));
    const changes = steps.slice(-3).map((s) => t('optRatesEntryRate', [name, s.value, s.from]));
    lines.push(`${changes.join('; ')} · ${t('optRatesEntryKnown', [table.knownUntil])}`);
  }
  return lines;
}
