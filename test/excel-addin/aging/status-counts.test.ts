/// <reference types="office-js" />
import { describe, expect, it } from 'vitest';
import { buildAgingSummary } from '../../../excel-addin/aging/build-aging-summary.ts';
import { statusCounts } from '../../../excel-addin/aging/status-counts.ts';
import { writeAgingSummary } from '../../../excel-addin/excel/write-aging-summary.ts';
import { deriveCollection } from '../../../shared/collection/index.ts';
import type { Receivable } from '../../../shared/import/types.ts';
import type { LogEntry } from '../../../shared/log/index.ts';
import { money } from '../../../shared/money.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import { createExcelHost, readCells } from '../../excel-host/index.ts';

function inv(row: number, customer: string, outstandingMinor: number, due: string): Receivable {
  const m = money(outstandingMinor, 'CNY');
  return { row, customer, invoice: `INV-${row}`, currency: 'CNY', amount: money(outstandingMinor + 100, 'CNY'), paid: money(100, 'CNY'), outstanding: m, dueDate: plainDate(due) };
}

const AS_OF = plainDate('2026-11-22');
const LEDGER = [
  inv(2, '深圳市华强电子有限公司', 8_600_000, '2026-09-30'),
  inv(3, '深圳市华强电子有限公司', 1_250_033, '2026-09-01'),
  inv(4, '上海浦东发展贸易有限公司', 333_333, '2026-04-15'),
  inv(5, '苏州美雅纺织有限公司', 500_000, '2026-10-31'),
  inv(6, '杭州恒远食品有限公司', 0, '2026-08-31'),
];
const entry = (row: number, e: Omit<LogEntry, 'row' | 'invoices'> & { invoices?: string[] }): LogEntry => ({ row, invoices: [], ...e });
const LOG: LogEntry[] = [
  entry(2, { date: plainDate('2026-10-20'), customer: '深圳市华强电子有限公司', action: 'promise', amount: money(9_850_033, 'CNY'), currency: 'CNY', until: plainDate('2026-11-10') }),
  entry(3, { date: plainDate('2026-11-01'), customer: '苏州美雅纺织有限公司', action: 'dispute', reason: '质量问题' }),
];

describe('the aging summary counts collection statuses', () => {
  it('counts customers and open invoices per status, in the contract\'s order, leaving out empty statuses and paid invoices', () => {
    const counts = statusCounts(deriveCollection(LEDGER, LOG, AS_OF));
    expect(counts).toEqual([
      { status: 'open', customers: 1, invoices: 1 },
      { status: 'broken-promise', customers: 1, invoices: 2 },
      { status: 'disputed', customers: 1, invoices: 1 },
      { status: 'paid', customers: 1, invoices: 0 },
    ]);
  });

  it('writes a By status block under the currency blocks, in the sheet\'s language', async () => {
    const host = createExcelHost();
    const summary = { ...buildAgingSummary(LEDGER, AS_OF), statusCounts: statusCounts(deriveCollection(LEDGER, LOG, AS_OF)) };
    const out = await host.Excel.run((ctx) => writeAgingSummary(ctx, summary, 'zh-CN'));
    const total = out.totalRows.CNY ?? -1;
    expect(readCells(host.model, `账龄分析!A${total + 3}:C${total + 8}`)).toEqual([
      ['按催收状态', '', ''],
      ['催收状态', '客户数', '未结发票数'],
      ['待催收', 1, 1],
      ['承诺未兑现', 1, 2],
      ['有异议', 1, 1],
      ['已结清', 1, 0],
    ]);
  });
});
