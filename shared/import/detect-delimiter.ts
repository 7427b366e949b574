import Papa from 'papaparse';

/** Delimiters exports use, in order of preference when the evidence is equal. */
export const DELIMITERS = ['\t', ';', ',', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * Picks the delimiter of a sample (the first lines of a file, line breaks normalised to `\n`).
 * Each candidate is tokenised by papaparse (so quoted cells count right); the winner is the one
 * for which the most lines share one field count above 1 (titles and preamble lines don't),
 * then the one with more fields. Comma when nothing splits.
 */
export function detectDelimiter(sample: string): Delimiter {
  return sniffDelimiter(sample).delimiter;
}

/**
 * {@link detectDelimiter}, with the field count most lines of the sample have under it (the
 * table's width, 0 when nothing splits): the record stream recovers after a broken quote at
 * the next line of that width.
 */
export function sniffDelimiter(sample: string): { delimiter: Delimiter; fields: number } {
  let best: Delimiter = ',';
  let bestLines = 0;
  let bestFields = 0;
  for (const d of DELIMITERS) {
    if (sample.indexOf(d) === -1) continue;
    const rows = Papa.parse<string[]>(sample, { delimiter: d, newline: '\n', preview: 300 }).data;
    const histogram = new Map<number, number>();
    for (const r of rows) if (r.length > 1) histogram.set(r.length, (histogram.get(r.length) ?? 0) + 1);
    let lines = 0;
    let fields = 0;
    for (const [count, n] of histogram) {
      if (n > lines || (n === lines && count > fields)) {
        lines = n;
        fields = count;
      }
    }
    if (lines > bestLines || (lines === bestLines && fields > bestFields)) {
      best = d;
      bestLines = lines;
      bestFields = fields;
    }
  }
  return { delimiter: best, fields: bestFields };
}
