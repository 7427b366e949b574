/** The JSON shape of a rate table as published in the hand-out folder (strings as written). */
export interface RawRateChangeTable {
  readonly name: string;
  readonly appliesFrom: string;
  readonly knownUntil: string;
  /** Percent per year from each date on (`"5.25"` = 5.25 %). */
  readonly changes: readonly { readonly from: string; readonly rate: string }[];
  readonly statute?: string;
  readonly caveats?: readonly string[];
  readonly sources: readonly string[];
  readonly fixedCompensation?: readonly { readonly below: string | null; readonly amount: string }[];
}

/** The JSON shape of the LPR table: monthly quotes plus the PBOC benchmark used before 2019-08-20. */
export interface RawLprTable {
  readonly name: string;
  readonly publisher: string;
  readonly appliesFrom: string;
  readonly before: { readonly until: string; readonly oneYear: string; readonly fiveYear: string; readonly note: string };
  readonly knownUntil: string;
  readonly quotes: readonly { readonly from: string; readonly oneYear: string; readonly fiveYear: string }[];
  readonly sources: readonly string[];
  readonly caveats?: readonly string[];
}
