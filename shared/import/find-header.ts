import { mapHeaders, type HeaderMapping } from './header-synonyms.ts';
import { isSubHeaderRow } from './header-rows.ts';
import { createTableLayout, type LayoutOptions, type TableLayout } from './table-layout.ts';

/** The header found among a file's first records. */
export interface FoundHeader {
  /** Index (among the records given) of the header row, and of its last row (a two-level header has two). */
  readonly first: number;
  readonly last: number;
  readonly layout: TableLayout;
}

// Only the first records are searched: a header is never further down.
const HEADER_SEARCH_ROWS = 300;

/**
 * The "find header" stage: the record among the first 300 that names the most fields (at
 * least three, or two with the user's `map`), with a second header level under it when there
 * is one (`本期应收` over `数量 | 原币 | 本币`). Undefined when no record looks like a header.
 * Broken records (`broken` set) are never the header.
 *
 * @example
 * findHeader([{ fields: ['Receivables 2026'] }, { fields: ['Customer', 'Invoice', 'Amount', 'Due date'] }])?.first // 1
 */
export function findHeader(records: readonly { readonly fields: readonly string[]; readonly broken?: unknown }[],
  options: LayoutOptions = {}): FoundHeader | undefined {
  let bestScore = 0;
  let best = -1;
  let bestMapping: HeaderMapping | undefined;
  const limit = Math.min(records.length, HEADER_SEARCH_ROWS);
  const minimum = options.map && Object.keys(options.map).length > 0 ? 2 : 3;
  for (let k = 0; k < limit; k++) {
    const r = records[k] as (typeof records)[number];
    if (r.fields.length < 2 || r.broken !== undefined) continue;
    const m = mapHeaders(r.fields.map((c) => c.trim()), options.map);
    if (m.score > bestScore) {
      bestScore = m.score;
      best = k;
      bestMapping = m;
    }
  }
  if (best < 0 || bestScore < minimum || !bestMapping) return undefined;
  const header = (records[best] as (typeof records)[number]).fields;
  const next = records[best + 1];
  if (next && next.broken === undefined && isSubHeaderRow(next.fields)) {
    // A two-level header (merged cells over 原币 | 本币): name each column by both levels.
    const twoLevel = createTableLayout(header, options, next.fields);
    if (twoLevel.mapping.score >= bestScore) return { first: best, last: best + 1, layout: twoLevel };
  }
  return { first: best, last: best, layout: createTableLayout(header, options, undefined, bestMapping) };
}
