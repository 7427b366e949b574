/// <reference types="office-js" />
import { DEFAULT_PAYLOAD_BUDGET, type Progress } from './read-table.ts';
import { jsonBytes } from './utf8-size.ts';

/** Rows to put on a sheet: values, and optionally a number format per cell (same shape). */
export interface RowsToWrite {
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormats?: readonly (readonly string[])[];
  /**
   * Serialized size of each row (values and formats) when the caller already knows it;
   * otherwise it is measured here. Used to plan the blocks.
   */
  readonly weights?: readonly number[];
}

export interface WriteInBlocksOptions {
  /** Largest request per sync (default 4,000,000 bytes, under Excel on the web's 5 MB). */
  readonly maxPayloadBytes?: number;
  /** Called after each block's sync with the rows written so far. */
  readonly onProgress?: (p: Progress) => void;
}

/** What the envelope of one block's request (range, property names, ids) may weigh. */
const ENVELOPE_BYTES = 1_000;

/**
 * Splits rows into consecutive blocks whose summed weight stays under `budgetBytes` (a row
 * heavier than the budget gets a block of its own). `weights[i]` is row i's serialized size.
 */
export function planBlocks(weights: readonly number[], budgetBytes: number): Array<{ start: number; end: number }> {
  const blocks: Array<{ start: number; end: number }> = [];
  let start = 0;
  let sum = 0;
  weights.forEach((w, i) => {
    if (i > start && sum + w > budgetBytes) {
      blocks.push({ start, end: i });
      start = i;
      sum = 0;
    }
    sum += w;
  });
  if (start < weights.length) blocks.push({ start, end: weights.length });
  return blocks;
}

/**
 * The one way the add-in writes many rows: plans blocks under the payload budget, and for each
 * block suspends screen updating and calculation, sets the number formats (first, so values show
 * formatted at once) and the values of the block's range, syncs, and reports progress. Rows are
 * written at `row`, `col` (0-based) downwards; every row has the same width.
 * Returns the number of syncs it made.
 *
 * @example
 * await writeInBlocks(context, sheet, 1, 0, { values: rows, numberFormats: formats }, { onProgress });
 */
export async function writeInBlocks(
  context: Excel.RequestContext, sheet: Excel.Worksheet, row: number, col: number, rows: RowsToWrite, options: WriteInBlocksOptions = {},
): Promise<number> {
  const { values, numberFormats } = rows;
  const total = values.length;
  if (total === 0) return 0;
  const width = values[0]?.length ?? 0;
  if (values.some((r) => r.length !== width) || (numberFormats && (numberFormats.length !== total || numberFormats.some((r) => r.length !== width)))) {
    throw new RangeError('writeInBlocks: every row (and its formats) must have the same width');
  }
  const weights = rows.weights ?? values.map((v, i) => jsonBytes(v) + (numberFormats ? jsonBytes(numberFormats[i]) : 0) + 2);
  const budget = (options.maxPayloadBytes ?? DEFAULT_PAYLOAD_BUDGET) - ENVELOPE_BYTES;
  let syncs = 0;
  for (const b of planBlocks(weights, budget)) {
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
    context.workbook.application.suspendApiCalculationUntilNextSync();
    const target = sheet.getRangeByIndexes(row + b.start, col, b.end - b.start, width);
    if (numberFormats) target.numberFormat = numberFormats.slice(b.start, b.end) as string[][];
    target.values = values.slice(b.start, b.end) as unknown[][];
    await context.sync();
    syncs++;
    options.onProgress?.({ phase: 'write', done: b.end, total });
  }
  return syncs;
}
