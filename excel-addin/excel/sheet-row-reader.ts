import type { CurrencyCode } from '../../shared/currency.ts';
import { createTableReader, type TableSummary } from '../../shared/import/create-table-reader.ts';
import { sheetRowCells } from '../../shared/import/sheet-cells.ts';
import { createTableLayout, missingColumns } from '../../shared/import/table-layout.ts';
import type { DateOrder, FieldName, Receivable, RejectedRow, SkippedRow } from '../../shared/import/types.ts';
import { currencyFromFormat } from './currency-from-format.ts';

/** How sheet cells are read into receivables: the options of the CSV import, from the pane's settings. */
export interface SheetReadOptions {
  /** field → header text (or 1-based column number), overriding the synonym table. */
  readonly map?: Readonly<Partial<Record<FieldName, string>>>;
  /** Currency when neither a currency column, the amount text, its number format nor the header names one. */
  readonly currency?: CurrencyCode;
  /** For text dates with the year last (`05/09/2026`); `auto` decides per column. Excel dates are serials and need none. */
  readonly dateOrder?: 'auto' | DateOrder;
}

/** One sheet row read: a receivable, a rejected row (why), or a row that is not data. */
export type RowOutcome =
  | { readonly kind: 'receivable'; readonly value: Receivable }
  | { readonly kind: 'rejected'; readonly value: RejectedRow }
  | { readonly kind: 'skipped'; readonly value: SkippedRow };

export type ColumnMapping = Readonly<Partial<Record<FieldName, number>>>;

/** Every row pushed, read: one outcome per row in the order pushed, and the same sorted by kind. */
export interface SheetRead {
  readonly outcomes: readonly RowOutcome[];
  readonly receivables: readonly Receivable[];
  readonly rejected: readonly RejectedRow[];
  readonly skipped: readonly SkippedRow[];
  readonly summary: TableSummary;
}

/** Reads the data rows of a sheet table, pushed one by one with their 1-based sheet row numbers. */
export interface SheetRowReader {
  readonly ok: true;
  readonly mapping: ColumnMapping;
  /** One row: its `range.values` and `range.numberFormat` as Excel gives them. */
  push(values: readonly unknown[], formats: readonly string[] | undefined, row: number): void;
  /** Reads what is held (date order, invoice lines) and returns every row's outcome. */
  end(): SheetRead;
}

/**
 * Maps the header cells to fields and returns a reader of the rows below, or the fields that
 * no column carries. A thin adapter over the core's row reader (`createTableReader`): sheet
 * values become cells by `sheetRowCells` (serial dates → dates, numbers → exact amounts, a
 * currency number format → the amount's currency), then every rule is the CSV importer's —
 * currencies, payment terms, totals in any language, duplicate invoice numbers, status, date
 * order — so a sheet and its CSV export give the same receivables, rejections and skips.
 */
export function createSheetRowReader(headers: readonly string[], options: SheetReadOptions):
  | SheetRowReader
  | { ok: false; missing: readonly string[]; mapping: ColumnMapping } {
  const layout = createTableLayout(headers.map((h) => (typeof h === 'string' ? h : String(h ?? ''))), options.map ? { map: options.map } : {});
  const mapping = layout.mapping.mapping;
  const missing: string[] = [...missingColumns(layout), ...layout.mapping.missing];
  if (missing.length > 0) return { ok: false, missing, mapping };

  const byRow = new Map<number, RowOutcome>();
  const order: number[] = [];
  const receivables: Receivable[] = [];
  const rejected: RejectedRow[] = [];
  const skipped: SkippedRow[] = [];
  const reader = createTableReader(layout, {
    ...(options.currency ? { currency: options.currency } : {}),
    ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
  }, {
    receivable: (r) => { receivables.push(r); byRow.set(r.row, { kind: 'receivable', value: r }); },
    rejected: (r) => { rejected.push(r); byRow.set(r.row, { kind: 'rejected', value: r }); },
    skipped: (s) => { skipped.push(s); byRow.set(s.row, { kind: 'skipped', value: s }); },
  });
  return {
    ok: true,
    mapping,
    push(values, formats, row) {
      const { cells, sheet } = sheetRowCells(layout, values, formats, currencyFromFormat);
      order.push(row);
      reader.push(cells, row, 1, sheet);
    },
    end() {
      const summary = reader.end();
      const byOrder = (a: { row: number }, b: { row: number }): number => a.row - b.row;
      return {
        // Every pushed row has exactly one entry (the core accounts for every line).
        outcomes: order.map((row) => byRow.get(row) ?? { kind: 'skipped', value: { row, kind: 'blank' } }),
        receivables: receivables.sort(byOrder),
        rejected: rejected.sort(byOrder),
        skipped: skipped.sort(byOrder),
        summary,
      };
    },
  };
}
