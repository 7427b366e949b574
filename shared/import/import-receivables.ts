import { createImporter } from './create-importer.ts';
import type { ImportOptions, ImportResult, Receivable, RejectedRow, SkippedRow } from './types.ts';

/**
 * Imports a whole file held in memory (extension, add-in, tests): the streaming importer
 * collecting into arrays, so both paths are one code path. Never throws.
 */
export function importReceivables(bytes: Uint8Array, options: ImportOptions = {}): ImportResult {
  const receivables: Receivable[] = [];
  const rejected: RejectedRow[] = [];
  const skipped: SkippedRow[] = [];
  const importer = createImporter(options, {
    receivable: (r) => receivables.push(r),
    rejected: (r) => rejected.push(r),
    skipped: (s) => skipped.push(s),
  });
  importer.push(bytes);
  const source = importer.end();
  return { receivables, rejected, skipped, source };
}

/**
 * Physical lines an import accounts for: each receivable, rejected and skipped entry counts
 * the lines it spans (`row`…`lastRow`). Equals `source.lines` for every input.
 */
export function accountedLines(result: Pick<ImportResult, 'receivables' | 'rejected' | 'skipped'>): number {
  let n = 0;
  for (const list of [result.receivables, result.rejected, result.skipped] as const) {
    for (const e of list) n += (e.lastRow ?? e.row) - e.row + 1;
  }
  return n;
}
