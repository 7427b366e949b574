/// <reference types="office-js" />
import type { AgingSummary } from '../aging/build-aging-summary.ts';
import { statusLabel } from '../../shared/labels/index.ts';
import type { PaneLanguage } from '../i18n/language.ts';
import { columnLetters } from './column-letters.ts';
import { cellNumberFromMoney, moneyNumberFormat } from './money-from-cell.ts';
import type { Progress } from './read-table.ts';
import { textCell } from './text-cell.ts';
import { loadNames } from './load-names.ts';
import { uniqueSheetName } from './unique-sheet-name.ts';
import { writeInBlocks } from './write-in-blocks.ts';

const WORDS = {
  en: { sheet: 'Aging summary', title: 'Aging summary as of', currency: 'Currency', customer: 'Customer', total: 'Total', invoices: 'Open invoices', rating: 'Credit rating', chart: 'Outstanding by bucket', byStatus: 'By collection status', status: 'Status', customers: 'Customers' },
  'zh-CN': { sheet: '账龄分析', title: '账龄分析 截至', currency: '币种', customer: '客户', total: '合计', invoices: '未结发票数', rating: '信用评级', chart: '各账龄区间未收金额', byStatus: '按催收状态', status: '催收状态', customers: '客户数' },
} as const;

/** Whether a cell holds the title this step writes in A1 (either language): the sheet is the add-in's. */
function isAgingTitle(value: unknown): boolean {
  return typeof value === 'string' && Object.values(WORDS).some((w) => value.startsWith(`${w.title} `));
}

/** Customers shown in a chart: the largest balances (a chart of hundreds of columns says nothing). */
const CHART_CUSTOMERS = 10;
/** Rows a chart spans on the sheet. */
const CHART_ROWS = 18;

export interface AgingSheetResult {
  readonly sheet: string;
  readonly created: boolean;
  /** 0-based sheet row of each currency block's total row. */
  readonly totalRows: Readonly<Record<string, number>>;
}

/**
 * Writes the aging summary on its own sheet (created, or cleared and rewritten on a refresh of
 * a sheet it wrote before; a user's sheet of the same name is never touched):
 * per currency a block of customers × buckets with totals, open invoices and credit rating,
 * in that currency's number format, and per currency a stacked column chart of the largest
 * customers' outstanding by bucket; below the blocks, with a collection log, customers and open
 * invoices per collection status. Rows go in blocks under the payload budget.
 */
