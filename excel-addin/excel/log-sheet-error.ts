/**
 * Why the log table cannot be read or added to, in terms the pane words for the user:
 * `log-header` its header row lacks a column the log needs (date, customer, action) or names
 * one twice; `log-columns-missing` a row to add fills a column the user has deleted.
 */
export interface LogSheetError {
  readonly code: 'log-header' | 'log-columns-missing';
  readonly message: string;
  /** The header row (`催收记录!A1:L1`). */
  readonly address: string;
  /** The log column concerned. */
  readonly column?: string;
}

export type LogSheetResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: LogSheetError };
