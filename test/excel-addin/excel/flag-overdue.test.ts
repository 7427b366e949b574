/// <reference types="office-js" />
import { describe, expect, it } from 'vitest';
import { cellInfo, createExcelHost, readCells, seedSheet, type ExcelHost } from '../../excel-host/index.ts';
import { rulePresetLabel, stageLabel } from '../../../shared/labels/index.ts';
import type { PenaltyRule } from '../../../shared/penalty/types.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import { seedReceivables } from '../receivables-sheet-fixture.ts';
import { flagReceivables as flag } from './flag-receivables.ts';
import { runFlagBench } from '../flag-bench.ts';


function ready(): ExcelHost {
  const host = createExcelHost();
  seedReceivables(host);
  host.model.selection = { sheet: host.model.activeSheet, rect: { row: 4, col: 2, rows: 1, cols: 1 } };
  return host;
}

describe('flagOverdue on a realistic sheet', () => {
  it('writes days, bucket, penalty, total and stage beside the table as numbers with formats', async () => {
    const host = ready();
    const result = await flag(host);
    expect(result).toMatchObject({ ok: true, value: { ownedAddress: 'Sheet1!I3:R10', dataRows: 7, receivables: 5, overdue: 3, updatedInPlace: false, assumed: [] } });
    // Each figure says which rule produced it, in the Rule column beside it.
    const rule = rulePresetLabel('cn-contract-0.05pct-daily', 'en');
    expect(readCells(host.model, 'Sheet1!I3:N10')).toEqual([
      ['Days overdue', 'Bucket', 'Penalty / interest', 'Rule', 'Total due', 'Next stage'],
      // 10,000.00 USD outstanding, 83 days at 0.05 % a day = 415.00 (the DESIGN example).
      [83, '61-90', 415, rule, 10415, 'Formal notice'],
      [33, '31-60', 89.11, rule, 5489.61, 'Offer payment plan'],
      // Due in 8 days: too early for a courtesy reminder (policy: 3 days before).
      [0, 'current', 0, rule, 86000, ''],
      // Paid in full: no days overdue, nothing to send, no rule applies.
      ['', 'current', 0, '', 0, ''],
      [205, '180+', 30.75, rule, 330.75, "Lawyer's letter"],
      ['', '', '', '', '', 'check dueDate: not a date'],
      ['', '', '', '', '', ''],
    ]);
    // Penalty and Total due show the row's currency: the sheet mixes dollars, euros and yuan.
    expect(['K4', 'M4', 'K5', 'M5', 'K6', 'M6'].map((a) => cellInfo(host.model, `Sheet1!${a}`).numberFormat)).toEqual([
      '[$USD] #,##0.00', '[$USD] #,##0.00', '[$EUR] #,##0.00', '[$EUR] #,##0.00', '[$CNY] #,##0.00', '[$CNY] #,##0.00',
    ]);
    expect(cellInfo(host.model, 'Sheet1!I4').numberFormat).toBe('0');
    // "61-90" written through values would become a date; the quote prefix keeps it text.
    expect(cellInfo(host.model, 'Sheet1!J4')).toMatchObject({ value: '61-90', prefix: "'" });
    // Three severity rules over the block, then the log's broken-promise and limitation rules on one column each.
    expect(host.model.conditionalFormats).toHaveLength(5);
    expect(host.model.conditionalFormats.map((c) => [c.formula, c.fill])).toEqual(expect.arrayContaining([
      ['=AND(ISNUMBER($I4),$I4>90)', '#F4CCCC'],
      ['=AND(ISNUMBER($I4),$I4>30,$I4<=90)', '#FCE4D6'],
      ['=AND(ISNUMBER($I4),$I4>0,$I4<=30)', '#FFF2CC'],
    ]));
    expect(host.model.conditionalFormats.filter((c) => c.formula.includes('$I4')).every((c) => c.rect.row === 3 && c.rect.col === 8 && c.rect.rows === 7 && c.rect.cols === 10)).toBe(true);
  });

  it('charges each invoice by the rule of its currency: no Chinese contract rate on dollars', async () => {
    const host = ready();
    const byCurrency: Record<string, PenaltyRule> = { CNY: { kind: 'daily-rate', rate: '0.0005' }, EUR: { kind: 'eu-late-payment', country: 'EU' } };
    const result = await flag(host, { ruleFor: (c) => byCurrency[c] ?? { kind: 'none' } });
    expect(result.ok).toBe(true);
    // Acme, USD, 83 days: nothing charged; Globex, EUR, 33 days: the Directive's interest and its €40.
    expect(readCells(host.model, 'Sheet1!K4:M4')).toEqual([[0, rulePresetLabel('none', 'en'), 10000]]);
    const [penalty, rule, total] = readCells(host.model, 'Sheet1!K5:M5')[0] as [number, string, number];
    expect(rule).toBe(rulePresetLabel('eu-b2b', 'en'));
    expect(penalty).toBeGreaterThan(40);
    expect(total).toBeCloseTo(5400.5 + penalty, 2);
  });

  it('never touches the user cells of the table', async () => {
    const host = ready();
    const before = JSON.stringify(readCells(host.model, 'Sheet1!A1:H12'));
    await flag(host);
    expect(JSON.stringify(readCells(host.model, 'Sheet1!A1:H12'))).toBe(before);
  });

  it('updates the same columns in place when run again, without piling up rules', async () => {
    const host = ready();
    await flag(host);
    const again = await flag(host, { asOf: plainDate('2026-12-22') });
    expect(again).toMatchObject({ ok: true, value: { ownedAddress: 'Sheet1!I3:R10', updatedInPlace: true } });
    expect(readCells(host.model, 'Sheet1!I4:J4')).toEqual([[113, '91-180']]);
    expect(readCells(host.model, 'Sheet1!S3:S4')).toEqual([[''], ['']]);
    expect(host.model.conditionalFormats).toHaveLength(5);
  });

  it('re-runs in Chinese over English headers of a previous run', async () => {
    const host = ready();
    await flag(host);
    const again = await flag(host, { lang: 'zh-CN', stageLabel: (s) => stageLabel(s, 'zh-CN') });
    expect(again.ok).toBe(true);
    expect(readCells(host.model, 'Sheet1!I3:N4')).toEqual([
      ['逾期天数', '账龄区间', '违约金/利息', '计算规则', '应收合计', '下一步催收'],
      [83, '61-90', 415, '合同约定违约金：每日万分之五', 10415, '正式催告函'],
    ]);
  });

  it.each([
    ['a note in a data cell', 'Sheet1!K7', 'call Friday'],
    ['a header two columns to the right', 'Sheet1!K3', 'Sales rep'],
  ])('refuses when the target columns hold user data (%s) and writes nothing', async (_, address, value) => {
    const host = ready();
    seedSheet(host.model, address, [[value]]);
    const syncsBefore = host.syncs.length;
    const result = await flag(host);
    expect(result).toMatchObject({ ok: false, error: { code: 'columns-occupied', address } });
    expect(readCells(host.model, 'Sheet1!I3:R10').flat().filter((v) => v !== '')).toEqual([value]);
    expect(host.model.conditionalFormats).toHaveLength(0);
    expect(host.syncs.length - syncsBefore).toBeLessThanOrEqual(4);
  });
});

