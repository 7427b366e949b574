import { toDecimalString } from '../../../shared/money.ts';
import type { ImportResult } from '../../../shared/import/index.ts';

/** One readable line per entry, so tests compare whole import results at a glance. */
export function summarize(result: ImportResult): { receivables: string[]; rejected: string[]; skipped: string[] } {
  const span = (e: { row: number; lastRow?: number }): string => (e.lastRow ? `${e.row}-${e.lastRow}` : `${e.row}`);
  return {
    receivables: result.receivables
      .slice()
      .sort((a, b) => a.row - b.row)
      .map((r) =>
        `${span(r)} ${r.invoice} | ${r.customer} | ${r.currency} ${toDecimalString(r.amount)} paid ${toDecimalString(r.paid)} open ${toDecimalString(r.outstanding)} | ${r.issueDate ?? '-'} → ${r.dueDate}`
        + (r.rows ? ` | rows ${r.rows.join(',')}` : '')
        + details(r)),
    rejected: result.rejected
      .slice()
      .sort((a, b) => a.row - b.row)
      .map((r) => `${span(r)} ${r.column} ${JSON.stringify(r.value)}: ${r.reason}`),
    skipped: result.skipped
      .slice()
      .sort((a, b) => a.row - b.row)
      .map((s) => `${span(s)} ${s.kind}`),
  };
}

/** The optional text fields a receivable carries, so a whole-output comparison covers them too. */
function details(r: ImportResult['receivables'][number]): string {
  const parts: string[] = [];
  if (r.terms !== undefined) parts.push(`terms ${r.terms}`);
  if (r.email !== undefined) parts.push(`email ${r.email}`);
  if (r.phone !== undefined) parts.push(`phone ${r.phone}`);
  if (r.contact !== undefined) parts.push(`contact ${r.contact}`);
  if (r.salesperson !== undefined) parts.push(`sales ${r.salesperson}`);
  return parts.length > 0 ? ` | ${parts.join(' | ')}` : '';
}
