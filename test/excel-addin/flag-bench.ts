/// <reference types="office-js" />
import { createExcelHost, seedSheet, type ExcelHost } from '../excel-host/index.ts';
import { findReceivablesTable } from '../../excel-addin/excel/find-receivables-table.ts';
import { flagOverdue } from '../../excel-addin/excel/flag-overdue.ts';
import { LOG_DATE_FORMAT as LOG_DATE } from '../../excel-addin/excel/ensure-log-table.ts';
import { readLogSheet } from '../../excel-addin/excel/read-log-sheet.ts';
import type { Progress } from '../../excel-addin/excel/read-table.ts';
import { stageLabel } from '../../shared/labels/index.ts';
import { plainDate } from '../../shared/plain-date.ts';

/** What `npm run bench` prints for the add-in: syncs and the largest request/response when flagging. */
export interface FlagBenchResult {
  readonly rows: number;
  readonly syncs: number;
  readonly writeSyncs: number;
  readonly largestRequestBytes: number;
  readonly largestResponseBytes: number;
  readonly ms: number;
  readonly host: ExcelHost;
  readonly progress: readonly Progress[];
  readonly ok: boolean;
}

const CUSTOMERS = ['深圳市华强电子有限公司', 'Acme Ltd', 'Globex GmbH', 'Initech LLC', '上海浦东发展贸易有限公司'];

/** Seeds a ledger of `rows` invoices (Chinese headers, mixed currencies, serial dates) and flags it on the in-memory host. */
export async function runFlagBench(rows = 100_000): Promise<FlagBenchResult> {
  const host = createExcelHost();
  const data: unknown[][] = [['客户名称', '发票号', '币种', '金额', '已收金额', '到期日', '邮箱']];
  for (let i = 0; i < rows; i++) {
    data.push([CUSTOMERS[i % 5], `FP2026${String(i).padStart(6, '0')}`, i % 3 === 0 ? 'USD' : 'CNY', 1000 + (i % 997) * 13.37, i % 7 === 0 ? 500 : 0,
      46000 + (i % 400), `ar${i % 50}@example.com`]);
  }
  seedSheet(host.model, 'Sheet1!A1', data, [undefined, undefined, undefined, '#,##0.00', '#,##0.00', 'yyyy-mm-dd']);
  const progress: Progress[] = [];
  const started = performance.now();
  const result = await host.Excel.run(async (ctx) => {
    const loc = await findReceivablesTable(ctx);
    if (!loc.ok) throw new Error(loc.error.message);
    return flagOverdue(ctx, loc.value, {
      asOf: plainDate('2026-11-22'), ruleFor: () => ({ kind: 'daily-rate', rate: '0.0005' }), lang: 'zh-CN', read: { currency: 'CNY' },
      stageLabel: (s) => stageLabel(s, 'zh-CN'), rejectedLabel: (r) => r.reason, onProgress: (p) => progress.push(p),
    });
  });
  const ms = performance.now() - started;
  return {
    rows, host, progress, ok: result.ok, ms,
    syncs: host.syncs.length,
    writeSyncs: host.syncs.filter((s) => s.screenUpdatingSuspended).length,
    largestRequestBytes: Math.max(...host.syncs.map((s) => s.requestBytes)),
    largestResponseBytes: Math.max(...host.syncs.map((s) => s.responseBytes)),
  };
}

/** What `npm run bench` prints for the add-in with a collection log: reading the log, then flagging with it. */
export interface LogFlagBenchResult {
  readonly rows: number;
  readonly logRows: number;
  /** Rows the reader took (all of them: the bench's rows are valid). */
  readonly logEntries: number;
  readonly readSyncs: number;
  readonly readLargestResponseBytes: number;
  readonly readMs: number;
  readonly flagSyncs: number;
  readonly flagLargestRequestBytes: number;
  readonly flagLargestResponseBytes: number;
  readonly flagMs: number;
  readonly host: ExcelHost;
  readonly ok: boolean;
}

const LOG_HEADER = ['date', 'customer', 'invoices', 'action', 'stage', 'channel', 'amount', 'currency', 'until', 'reason', 'note', 'by'];

/**
 * A ledger of `rows` invoices over `rows / 20` customers and a `DunningLog` table of `logRows`
 * rows as a team types it over half a year (reminders, calls, promises, payments, notes with
 * Chinese text); reads the log with the adapter (readLogSheet) and flags the ledger with it.
 */
