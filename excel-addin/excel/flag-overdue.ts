/// <reference types="office-js" />
import type { AgingBucket } from '../../shared/aging.ts';
import type { RejectedRow, SkippedRow } from '../../shared/import/types.ts';
import { add } from '../../shared/money.ts';
import type { PenaltyRule } from '../../shared/penalty/types.ts';
import type { PlainDate } from '../../shared/plain-date.ts';
import { createReportRowBuilder, type ReportRow } from '../../shared/report/index.ts';
import type { StageId } from '../../shared/stage-id.ts';
import type { StagePolicy } from '../../shared/stages/index.ts';
import type { PaneLanguage } from '../i18n/language.ts';
import { sheetAddress } from './column-letters.ts';
import { cellNumberFromMoney, moneyNumberFormat } from './money-from-cell.ts';
import { isOwnedHeader, OWNED_COLUMNS } from './owned-columns.ts';
import { DEFAULT_PAYLOAD_BUDGET, readTable, type Progress } from './read-table.ts';
import { isSeverityRule, severityRules, type SeverityThresholds } from './severity-rules.ts';
import type { SheetReadOptions } from './sheet-row-reader.ts';
import type { StepResult, TableLocation } from './table-location.ts';
import { textCell } from './text-cell.ts';
import { jsonBytes } from './utf8-size.ts';
import { planBlocks } from './write-blocks.ts';

export interface FlagOptions {
  readonly asOf: PlainDate;
  readonly rule: PenaltyRule;
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
}

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
}

/** Rows in a worksheet (Excel 2007 and later). */
const EXCEL_ROWS = 1_048_576;

/**
 * Writes Days overdue, Bucket, Penalty / interest, Total due and Next stage beside the table,
 * as numbers with number formats, and marks overdue rows by severity with three conditional
 * format rules over the owned data cells. A re-run updates the same cells.
 *
 * What it owns: the five header cells once they carry its headers, and the rows under its own
 * severity rules (found by formula, so the user's rules over the same columns are never
 * removed or trimmed). Anything else in the target block (a note, a header of the user's, a
 * value beside a row added since the last run) stops it before any write, and the error names
 * the occupied address. Stale rows of its own below a shrunk table are emptied.
 * Reads and writes go in blocks under the payload budget, with screen updating and
 * calculation suspended for each block.
 */
