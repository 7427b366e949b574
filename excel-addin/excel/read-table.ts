/// <reference types="office-js" />
import type { TableSummary } from '../../shared/import/create-table-reader.ts';
import type { Receivable, RejectedRow, SkippedRow } from '../../shared/import/types.ts';
import { createSheetRowReader, type ColumnMapping, type RowOutcome, type SheetReadOptions } from './sheet-row-reader.ts';
import type { StepResult, TableLocation } from './table-location.ts';
import { jsonBytes } from './utf8-size.ts';

/** Progress of a long step, for the pane's progress bar. */
export interface Progress {
  readonly phase: 'read' | 'write';
  readonly done: number;
  readonly total: number;
}

export interface ReadTableOptions extends SheetReadOptions {
  /** Largest response to ask for in one sync (Excel on the web refuses over 5 MB). */
  readonly maxResponseBytes?: number;
  readonly onProgress?: (p: Progress) => void;
}

/** The table read: one outcome per data row (in sheet order) and the same sorted by kind. */
export interface SheetTable {
  readonly mapping: ColumnMapping;
  readonly outcomes: readonly RowOutcome[];
  readonly receivables: readonly Receivable[];
  readonly rejected: readonly RejectedRow[];
  readonly skipped: readonly SkippedRow[];
  /** How the rows were read: the date order decided, a currency assumed, warnings. */
  readonly summary: TableSummary;
}

/** Bytes a request or response may weigh by default: 4 MB, under Excel on the web's 5 MB limit with room for the envelope. */
export const DEFAULT_PAYLOAD_BUDGET = 4_000_000;
/** Rows of the first block: small, since nothing is known yet of how heavy a row is (a notes column can hold 32,767 characters a cell). */
const FIRST_BLOCK_ROWS = 200;

function isResponseTooLarge(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'ResponsePayloadSizeLimitExceeded';
}

/**
 * Reads the data rows below the header as receivables: values and number formats in blocks
 * whose response stays under the budget (the block size adapts to the bytes the previous block
 * weighed; a block Excel refuses as too large is read again in halves). Every row goes through
 * the core's row reader, the same rules as a CSV import (see `createSheetRowReader`).
 */
export async function readTable(
  context: Excel.RequestContext, location: TableLocation, options: ReadTableOptions,
): Promise<StepResult<SheetTable>> {
  const reader = createSheetRowReader(location.headers, options);
  if (!reader.ok) {
    return { ok: false, error: { code: 'missing-columns', message: `no column for: ${reader.missing.join(', ')}`, fields: reader.missing } };
  }
  const budget = options.maxResponseBytes ?? DEFAULT_PAYLOAD_BUDGET;
  const sheet = context.workbook.worksheets.getItem(location.sheet);
  const total = location.dataRowCount;
  let blockRows = Math.max(1, Math.min(FIRST_BLOCK_ROWS, Math.floor(budget / (location.columnCount * 60))));
  for (let start = 0; start < total;) {
    const rows = Math.min(blockRows, total - start);
    const range = sheet.getRangeByIndexes(location.headerRow + 1 + start, location.firstColumn, rows, location.columnCount)
      .load('values,numberFormat');
    try {
      await context.sync();
    } catch (e) {
      // Rows far heavier than the ones before: Excel refused the response and nothing was read; try half as many.
      if (!isResponseTooLarge(e) || rows === 1) throw e;
      blockRows = Math.max(1, Math.floor(rows / 2));
      continue;
    }
    const values = range.values;
    const formats = range.numberFormat as string[][];
    for (let i = 0; i < rows; i++) {
      reader.push(values[i] ?? [], formats[i] ?? [], location.headerRow + 2 + start + i);
    }
    const weight = jsonBytes(values) + jsonBytes(formats);
    start += rows;
    options.onProgress?.({ phase: 'read', done: start, total });
    // Aim at 80 % of the budget: rows vary in length.
    blockRows = Math.max(1, Math.floor((rows * budget * 0.8) / Math.max(1, weight)));
  }
  const read = reader.end();
  return {
    ok: true,
    value: { mapping: reader.mapping, outcomes: read.outcomes, receivables: read.receivables, rejected: read.rejected, skipped: read.skipped, summary: read.summary },
  };
}
