import type { InvoiceJurisdiction } from '../../shared/collection/index.ts';
/// <reference types="office-js" />
import type { AgingBucket } from '../../shared/aging.ts';
import { deriveCollection, type InvoiceCollection } from '../../shared/collection/index.ts';
import { statusLabel } from '../../shared/labels/index.ts';
import type { Jurisdiction } from '../../shared/limitation/index.ts';
import type { LogEntry } from '../../shared/log/index.ts';
import type { CurrencyCode } from '../../shared/currency.ts';
import type { Receivable, RejectedRow, SkippedRow } from '../../shared/import/types.ts';
import { add } from '../../shared/money.ts';
import { toExcelSerial, type PlainDate } from '../../shared/plain-date.ts';
import type { StageId } from '../../shared/stage-id.ts';
import type { StagePolicy } from '../../shared/stages/index.ts';
import type { PaneLanguage } from '../i18n/language.ts';
import { createRowBuilderByCurrency, type RowBuilderByCurrencyOptions, type RuleForCurrency } from '../report/row-builder-by-currency.ts';
import { createPenaltyAnnotator, type AssumedTableUse } from './penalty-annotation.ts';
import type { ReferenceData } from '../../shared/reference-data/index.ts';
import { sheetAddress } from './column-letters.ts';
import { cellNumberFromMoney, moneyNumberFormat } from './money-from-cell.ts';
import { LOG_DATE_FORMAT } from './ensure-log-table.ts';
import { logStatusRules } from './log-status-rules.ts';
import { OWNED_COLUMNS, type OwnedColumn } from './owned-columns.ts';
import { placeOwnedColumns, type OwnedColumnsRecord } from './place-owned-columns.ts';
import { DEFAULT_PAYLOAD_BUDGET, readTable, type Progress } from './read-table.ts';
import { severityRules, type SeverityThresholds } from './severity-rules.ts';
import type { SheetReadOptions } from './sheet-row-reader.ts';
import type { StepResult, TableLocation } from './table-location.ts';
import { textCell } from './text-cell.ts';
import { jsonBytes } from './utf8-size.ts';
import { writeInBlocks } from './write-in-blocks.ts';

export interface FlagOptions {
  readonly asOf: PlainDate;
  /** The penalty rule for invoices in a currency (a GBP invoice is not charged China's contract rate). */
  readonly ruleFor: RuleForCurrency;
  readonly buckets?: readonly AgingBucket[];
  readonly policy?: StagePolicy;
  readonly lang: PaneLanguage;
  readonly read: SheetReadOptions;
  /** Words for a stage in the sheet (`Formal notice`, `正式催告函`). */
  readonly stageLabel: (stage: StageId) => string;
  /** Words for a row that could not be read (`check due date: no such date`). */
  readonly rejectedLabel: (r: RejectedRow) => string;
  /** Days overdue from which rows are marked amber and red (default 30 and 90). */
  readonly severity?: SeverityThresholds;
  /** Largest request or response per sync (default 4,000,000 bytes, under Excel on the web's 5 MB). */
  readonly maxPayloadBytes?: number;
  readonly onProgress?: (p: Progress) => void;
  /** Where the pane recorded the columns of the last run on this workbook, if it did. */
  readonly previous?: OwnedColumnsRecord;
  /** The settings' rule selection (a penalty column still wins for its invoice). */
  readonly rules?: RowBuilderByCurrencyOptions['rules'];
  /** The rates and holidays to compute with, as the engine takes them. */
  readonly penaltyOptions?: RowBuilderByCurrencyOptions['penaltyOptions'];
  /** The same data, for the Rule column's "assumed after" dates (built in when absent). */
  readonly reference?: ReferenceData;
  /**
   * The collection log's rows (the `DunningLog` table, as read by readLogSheet), when the workbook
   * has a log: Next stage then follows the log. Status, Last contact, Next action and Limitation
   * expires are derived with or without one (no log: every case is open).
   */
  readonly log?: readonly LogEntry[];
  /**
   * Whose limitation law applies (none: Limitation expires stays empty), or how to decide it from
   * the receivables read (the pane's: each invoice's, by the rule of its currency).
   */
  readonly jurisdiction?: Jurisdiction | ((receivables: readonly Receivable[]) => Jurisdiction | InvoiceJurisdiction | undefined);
}

/** What one row gets in each owned column (absent: empty, General). */
type OwnedCells = Partial<Record<OwnedColumn['key'], { readonly value: unknown; readonly format: string }>>;

