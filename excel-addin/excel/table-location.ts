/** Where the receivables are on the sheet: plain data (safe to keep in a store or in settings). */
export interface TableLocation {
  readonly sheet: string;
  /** 0-based row of the header row. */
  readonly headerRow: number;
  /** 0-based first column. */
  readonly firstColumn: number;
  readonly columnCount: number;
  /** Data rows below the header (may be 0). */
  readonly dataRowCount: number;
  /** The Excel table's name when the data is a table. */
  readonly tableName?: string;
  /** How it was found: the table under the selection, the current region, or the used range. */
  readonly source: 'table' | 'region' | 'used-range';
  /** Header cells as text. */
  readonly headers: readonly string[];
}

/** A failure the pane explains in words (branching on `code`). */
export interface ExcelStepError {
  readonly code: 'no-data' | 'no-header' | 'missing-columns' | 'columns-occupied';
  readonly message: string;
  /** Address the user should look at (`Sheet1!H1:L1`). */
  readonly address?: string;
  readonly fields?: readonly string[];
}

export type StepResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ExcelStepError };