export async function flagOverdue(
  context: Excel.RequestContext, location: TableLocation, options: FlagOptions,
): Promise<StepResult<FlagSummary>> {
  const budget = options.maxPayloadBytes ?? DEFAULT_PAYLOAD_BUDGET;
  const sheet = context.workbook.worksheets.getItem(location.sheet);
  const ownedCol = location.firstColumn + location.columnCount;
  const width = OWNED_COLUMNS.length;
  const n = location.dataRowCount;

  // 1. May we write there? Headers that are ours mean a previous run; else every target cell must be empty.
  const headerCells = sheet.getRangeByIndexes(location.headerRow, ownedCol, 1, width).load('values');
  const occupiedAll = sheet.getRangeByIndexes(location.headerRow, ownedCol, n + 1, width).getUsedRangeOrNullObject(true).load('address');
  const rules = sheet.getRangeByIndexes(location.headerRow + 1, ownedCol, EXCEL_ROWS - location.headerRow - 1, width)
    .conditionalFormats.load('items/type');
  await context.sync();
  const ours = (headerCells.values[0] ?? []).every((v, i) => isOwnedHeader(v, i));
  const occupiedError = (address: string): StepResult<FlagSummary> => ({
    ok: false, error: { code: 'columns-occupied', message: `the columns beside the table hold other data: ${address}`, address },
  });
  if (!ours && !occupiedAll.isNullObject) return occupiedError(occupiedAll.address);

  // 2. Where did a previous run write? Its severity rules cover exactly the rows it wrote; the
  //    user's own rules over these columns are told apart by their formulas and never touched.
  const custom = rules.items.filter((cf) => cf.type === 'Custom')
    // getRange would fail the batch on a rule Excel split into several areas (a user's, after rows were copied).
    .map((cf) => ({ cf, rule: cf.custom.rule.load('formula'), range: cf.getRangeOrNullObject().load('rowIndex,rowCount,columnIndex,columnCount') }));
  if (custom.length > 0) await context.sync();
  const previousRules = custom.filter((c) => !c.range.isNullObject && c.range.columnIndex === ownedCol && c.range.columnCount === width
    && c.range.rowIndex === location.headerRow + 1 && isSeverityRule(c.rule.formula, ownedCol));
  // With our headers but none of our rules left (the user deleted them), the table's rows count as ours.
  const previousRows = !ours ? 0
    : previousRules.length > 0 ? Math.max(...previousRules.map((c) => c.range.rowCount)) : n;
  // Rows the table gained since: the cells beside them are not ours yet and must be empty.
  if (ours && previousRows < n) {
    const added = sheet.getRangeByIndexes(location.headerRow + 1 + previousRows, ownedCol, n - previousRows, width)
      .getUsedRangeOrNullObject(true).load('address');
    await context.sync();
    if (!added.isNullObject) return occupiedError(added.address);
  }

  // 3. Read the table.
  const read = await readTable(context, location, { ...options.read, maxResponseBytes: budget, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  if (!read.ok) return read;
  const table = read.value;

  // 4. Compute each row (the core: days, bucket, stage, penalty).
  const build = createReportRowBuilder({
    asOf: options.asOf, rule: options.rule,
    ...(options.buckets ? { buckets: options.buckets } : {}),
    ...(options.policy ? { policy: options.policy } : {}),
  });
  // Rows a previous run wrote below a table that has since shrunk are stale output of ours:
  // written empty with the General format (never `clear`, which would also strip the user's
  // conditional formats and fills from those cells).
  const rows = Math.max(n, previousRows);
  const values: unknown[][] = new Array(rows);
  const formats: string[][] = new Array(rows);
  const weights: number[] = new Array(rows);
  let overdue = 0;
  table.outcomes.forEach((o, i) => {
    if (o.kind === 'receivable') {
      const row: ReportRow = build(o.value);
      if (row.daysOverdue > 0 && o.value.outstanding.minor > 0) overdue++;
      const total = add(add(o.value.outstanding, row.penalty), row.compensation);
      const fmt = moneyNumberFormat(o.value.currency);
      // A settled invoice is not overdue whatever its due date: no days, so no severity mark.
      const days = o.value.outstanding.minor > 0 ? row.daysOverdue : '';
      values[i] = [days, textCell(row.bucket), cellNumberFromMoney(add(row.penalty, row.compensation)), cellNumberFromMoney(total),
        textCell(row.stage ? options.stageLabel(row.stage) : '')];
      formats[i] = ['0', 'General', fmt, fmt, 'General'];
    } else if (o.kind === 'rejected') {
      values[i] = ['', '', '', '', textCell(options.rejectedLabel(o.value))];
      formats[i] = ['General', 'General', 'General', 'General', 'General'];
    } else {
      values[i] = ['', '', '', '', ''];
      formats[i] = ['General', 'General', 'General', 'General', 'General'];
    }
    weights[i] = jsonBytes(values[i]) + jsonBytes(formats[i]) + 2;
  });
  for (let i = n; i < rows; i++) {
    values[i] = ['', '', '', '', ''];
    formats[i] = ['General', 'General', 'General', 'General', 'General'];
    weights[i] = jsonBytes(values[i]) + jsonBytes(formats[i]) + 2;
  }

  // 5. Header, then the data in blocks.
  const header = sheet.getRangeByIndexes(location.headerRow, ownedCol, 1, width);
  header.values = [OWNED_COLUMNS.map((c) => textCell(c.header[options.lang]))];
  header.format.font.bold = true;
  await context.sync();
  const blocks = planBlocks(weights, budget - 1_000);
  let done = 0;
  for (const b of blocks) {
    context.workbook.application.suspendScreenUpdatingUntilNextSync();
    context.workbook.application.suspendApiCalculationUntilNextSync();
    const target = sheet.getRangeByIndexes(location.headerRow + 1 + b.start, ownedCol, b.end - b.start, width);
    target.numberFormat = formats.slice(b.start, b.end);
    target.values = values.slice(b.start, b.end);
    await context.sync();
    done = b.end;
    options.onProgress?.({ phase: 'write', done, total: rows });
  }

  // 6. Severity marks: three rules over the owned data cells, replacing a previous run's rules only.
  for (const c of previousRules) c.cf.delete();
  if (n > 0) {
    const body = sheet.getRangeByIndexes(location.headerRow + 1, ownedCol, n, width);
    for (const rule of severityRules(ownedCol, location.headerRow + 1, options.severity)) {
      const cf = body.conditionalFormats.add('Custom');
      cf.custom.rule.formula = rule.formula;
      cf.custom.format.fill.color = rule.fill;
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
      updatedInPlace: ours,
    },
  };
}
