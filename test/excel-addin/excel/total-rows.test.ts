/// <reference types="office-js" />
import { describe, expect, it } from 'vitest';
import { createExcelHost, readCells, seedSheet } from '../../excel-host/index.ts';
import { importReceivables } from '../../../shared/import/index.ts';
import { flagReceivables as flag } from './flag-receivables.ts';

/**
 * Total and subtotal lines as ledgers and exports write them, in every language the importer
 * knows: Chinese (simplified and traditional), English (QuickBooks, Xero, hand-kept), German
 * (SAP, DATEV) and SAP's star markers. Each is tried where people put it: in the customer column,
 * or in a first column before it.
 */
const LABELS: ReadonlyArray<readonly [string, 'total' | 'subtotal']> = [
  ['合计', 'total'], ['总计', 'total'], ['合計', 'total'], ['總計', 'total'], ['合计：', 'total'], ['本期合计', 'total'],
  ['本月合计', 'total'], ['累计', 'total'], ['全部合计', 'total'],
  ['Total', 'total'], ['TOTAL', 'total'], ['Totals', 'total'], ['Grand Total', 'total'], ['Report Total', 'total'], ['Total AR', 'total'],
  ['Summe', 'total'], ['Gesamtsumme', 'total'], ['Gesamt', 'total'], ['**', 'total'],
  ['小计', 'subtotal'], ['小計', 'subtotal'], ['(小计)深圳市华强电子有限公司', 'subtotal'], ['Subtotal', 'subtotal'], ['Sub-total', 'subtotal'],
  ['Total for Acme Ltd', 'subtotal'], ['Total 31 - 60', 'subtotal'], ['Zwischensumme', 'subtotal'], ['*', 'subtotal'],
];

const HEADERS = ['Customer Name', 'Invoice No', 'Currency', 'Amount', 'Due Date'];
const ROWS = [
  ['Acme Ltd', 'INV-1', 'USD', 1200, '2026-09-30'],
  ['深圳市华强电子有限公司', 'INV-2', 'CNY', 8600, '2026-10-31'],
];

describe('total and subtotal rows in the sheet are skipped as the importer skips them, never read as a broken invoice', () => {
  it.each(LABELS)('%s in the customer column', async (label, kind) => {
    const host = createExcelHost();
    seedSheet(host.model, 'Sheet1!A1', [HEADERS, ...ROWS, [`'${label}`, '', '', 9800, '']]);
    const result = await flag(host);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.rejected).toEqual([]);
    expect(result.value.skipped).toEqual([{ row: 4, kind }]);
    expect(readCells(host.model, 'Sheet1!F4:J4')).toEqual([['', '', '', '', '']]);
    // The same rows as a CSV export: the importer says the same of that line.
    const csv = [HEADERS, ...ROWS, [label, '', '', '9800', '']].map((r) => r.join(',')).join('\n');
    expect(importReceivables(new TextEncoder().encode(csv)).skipped).toContainEqual(expect.objectContaining({ row: 4, kind }));
  });

  it.each(LABELS)('%s in a first column before the customer', async (label, kind) => {
    const host = createExcelHost();
    seedSheet(host.model, 'Sheet1!A1', [['No.', ...HEADERS], ...ROWS.map((r, i) => [i + 1, ...r]), [`'${label}`, '', '', '', 9800, '']]);
    const result = await flag(host);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.rejected).toEqual([]);
    expect(result.value.skipped).toEqual([{ row: 4, kind }]);
  });

  it('still reads a customer whose name starts like a total (Total Solutions Ltd, 合计通讯有限公司 is not a total line)', async () => {
    const host = createExcelHost();
    seedSheet(host.model, 'Sheet1!A1', [HEADERS, ['Total Solutions Ltd', 'INV-3', 'USD', 500, '2026-09-30']]);
    const result = await flag(host);
    expect(result.ok && result.value.receivables).toBe(1);
  });
});
