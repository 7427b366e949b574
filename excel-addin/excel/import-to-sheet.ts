/// <reference types="office-js" />
import type { Receivable } from '../../shared/import/types.ts';
import { toExcelSerial } from '../../shared/plain-date.ts';
import type { PaneLanguage } from '../i18n/language.ts';
import { sheetAddress } from './column-letters.ts';
import { cellNumberFromMoney, moneyNumberFormat } from './money-from-cell.ts';
import { DEFAULT_PAYLOAD_BUDGET, type Progress } from './read-table.ts';
import { textCell } from './text-cell.ts';
import { loadNames } from './load-names.ts';
import { uniqueSheetName } from './unique-sheet-name.ts';
import { writeInBlocks } from './write-in-blocks.ts';

/** Columns of an imported sheet; headers are ones the core's synonym table maps back to the same fields. */
const IMPORT_COLUMNS = [
  { key: 'customer', en: 'Customer Name', zh: '客户名称' },
  { key: 'invoice', en: 'Invoice Number', zh: '发票号码' },
  { key: 'email', en: 'Email', zh: '邮箱' },
  { key: 'phone', en: 'Phone', zh: '电话' },
  { key: 'currency', en: 'Currency', zh: '币种' },
  { key: 'amount', en: 'Amount', zh: '金额' },
  { key: 'paid', en: 'Amount Paid', zh: '已收金额' },
  { key: 'outstanding', en: 'Amount Due', zh: '未收金额' },
  { key: 'issueDate', en: 'Invoice Date', zh: '开票日期' },
  { key: 'dueDate', en: 'Due Date', zh: '到期日' },
] as const;

/** Number format of imported dates: ISO, so a date reads the same in every locale of Excel. */
const DATE_FORMAT = 'yyyy-mm-dd';

export interface ImportToSheetOptions {
  /** Sheet name wanted (made unique): e.g. the file name. */
  readonly sheetName: string;
  readonly lang: PaneLanguage;
  readonly maxPayloadBytes?: number;
  readonly onProgress?: (p: Progress) => void;
}

export interface ImportedSheet {
  readonly sheet: string;
  readonly table: string;
  /** Table address, header included. */
  readonly address: string;
  readonly rows: number;
}

function rowOf(r: Receivable): { values: unknown[]; formats: string[] } {
  const money = moneyNumberFormat(r.currency);
  return {
    values: [
      textCell(r.customer), textCell(r.invoice), textCell(r.email ?? ''), textCell(r.phone ?? ''), textCell(r.currency),
      cellNumberFromMoney(r.amount), cellNumberFromMoney(r.paid), cellNumberFromMoney(r.outstanding),
      r.issueDate ? toExcelSerial(r.issueDate) : '', toExcelSerial(r.dueDate),
    ],
    formats: ['General', 'General', 'General', 'General', 'General', money, money, money, DATE_FORMAT, DATE_FORMAT],
  };
}

/**
 * Puts imported receivables on a new sheet as an Excel table: dates as serials with a date
 * format, amounts as numbers with the currency's digits, text with Excel's quote prefix so that
 * `=HYPERLINK(…)`, `+1-2` or `00123` stay exactly the text they were. Blocks under the payload budget.
 */
export async function importToSheet(
  context: Excel.RequestContext, receivables: readonly Receivable[], options: ImportToSheetOptions,
): Promise<ImportedSheet> {
  const budget = options.maxPayloadBytes ?? DEFAULT_PAYLOAD_BUDGET;
  const names = await loadNames(context);
  const name = uniqueSheetName(options.sheetName, names.sheets);
  const sheet = context.workbook.worksheets.add(name);
  const width = IMPORT_COLUMNS.length;
  sheet.getRangeByIndexes(0, 0, 1, width).values = [IMPORT_COLUMNS.map((c) => textCell(options.lang === 'zh-CN' ? c.zh : c.en))];
  await context.sync();

  const rows = receivables.map(rowOf);
  await writeInBlocks(context, sheet, 1, 0, { values: rows.map((r) => r.values), numberFormats: rows.map((r) => r.formats) }, {
    maxPayloadBytes: budget, ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });

  let tableName = 'Receivables';
  for (let i = 2; names.tables.some((t) => t.toLowerCase() === tableName.toLowerCase()); i++) tableName = `Receivables${i}`;
  const address = sheetAddress(name, 0, 0, Math.max(2, rows.length + 1), width);
  const table = sheet.tables.add(address, true);
  table.name = tableName;
  sheet.freezePanes.freezeRows(1);
  sheet.getRangeByIndexes(0, 0, rows.length + 1, width).format.autofitColumns();
  sheet.activate();
  await context.sync();
  return { sheet: name, table: tableName, address, rows: rows.length };
}
