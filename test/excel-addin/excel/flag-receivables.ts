import type { ExcelHost } from '../../excel-host/index.ts';
import { findReceivablesTable } from '../../../excel-addin/excel/find-receivables-table.ts';
import { flagOverdue, type FlagOptions } from '../../../excel-addin/excel/flag-overdue.ts';
import { stageLabel } from '../../../shared/labels/index.ts';
import { plainDate } from '../../../shared/plain-date.ts';

/** What the flag tests run with: 万分之五 a day, English labels, amounts in CNY, as of 2026-11-22. */
export const FLAG_OPTIONS: FlagOptions = {
  asOf: plainDate('2026-11-22'),
  ruleFor: () => ({ kind: 'daily-rate', rate: '0.0005' }),
  lang: 'en',
  read: { currency: 'CNY' },
  stageLabel: (s) => stageLabel(s, 'en'),
  rejectedLabel: (r) => `check ${r.column}: ${r.reason}`,
};

/** Finds the receivables table in the host's workbook and flags it, as the task pane's button does. */
export async function flagReceivables(host: ExcelHost, options: Partial<FlagOptions> = {}): ReturnType<typeof flagOverdue> {
  return host.Excel.run(async (ctx) => {
    const loc = await findReceivablesTable(ctx);
    if (!loc.ok) throw new Error(loc.error.message);
    return flagOverdue(ctx, loc.value, { ...FLAG_OPTIONS, ...options });
  });
}
