/// <reference types="office-js" />
import { readLogTable, type LogCell, type LogTable } from '../../shared/log/index.ts';
import { findLogTable, type LogTableLocation } from './find-log-table.ts';
import type { LogSheetResult } from './log-sheet-error.ts';
import { DEFAULT_PAYLOAD_BUDGET, type Progress } from './read-table.ts';
import { jsonBytes } from './utf8-size.ts';

export interface ReadLogSheetOptions {
  /** Largest response to ask for in one sync (default 4,000,000 bytes, under Excel on the web's 5 MB). */
  readonly maxResponseBytes?: number;
  readonly onProgress?: (p: Progress) => void;
}

/** The log as the workbook holds it: where it is, and every row taken, refused (with why) or skipped. */
export interface LogSheet {
  readonly location: LogTableLocation;
  /** Rows numbered as the sheet numbers them (the header is on row `location.headerRow + 1`). */
  readonly table: LogTable;
}

/** Rows of the first block: a log row is small, but a note can hold 32,767 characters. */
const FIRST_BLOCK_ROWS = 500;

function isResponseTooLarge(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * Reads the `DunningLog` table with the core's one log reader (the same validation as the CLI's
 * file): rows typed by hand count like the add-in's own, a bad row is refused with its sheet row
 * and column and the others still count. Values are read in blocks whose response stays under
 * the budget (the block size follows the bytes of the block before; a block Excel refuses is
 * read again in halves). `null` when the workbook has no log yet.
 */
export async function readLogSheet(context: Excel.RequestContext, options: ReadLogSheetOptions = {}): Promise<LogSheetResult<LogSheet | null>> {
  const found = await findLogTable(context);
  if (!found.ok) return found;
  const location = found.value;
  if (!location) return { ok: true, value: null };
  const budget = options.maxResponseBytes ?? DEFAULT_PAYLOAD_BUDGET;
  const sheet = context.workbook.worksheets.getItem(location.sheet);
  const width = location.columns.length;
  const total = location.bodyRows;
  const rows: LogCell[][] = [];
  let blockRows = Math.max(1, Math.min(FIRST_BLOCK_ROWS, Math.floor(budget / (width * 40))));
  for (let start = 0; start < total;) {
    const count = Math.min(blockRows, total - start);
    const range = sheet.getRangeByIndexes(location.headerRow + 1 + start, location.firstColumn, count, width).load('values');
    try {
      await context.sync();
    } catch (e) {
      if (!isResponseTooLarge(e) || count === 1) throw e;
      blockRows = Math.max(1, Math.floor(count / 2));
      continue;
    }
    for (const line of range.values) rows.push(line as LogCell[]);
    start += count;
    options.onProgress?.({ phase: 'read', done: start, total });
    blockRows = Math.max(1, Math.floor((count * budget * 0.8) / Math.max(1, jsonBytes(range.values))));
  }
  const read = readLogTable(location.columns, rows, { headerRow: location.headerRow + 1 });
  // The header was read a moment ago: it cannot fail now, but a value is never assumed.
  if (!read.ok) return { ok: false, error: { code: 'log-header', message: read.error.message, address: location.sheet } };
  return { ok: true, value: { location, table: read.value } };
}