describe('flagOverdue with text that Excel would run as formulas', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1-2', '-2+3', '@SUM(A1)'])('keeps the row\'s own cells and writes no formula for %s', async (name) => {
    const host = createExcelHost();
    // The user's sheet holds the name as text (typed with a quote prefix).
    seedSheet(host.model, 'Sheet1!A1', [['Customer', 'Invoice', 'Amount', 'Due date'], [`'${name}`, 'INV-1', 100, '2026-10-01']]);
    const result = await flag(host);
    expect(result.ok).toBe(true);
    expect(cellInfo(host.model, 'Sheet1!A2')).toMatchObject({ value: name });
    expect(cellInfo(host.model, 'Sheet1!A2').formula).toBeUndefined();
    for (const col of ['E', 'F', 'G', 'H', 'I']) expect(cellInfo(host.model, `Sheet1!${col}2`).formula).toBeUndefined();
  });
});

describe('flagOverdue at scale', () => {
  it('flags 100,000 rows in blocks: no sync over 5 MB, screen updating suspended per block, progress reported', async () => {
    const bench = await runFlagBench(100_000);
    expect(bench.ok).toBe(true);
    expect(bench.largestRequestBytes).toBeLessThan(5 * 1024 * 1024);
    expect(bench.largestResponseBytes).toBeLessThan(5 * 1024 * 1024);
    expect(bench.host.syncs.every((s) => s.error === undefined)).toBe(true);
    expect(bench.writeSyncs).toBeGreaterThan(1);
    expect(bench.host.syncs.filter((s) => s.screenUpdatingSuspended).every((s) => s.calculationSuspended)).toBe(true);
    expect(bench.progress.filter((p) => p.phase === 'read').at(-1)?.done).toBe(100_000);
    expect(bench.progress.filter((p) => p.phase === 'write').at(-1)?.done).toBe(100_000);
    const last = readCells(bench.host.model, 'Sheet1!H100001:M100001')[0] ?? [];
    expect(last[0]).toEqual(expect.any(Number));
    expect(typeof last[3]).toBe('string');
    expect(typeof last[5]).toBe('string');
    console.log(`flag 100k rows: ${bench.syncs} syncs (${bench.writeSyncs} write blocks), largest request ${bench.largestRequestBytes} B, largest response ${bench.largestResponseBytes} B, ${Math.round(bench.ms)} ms`);
  }, 120_000);
});

