import type { ImportSource, RejectedRow } from '../../shared/import/types.ts';
import { terminalSafe } from '../terminal-safe.ts';

/** A rejected row in one line, its value shortened and escaped for the terminal. */
export function rejectedLine(r: RejectedRow): string {
  const value = r.value.length > 60 ? `${r.value.slice(0, 60)}…` : r.value;
  return `rejected row ${r.row}${r.column ? `, ${r.column}` : ''} "${terminalSafe(value)}": ${terminalSafe(r.reason)}`;
}

/**
 * Why an export could not be used (exit code 1), in one line, or undefined when it could:
 * nothing in it, no table found, every data row rejected, or an import that stopped part-way
 * (`complete: false`: what was produced is not the whole export and must not replace an output).
 */
export function unusableInput(
  file: string, source: ImportSource, taken: number, rejected: readonly RejectedRow[],
): { message: string; complete: boolean } | undefined {
  const stopped = source.warnings?.find((w) => w.startsWith('import stopped'));
  if (stopped !== undefined) return { message: `the import of ${file} stopped part-way (${terminalSafe(stopped)})`, complete: false };
  if (taken > 0) return undefined;
  if (source.lines === 0) return { message: `${file} is empty: there is nothing to read`, complete: true };
  const first = rejected[0];
  if (first === undefined) {
    return { message: `no invoices found in ${file} (${source.lines} lines, none of them an invoice row: is it a receivables export?)`, complete: true };
  }
  // Rejections without a column are about the file as a whole (no header row found).
  if (first.column === '') return { message: `no invoices read from ${file}: ${terminalSafe(first.reason)}`, complete: true };
  return { message: `every data row of ${file} was rejected (${rejected.length}; the first: ${rejectedLine(first)})`, complete: true };
}