/** What a flag run did: plain data for the pane. */
export interface FlagSummary {
  /** Owned columns written, header included (`Sheet1!H1:L120`). */
  readonly ownedAddress: string;
  readonly dataRows: number;
  readonly receivables: number;
  readonly overdue: number;
  readonly rejected: readonly RejectedRow[];
  readonly skipped: readonly SkippedRow[];
  /** True when the owned columns already held a previous run's output. */
  readonly updatedInPlace: boolean;
  /** The currency taken for rows that name none, when some did (decided by the core's row reader, as for a CSV). */
  readonly currencyAssumed?: CurrencyCode;
  /** Where the columns are now: for the pane to record, so the next run finds them. */
  readonly owned: OwnedColumnsRecord;
  /** True when a previous run's columns were found away from the table's edge and rewritten there. */
  readonly apart: boolean;
  /** Tables some penalties rest on past their known-until dates (the Rule cells say which). */
  readonly assumed: readonly AssumedTableUse[];
  /** Invoices with a broken promise or a missed instalment. */
  readonly broken: number;
  /** Open invoices whose limitation period ends within 90 days (or has ended). */
  readonly limitationSoon: number;
}

/**
 * Writes Days overdue, Bucket, Penalty / interest, Total due, Next stage, and from the collection
 * log Status, Last contact, Next action and Limitation expires beside the table, as numbers
 * with number formats (dates as date serials), and marks overdue rows by severity with three
 * conditional format rules over the owned data cells, broken promises on their Status cell and
 * limitation periods ending within 90 days on their date cell. With a log, Next stage is the
 * log's (the stage after the last one sent, held while a promise or plan runs…: deriveCollection). A re-run updates the same cells, wherever a previous
 * run put them (see {@link placeOwnedColumns}); anything of the user's in the way stops it
 * before any write, and the error names the occupied address. Stale rows of its own below a
 * shrunk table are emptied. Reads and writes go in blocks under the payload budget
 * ({@link writeInBlocks}).
 */