export async function runLogFlagBench(rows = 100_000, logRows = 20_000): Promise<LogFlagBenchResult> {
  const host = createExcelHost();
  const customers = Math.max(1, Math.floor(rows / 20));
  const name = (i: number): string => `${i % 2 === 0 ? '客户' : 'Customer '}${String(i % customers).padStart(5, '0')}${i % 2 === 0 ? '贸易有限公司' : ' Ltd'}`;
  const data: unknown[][] = [['客户名称', '发票号', '币种', '金额', '已收金额', '到期日']];
  for (let i = 0; i < rows; i++) data.push([name(i), `FP2026${String(i).padStart(6, '0')}`, 'CNY', 1000 + (i % 997) * 13.37, i % 7 === 0 ? 500 : 0, 46000 + (i % 300)]);
  seedSheet(host.model, 'Sheet1!A1', data, [undefined, undefined, undefined, '#,##0.00', '#,##0.00', 'yyyy-mm-dd']);
  const log: unknown[][] = [LOG_HEADER];
  const actions = ['reminder', 'call', 'promise', 'reminder', 'payment', 'note', 'reminder', 'acknowledged'] as const;
  for (let i = 0; i < logRows; i++) {
    const action = actions[i % actions.length] as (typeof actions)[number];
    const day = 46174 + (i % 170);
    log.push([
      day, name(i * 7), i % 3 === 0 ? `FP2026${String((i * 7) % rows).padStart(6, '0')}` : '', action,
      action === 'reminder' ? (['friendly', 'statement', 'deadline'][i % 3] as string) : '', action === 'reminder' ? 'email' : action === 'call' ? 'phone' : '',
      action === 'promise' || action === 'payment' ? 500 + (i % 50) : '', action === 'promise' || action === 'payment' ? 'CNY' : '',
      action === 'promise' ? day + 14 : '', '', action === 'note' || action === 'call' ? `财务王经理来电：月底前安排付款（第${i}次）` : '', i % 2 === 0 ? '李娜' : 'Tom',
    ]);
  }
  seedSheet(host.model, "'催收记录'!A1", log, [LOG_DATE, undefined, undefined, undefined, undefined, undefined, '#,##0.00', undefined, LOG_DATE]);
  await host.Excel.run(async (ctx) => {
    ctx.workbook.worksheets.getItem('催收记录').tables.add(`A1:L${logRows + 1}`, true).name = 'DunningLog';
    await ctx.sync();
  });

  const readFrom = host.syncs.length;
  let started = performance.now();
  const read = await host.Excel.run((ctx) => readLogSheet(ctx));
  const readMs = performance.now() - started;
  const readSyncs = host.syncs.slice(readFrom);
  if (!read.ok || !read.value) throw new Error('the bench log could not be read');
  const entries = read.value.table.entries;

  const flagFrom = host.syncs.length;
  started = performance.now();
  const result = await host.Excel.run(async (ctx) => {
    const loc = await findReceivablesTable(ctx, { sheet: 'Sheet1', row: 0, col: 0 });
    if (!loc.ok) throw new Error(loc.error.message);
    return flagOverdue(ctx, loc.value, {
      asOf: plainDate('2026-11-22'), ruleFor: () => ({ kind: 'daily-rate', rate: '0.0005' }), lang: 'zh-CN', read: { currency: 'CNY' },
      stageLabel: (s) => stageLabel(s, 'zh-CN'), rejectedLabel: (r) => r.reason, log: entries, jurisdiction: 'cn',
    });
  });
  const flagMs = performance.now() - started;
  const flagSyncs = host.syncs.slice(flagFrom);
  return {
    rows, logRows, logEntries: entries.length, host, ok: result.ok && read.value.table.rejected.length === 0,
    readSyncs: readSyncs.length, readLargestResponseBytes: Math.max(...readSyncs.map((s) => s.responseBytes)), readMs,
    flagSyncs: flagSyncs.length, flagLargestRequestBytes: Math.max(...flagSyncs.map((s) => s.requestBytes)),
    flagLargestResponseBytes: Math.max(...flagSyncs.map((s) => s.responseBytes)), flagMs,
  };
}