export async function writeAgingSummary(
  context: Excel.RequestContext, summary: AgingSummary, lang: PaneLanguage,
  options: { readonly maxPayloadBytes?: number; readonly onProgress?: (p: Progress) => void } = {},
): Promise<AgingSheetResult> {
  const w = WORDS[lang];
  // Refresh only a sheet this step wrote (its A1 is our title): a user's own sheet that happens
  // to be called "Aging summary" is left alone and the summary goes to "Aging summary (2)".
  const names = await loadNames(context);
  const sameName = new RegExp(`^${w.sheet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: \\(\\d+\\))?$`, 'i');
  const candidates = names.sheets.filter((n) => sameName.test(n))
    .map((name) => ({ name, a1: context.workbook.worksheets.getItem(name).getRange('A1').load('values') }));
  if (candidates.length > 0) await context.sync();
  const mine = candidates.find((c) => isAgingTitle(c.a1.values[0]?.[0]))?.name;
  const created = mine === undefined;
  const name = mine ?? uniqueSheetName(w.sheet, names.sheets);
  const sheet = created ? context.workbook.worksheets.add(name) : context.workbook.worksheets.getItem(name);
  if (!created) {
    const charts = sheet.charts.load('items/name');
    await context.sync();
    sheet.getRange().clear('All');
    for (const chart of charts.items) chart.delete();
  }

  const nb = summary.bucketIds.length;
  const width = 1 + nb + 3;
  const rows: unknown[][] = [];
  const formats: string[][] = [];
  const blank = (): void => { rows.push(new Array(width).fill('')); formats.push(new Array(width).fill('General')); };
  const boldRows: number[] = [];
  const totalRows: Record<string, number> = {};
  const chartSources: Array<{ currency: string; headerRow: number; rows: number }> = [];

  rows.push([textCell(`${w.title} ${summary.asOf}`), ...new Array(width - 1).fill('')]);
  formats.push(new Array(width).fill('General'));
  boldRows.push(0);
  for (const block of summary.blocks) {
    blank();
    const fmt = moneyNumberFormat(block.currency);
    rows.push([textCell(`${w.currency}: ${block.currency}`), ...new Array(width - 1).fill('')]);
    formats.push(new Array(width).fill('General'));
    boldRows.push(rows.length - 1);
    const headerRow = rows.length;
    rows.push([textCell(w.customer), ...summary.bucketIds.map(textCell), textCell(w.total), textCell(w.invoices), textCell(w.rating)]);
    formats.push(new Array(width).fill('General'));
    boldRows.push(headerRow);
    for (const line of block.lines) {
      rows.push([textCell(line.customer), ...line.buckets.map(cellNumberFromMoney), cellNumberFromMoney(line.total), line.openInvoices, textCell(`${line.grade} (${line.score})`)]);
      formats.push(['General', ...new Array(nb + 1).fill(fmt), '0', 'General']);
    }
    rows.push([textCell(w.total), ...block.bucketTotals.map(cellNumberFromMoney), cellNumberFromMoney(block.total),
      block.lines.reduce((s, l) => s + l.openInvoices, 0), '']);
    formats.push(['General', ...new Array(nb + 1).fill(fmt), '0', 'General']);
    totalRows[block.currency] = rows.length - 1;
    boldRows.push(rows.length - 1);
    chartSources.push({ currency: block.currency, headerRow, rows: Math.min(CHART_CUSTOMERS, block.lines.length) });
  }
  // Status counts from the collection log: customers and open invoices per status, below the blocks.
  if (summary.statusCounts && summary.statusCounts.length > 0) {
    blank();
    rows.push([textCell(w.byStatus), ...new Array(width - 1).fill('')]);
    formats.push(new Array(width).fill('General'));
    boldRows.push(rows.length - 1);
    rows.push([textCell(w.status), textCell(w.customers), textCell(w.invoices), ...new Array(width - 3).fill('')]);
    formats.push(new Array(width).fill('General'));
    boldRows.push(rows.length - 1);
    for (const s of summary.statusCounts) {
      rows.push([textCell(statusLabel(s.status, lang)), s.customers, s.invoices, ...new Array(width - 3).fill('')]);
      formats.push(['General', '0', '0', ...new Array(width - 3).fill('General')]);
    }
  }

  // Thousands of customers make a big sheet: write in blocks under the payload budget.
  await writeInBlocks(context, sheet, 0, 0, { values: rows, numberFormats: formats }, options);
  for (const r of boldRows) sheet.getRangeByIndexes(r, 0, 1, width).format.font.bold = true;
  sheet.getRangeByIndexes(0, 0, rows.length, width).format.autofitColumns();
  // One chart per currency (amounts in different currencies never share an axis), each beside
  // its block, or below the chart before it when blocks are short.
  let nextFree = 0;
  for (const c of chartSources) {
    if (c.rows === 0) continue;
    const source = sheet.getRangeByIndexes(c.headerRow, 0, c.rows + 1, 1 + nb);
    const chart = sheet.charts.add('ColumnStacked', source, 'Columns');
    chart.title.text = `${w.chart} (${c.currency})`;
    const top = Math.max(c.headerRow, nextFree);
    chart.setPosition(`${columnLetters(width + 1)}${top + 1}`, `${columnLetters(width + 9)}${top + CHART_ROWS}`);
    nextFree = top + CHART_ROWS + 1;
  }
  sheet.activate();
  await context.sync();
  return { sheet: name, created, totalRows };
}