export async function flagOverdue(
  context: Excel.RequestContext, location: TableLocation, options: FlagOptions,
): Promise<StepResult<FlagSummary>> {
  const budget = options.maxPayloadBytes ?? DEFAULT_PAYLOAD_BUDGET;
  const sheet = context.workbook.worksheets.getItem(location.sheet);
  const width = OWNED_COLUMNS.length;
  const n = location.dataRowCount;

  // 1. Where do the columns go, and may we write there?
  const placed = await placeOwnedColumns(context, location, options.previous);
  if (!placed.ok) return placed;
  const { column: ownedCol, previousRows, previousRules } = placed.value;
  const updatedInPlace = placed.value.ownedColumns.some(Boolean);

  // 2. Read the table.
  const read = await readTable(context, location, { ...options.read, maxResponseBytes: budget, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  if (!read.ok) return read;
  const table = read.value;

  // 3. Compute each row (the core: days, bucket, stage, penalty), with the rule of its currency,
  //    and each invoice's collection state from the log (the same function as the CLI's report --log).
  const buildRow = createRowBuilderByCurrency(options);
  const annotate = createPenaltyAnnotator(options.reference, options.lang);
  const jurisdiction = typeof options.jurisdiction === 'function' ? options.jurisdiction(table.receivables) : options.jurisdiction;
  const state = deriveCollection(table.receivables, options.log ?? [], options.asOf, {
    ...(options.policy ? { policy: options.policy } : {}), ...(jurisdiction ? { jurisdiction } : {}), lang: options.lang,
  });
  const collectionOf = new Map<object, InvoiceCollection>();
  state.invoices.forEach((inv) => collectionOf.set(inv.receivable, inv));
  const dateCell = (d: PlainDate | null | undefined) => (d ? { value: toExcelSerial(d), format: LOG_DATE_FORMAT } : { value: '', format: 'General' });
  let broken = 0;
  let limitationSoon = 0;
  // Rows a previous run wrote below a table that has since shrunk are stale output of ours:
  // written empty with the General format (never `clear`, which would also strip the user's
  // conditional formats and fills from those cells).
  const rows = Math.max(n, previousRows);
  const values: unknown[][] = new Array(rows);
  const formats: string[][] = new Array(rows);
  const weights: number[] = new Array(rows);
  const put = (i: number, cells: OwnedCells): void => {
    values[i] = OWNED_COLUMNS.map((c) => cells[c.key]?.value ?? '');
    formats[i] = OWNED_COLUMNS.map((c) => cells[c.key]?.format ?? 'General');
    weights[i] = jsonBytes(values[i]) + jsonBytes(formats[i]) + 2;
  };
  let overdue = 0;
  table.outcomes.forEach((o, i) => {
    if (o.kind === 'receivable') {
      const row = buildRow(o.value);
      if (row.daysOverdue > 0 && o.value.outstanding.minor > 0) overdue++;
      const total = add(add(o.value.outstanding, row.penalty), row.compensation);
      const fmt = moneyNumberFormat(o.value.currency);
      const inv = collectionOf.get(o.value);
      const stage = options.log && inv ? inv.nextStage : row.stage;
      if (inv && (inv.status === 'broken-promise' || inv.status === 'plan-missed')) broken++;
      if (inv?.limitation && inv.status !== 'paid' && inv.limitation.daysLeft < 90) limitationSoon++;
      put(i, {
        // A settled invoice is not overdue whatever its due date: no days, so no severity mark.
        daysOverdue: { value: o.value.outstanding.minor > 0 ? row.daysOverdue : '', format: '0' },
        bucket: { value: textCell(row.bucket), format: 'General' },
        penalty: { value: cellNumberFromMoney(add(row.penalty, row.compensation)), format: fmt },
        rule: { value: textCell(annotate.cell(row)), format: 'General' },
        totalDue: { value: cellNumberFromMoney(total), format: fmt },
        nextStage: { value: textCell(stage ? options.stageLabel(stage) : ''), format: 'General' },
        ...(inv ? {
          status: { value: textCell(statusLabel(inv.status, options.lang)), format: 'General' },
          lastContact: dateCell(inv.lastContact?.date),
          nextAction: dateCell(inv.nextAction),
          limitationExpires: dateCell(inv.status === 'paid' ? undefined : inv.limitation?.expires),
        } : {}),
      });
    } else if (o.kind === 'rejected') {
      put(i, { nextStage: { value: textCell(options.rejectedLabel(o.value)), format: 'General' } });
    } else {
      put(i, {});
    }
  });
  for (let i = n; i < rows; i++) put(i, {});

  // 4. Header, then the data in blocks.
  const header = sheet.getRangeByIndexes(location.headerRow, ownedCol, 1, width);
  header.values = [OWNED_COLUMNS.map((c) => textCell(c.header[options.lang]))];
  header.format.font.bold = true;
  await context.sync();
  await writeInBlocks(context, sheet, location.headerRow + 1, ownedCol, { values, numberFormats: formats, weights }, {
    maxPayloadBytes: budget, ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });

  // 5. Severity marks: three rules over the owned data cells, replacing a previous run's rules only.
  //    They read Days overdue, the first owned column.
  for (const cf of previousRules) cf.delete();
  if (n > 0) {
    const body = sheet.getRangeByIndexes(location.headerRow + 1, ownedCol, n, width);
    for (const rule of severityRules(ownedCol, location.headerRow + 1, options.severity)) {
      const cf = body.conditionalFormats.add('Custom');
      cf.custom.rule.formula = rule.formula;
      cf.custom.format.fill.color = rule.fill;
    }
    // Added last and put first, so their fill wins over the severity fill of the same cells.
    for (const rule of logStatusRules(ownedCol, location.headerRow + 1)) {
      const at = OWNED_COLUMNS.findIndex((c) => c.key === rule.key);
      const cf = sheet.getRangeByIndexes(location.headerRow + 1, ownedCol + at, n, 1).conditionalFormats.add('Custom');
      cf.custom.rule.formula = rule.formula;
      cf.custom.format.fill.color = rule.fill;
      cf.custom.format.font.color = rule.fontColor;
      cf.priority = 0;
    }
  }
  sheet.getRangeByIndexes(location.headerRow, ownedCol, n + 1, width).format.autofitColumns();
  await context.sync();

  return {
    ok: true,
    value: {
      ownedAddress: sheetAddress(location.sheet, location.headerRow, ownedCol, n + 1, width),
      dataRows: n,
      receivables: table.receivables.length,
      overdue,
      rejected: table.rejected,
      skipped: table.skipped,
      ...(table.summary.currencyAssumed ? { currencyAssumed: table.summary.currencyAssumed } : {}),
      updatedInPlace,
      owned: { sheet: location.sheet, headerRow: location.headerRow, column: ownedCol },
      apart: placed.value.apart,
      assumed: annotate.assumed(),
      broken,
      limitationSoon,
    },
  };
}