describe('flagOverdue after the table shrank', () => {
  it('clears its own stale rows below the table, and only those', async () => {
    const host = createExcelHost();
    seedSheet(host.model, 'Sheet1!A1', [
      ['Customer', 'Invoice', 'Amount', 'Due date'],
      ['Acme Ltd', 'INV-1', 100, '2026-10-01'],
      ['Globex', 'INV-2', 200, '2026-09-01'],
      ['Initech', 'INV-3', 300, '2026-08-01'],
    ]);
    seedSheet(host.model, 'Sheet1!F9', [['user note below']]);
    expect((await flag(host)).ok).toBe(true);
    expect(readCells(host.model, 'Sheet1!E4')).toEqual([[113]]);
    // The user deletes the last invoice row.
    host.model.sheets[0]?.rows.splice(3, 1);
    const again = await flag(host);
    expect(again).toMatchObject({ ok: true, value: { ownedAddress: 'Sheet1!E1:N3', updatedInPlace: true } });
    expect(readCells(host.model, 'Sheet1!E4:N4')).toEqual([new Array(10).fill('')]);
    expect(readCells(host.model, 'Sheet1!F8')).toEqual([['user note below']]);
    expect(host.model.conditionalFormats.every((c) => c.rect.rows === 2)).toBe(true);
    expect(host.model.conditionalFormats).toHaveLength(5);
  });
});

describe('flagOverdue on an Excel table and under a small payload budget', () => {
  it('writes beside the table without growing it', async () => {
    const host = ready();
    await host.Excel.run(async (ctx) => { ctx.workbook.worksheets.getItem('Sheet1').tables.add('B3:H10', true).name = 'AR'; await ctx.sync(); });
    const result = await flag(host);
    expect(result).toMatchObject({ ok: true, value: { ownedAddress: 'Sheet1!I3:R10' } });
    expect(host.model.tables[0]?.rect).toEqual({ row: 2, col: 1, rows: 8, cols: 7 });
  });

  it('keeps every sync under the budget it is given', async () => {
    const host = createExcelHost({ payloadLimitBytes: 6_000 });
    const rows: unknown[][] = [['Customer', 'Invoice', 'Amount', 'Due date']];
    for (let i = 0; i < 400; i++) rows.push([`Customer ${i}`, `INV-${i}`, 100 + i, 46000 + i]);
    seedSheet(host.model, 'Sheet1!A1', rows);
    const result = await flag(host, { maxPayloadBytes: 5_000 });
    expect(result.ok).toBe(true);
    expect(host.syncs.length).toBeGreaterThan(10);
    expect(Math.max(...host.syncs.map((s) => Math.max(s.requestBytes, s.responseBytes)))).toBeLessThan(6_000);
    expect(readCells(host.model, 'Sheet1!E401')[0]?.[0]).toEqual(expect.any(Number));
  });
});
