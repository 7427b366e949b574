import type { PlainDate } from '../plain-date.ts';

/** Percent per year as written in the source table: `"5.25"` = 5.25 %. */
export type PercentString = string;

/** A rate that applies from `from` until the next step. */
export interface RateStep {
  readonly from: PlainDate;
  readonly percent: PercentString;
}

/** A published rate history (Bank Rate, ECB MRO, Basiszinssatz), with how far it is known. */
export interface RateTable {
  readonly name: string;
  /** The last day the table is known to be complete; later days assume the last rate (with a warning). */
  readonly knownUntil: PlainDate;
  /** Ascending by `from`. */
  readonly steps: readonly RateStep[];
  readonly sources: readonly string[];
  readonly statute?: string;
  readonly caveats?: readonly string[];
}

/** One monthly LPR quote: applies from its publication day to the next quote. */
export interface LprQuote {
  readonly from: PlainDate;
  readonly oneYear: PercentString;
  readonly fiveYear: PercentString;
}

/** LPR quotes since 2019-08-20 plus the PBOC benchmark used for breaches before that. */
export interface LprTable {
  readonly name: string;
  readonly knownUntil: PlainDate;
  readonly benchmark: {
    readonly until: PlainDate;
    readonly oneYear: PercentString;
    readonly fiveYear: PercentString;
    readonly note: string;
  };
  /** Ascending by `from`. */
  readonly quotes: readonly LprQuote[];
  readonly sources: readonly string[];
  readonly caveats?: readonly string[];
}

/** Every table the penalty engine reads. */
export interface RateTables {
  readonly cnLpr: LprTable;
  readonly ukBankRate: RateTable;
  readonly ecbMro: RateTable;
  readonly deBasiszinssatz: RateTable;
}
