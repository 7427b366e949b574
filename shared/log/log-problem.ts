/** Why a log row was refused, stable for code to test. */
export type LogProblemCode =
  | 'required' | 'invalid-date' | 'unknown-action' | 'unknown-stage' | 'unknown-channel'
  | 'invalid-amount' | 'invalid-currency' | 'until-before-date';

/** One thing wrong with one field of one row, in words a bookkeeper understands. */
export interface LogProblem {
  readonly code: LogProblemCode;
  /** The row as numbered in its file or sheet. */
  readonly row: number;
  /** The log column (`date`, `amount`, …). */
  readonly column: string;
  /** The cell as found (text). */
  readonly value: string;
  readonly reason: string;
}

/** A refused row: its first problem, and all of them (a row can have several). */
export interface LogRejectedRow extends LogProblem {
  readonly problems: readonly LogProblem[];
}
