/// <reference types="office-js" />
import { createExcelHost, seedSheet, type ExcelHost } from '../excel-host/index.ts';
import { findReceivablesTable } from '../../excel-addin/excel/find-receivables-table.ts';
import { flagOverdue } from '../../excel-addin/excel/flag-overdue.ts';
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
