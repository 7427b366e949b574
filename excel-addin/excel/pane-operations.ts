/// <reference types="office-js" />
import type { Receivable } from '../../shared/import/types.ts';
import type { NewLogEntry } from '../../shared/log/index.ts';
import { appendLogRows, type AppendedLogRows, type AppendLogOptions } from './append-log-rows.ts';
import type { LogSheetResult } from './log-sheet-error.ts';
import { readLogSheet, type LogSheet, type ReadLogSheetOptions } from './read-log-sheet.ts';
import { selectSheetRow } from './select-sheet-row.ts';
import type { AgingSummary } from '../aging/build-aging-summary.ts';
import type { PaneLanguage } from '../i18n/language.ts';
import { findReceivablesTable, type TableAnchor } from './find-receivables-table.ts';
import { flagOverdue, type FlagOptions, type FlagSummary } from './flag-overdue.ts';
import { importToSheet, type ImportedSheet, type ImportToSheetOptions } from './import-to-sheet.ts';
import { readTable, type Progress, type ReadTableOptions, type SheetTable } from './read-table.ts';
import { selectedDataRow } from './selected-row.ts';
import type { StepResult, TableLocation } from './table-location.ts';
import { writeAgingSummary, type AgingSheetResult } from './write-aging-summary.ts';
import { writeImportReport } from './write-import-report.ts';

/**
 * What the pane asks of Excel, one `Excel.run` batch each. The stores call these and keep
 * only the plain data they return (never a proxy object).
 */
export const paneOperations = {
  findTable: (anchor?: TableAnchor): Promise<StepResult<TableLocation>> => Excel.run((ctx) => findReceivablesTable(ctx, anchor)),
  readTable: (location: TableLocation, options: ReadTableOptions): Promise<StepResult<SheetTable>> =>
    Excel.run((ctx) => readTable(ctx, location, options)),
  flag: (location: TableLocation, options: FlagOptions): Promise<StepResult<FlagSummary>> =>
    Excel.run((ctx) => flagOverdue(ctx, location, options)),
  agingSummary: (summary: AgingSummary, lang: PaneLanguage, onProgress?: (p: Progress) => void): Promise<AgingSheetResult> =>
    Excel.run((ctx) => writeAgingSummary(ctx, summary, lang, onProgress ? { onProgress } : {})),
  importToSheet: (receivables: readonly Receivable[], options: ImportToSheetOptions): Promise<ImportedSheet> =>
    Excel.run((ctx) => importToSheet(ctx, receivables, options)),
  writeImportReport: (report: Parameters<typeof writeImportReport>[1], lang: PaneLanguage, onProgress?: (p: Progress) => void): Promise<{ sheet: string }> =>
    Excel.run((ctx) => writeImportReport(ctx, report, lang, onProgress ? { onProgress } : {})),
  selectedRow: (location: TableLocation): Promise<number | undefined> => Excel.run((ctx) => selectedDataRow(ctx, location)),
  selectRow: (location: TableLocation, row: number): Promise<void> => Excel.run((ctx) => selectSheetRow(ctx, location, row)),
  readLog: (options: ReadLogSheetOptions = {}): Promise<LogSheetResult<LogSheet | null>> => Excel.run((ctx) => readLogSheet(ctx, options)),
  appendLog: (entries: readonly NewLogEntry[], options: AppendLogOptions): Promise<LogSheetResult<AppendedLogRows>> =>
    Excel.run((ctx) => appendLogRows(ctx, entries, options)),
};

export type PaneOperations = typeof paneOperations;
