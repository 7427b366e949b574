import { defineStore } from 'pinia';
import { computed, ref, shallowRef } from 'vue';
import { importReceivables, mapHeaders } from '../../shared/import/index.ts';
import type { CurrencyCode } from '../../shared/currency.ts';
import type { FieldName, ImportSource, Receivable, RejectedRow, SkippedRow } from '../../shared/import/types.ts';
import { buildAgingSummary } from '../aging/build-aging-summary.ts';
import { statusCounts } from '../aging/status-counts.ts';
import { deriveCollection } from '../../shared/collection/index.ts';
import { logSheetErrorWords } from '../i18n/log-problem-text.ts';
import { ledgerJurisdiction } from '../log/log-jurisdiction.ts';
import type { FlagSummary } from '../excel/flag-overdue.ts';
import { paneOperations as ops } from '../excel/pane-operations.ts';
import type { SheetReadOptions } from '../excel/sheet-row-reader.ts';
import type { ExcelStepError, TableLocation } from '../excel/table-location.ts';
import { rejectedRowText } from '../i18n/rejected-text.ts';
import { assumedCurrency, type AssumedCurrency } from '../settings/assumed-currency.ts';
import { stageLabel } from '../../shared/labels/index.ts';
import { readDocumentSetting, writeDocumentSetting } from '../office/document-settings.ts';
import { OWNED_COLUMNS_KEY, ownedColumnsRecordFor, ownedColumnsRecordsFromSaved, withOwnedColumnsRecord } from '../settings/owned-columns-records.ts';
import { useSettingsStore } from './settings.ts';
import { useUiStore } from './ui.ts';

/** The import shown in the pane: plain data. */
export interface ImportOutcome {
  readonly sheet: string;
  readonly rows: number;
  readonly source: ImportSource;
  readonly rejected: readonly RejectedRow[];
  readonly skipped: readonly SkippedRow[];
}

/** Fields shown in the mapping view, in the order a bookkeeper reads them. */
export const MAPPED_FIELDS: readonly FieldName[] = ['customer', 'invoice', 'email', 'phone', 'currency', 'amount', 'paid', 'outstanding', 'issueDate', 'dueDate', 'penalty'];

/** The receivables table found on the sheet and what the last steps did to it. */
export const useWorkbookStore = defineStore('workbook', () => {
  const ui = useUiStore();
  const settingsStore = useSettingsStore();
  const location = ref<TableLocation | null>(null);
  /** Last rows read (shallow: up to 100,000 plain objects need no deep reactivity). */
  const receivables = shallowRef<readonly Receivable[]>([]);
  const lastFlag = ref<FlagSummary | null>(null);
  const lastImport = ref<ImportOutcome | null>(null);

  /** field → column index, from the header synonyms and the user's overrides. */
  const mapping = computed<Partial<Record<FieldName, number>>>(() =>
    location.value ? { ...mapHeaders(location.value.headers, settingsStore.settings.map).mapping } : {});

  /** The currency the last read took for rows that name none (the core's row reader decides it, as for a CSV). */
  const lastAssumed = ref<CurrencyCode | null>(null);
  /**
   * What the pane says it assumed, when the settings leave the currency to the sheet and some rows
   * named none, with why (the headers' language, or a currency in an amount header). The pane
   * offers another.
   */
  const assumed = computed<AssumedCurrency | null>(() => {
    const currency = lastAssumed.value;
    if (currency === null || settingsStore.settings.currency !== '' || !location.value) return null;
    const why = assumedCurrency(location.value.headers);
    return why.currency === currency ? why : { currency, from: 'header' };
  });

  /** How rows are read: the user's column overrides, date order and currency (when chosen; else the core decides it). */
  function readOptions(): SheetReadOptions {
    const s = settingsStore.settings;
    return { ...(s.currency !== '' ? { currency: s.currency } : {}), map: { ...s.map }, dateOrder: s.dateOrder };
  }

  /** The settings resolved for the core, or `null` with the problem shown. */
  function resolved() {
    const r = settingsStore.resolved();
    if (!r.ok) { ui.fail({ code: 'invalid-settings', fields: [r.field], detail: r.message }); return null; }
    return r;
  }

  /**
   * The table as it is now: found around the selection the first time, then again from its
   * first header cell (so rows added since are taken in, wherever the selection is).
   */
  async function ensureLocation(): Promise<TableLocation | null> {
    const known = location.value;
    const found = await ops.findTable(known ? { sheet: known.sheet, row: known.headerRow, col: known.firstColumn } : undefined);
    if (!found.ok) { ui.fail(found.error); return null; }
    location.value = found.value;
    return found.value;
  }

  const detect = (): Promise<void> => ui.run(async () => { location.value = null; await ensureLocation(); });

  /** Overrides the column of a field (`''` removes the override). */
  function mapField(field: FieldName, header: string): void {
    const map = { ...settingsStore.settings.map };
    if (header === '') delete map[field]; else map[field] = header;
    settingsStore.settings.map = map;
  }

  /** Reads all rows of the table into `receivables`; false (with the error shown) when it cannot. */
  async function readAll(): Promise<boolean> {
    const loc = await ensureLocation();
    if (!loc) return false;
    const read = await ops.readTable(loc, { ...readOptions(), onProgress: (p) => { ui.progress = p; } });
    if (!read.ok) { failStep(read.error); return false; }
    receivables.value = read.value.receivables;
    lastAssumed.value = read.value.summary.currencyAssumed ?? null;
    return true;
  }

  /** An Excel step's failure, shown in the pane's words. */
  function failStep(e: ExcelStepError): void {
    ui.fail({ code: e.code, detail: e.message, ...(e.fields ? { fields: e.fields } : {}), ...(e.address ? { address: e.address } : {}) });
  }

  const flag = (): Promise<void> => ui.run(async () => {
    const r = resolved();
    if (!r) return;
    const loc = await ensureLocation();
    if (!loc) return;
    const lang = ui.lang;
    const records = ownedColumnsRecordsFromSaved(readDocumentSetting(OWNED_COLUMNS_KEY));
    const previous = ownedColumnsRecordFor(records, loc.sheet);
    // The collection log, when the workbook has one: Next stage, Status and the dates follow it.
    const log = await ops.readLog();
    if (!log.ok) { ui.fail({ code: log.error.code, address: log.error.address, words: logSheetErrorWords(log.error) }); return; }
    const result = await ops.flag(loc, {
      asOf: r.asOf, ruleFor: r.ruleFor, rules: r.rules, penaltyOptions: r.penaltyOptions, reference: r.reference,
      buckets: r.buckets, policy: r.policy, lang, read: readOptions(),
      ...(previous ? { previous } : {}),
      ...(log.value ? { log: log.value.table.entries } : {}),
      jurisdiction: (rows) => ledgerJurisdiction(rows, r),
      stageLabel: (s) => stageLabel(s, lang),
      rejectedLabel: (x) => rejectedRowText(x, lang),
      onProgress: (p) => { ui.progress = p; },
    });
    if (!result.ok) { failStep(result.error); return; }
    lastFlag.value = result.value;
    lastAssumed.value = result.value.currencyAssumed ?? null;
    // Where the columns are now, so the next run finds them even if what pushed them aside is gone.
    // A workbook that cannot save keeps working: the columns are also found by their headers.
    await writeDocumentSetting(OWNED_COLUMNS_KEY, withOwnedColumnsRecord(records, result.value.owned));
    ui.say('flagged', { overdue: result.value.overdue, rows: result.value.receivables, address: result.value.ownedAddress });
  });

  const aging = (): Promise<void> => ui.run(async () => {
    const r = resolved();
    if (!r) return;
    if (!(await readAll())) return;
    const aged = buildAgingSummary(receivables.value, r.asOf, { buckets: r.buckets, ruleFor: r.ruleFor, rules: r.rules, penaltyOptions: r.penaltyOptions, policy: r.policy });
    // With a collection log, the summary also counts customers and open invoices per status.
    const log = await ops.readLog();
    if (!log.ok) { ui.fail({ code: log.error.code, address: log.error.address, words: logSheetErrorWords(log.error) }); return; }
    const jurisdiction = ledgerJurisdiction(receivables.value, r);
    const summary = log.value ? {
      ...aged,
      statusCounts: statusCounts(deriveCollection(receivables.value, log.value.table.entries, r.asOf, { policy: r.policy, ...(jurisdiction ? { jurisdiction } : {}) })),
    } : aged;
    const out = await ops.agingSummary(summary, ui.lang, (p) => { ui.progress = p; });
    ui.say('agingDone', { sheet: out.sheet });
  });

  /** Imports a CSV export with the core and puts it on a new sheet as a table. */
  const importFile = (file: { name: string; arrayBuffer(): Promise<ArrayBuffer> }): Promise<void> => ui.run(async () => {
    const s = settingsStore.settings;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = importReceivables(bytes, {
      file: file.name, ...(s.currency !== '' ? { currency: s.currency } : {}), ...(s.dateOrder === 'auto' ? {} : { dateOrder: s.dateOrder }),
    });
    if (result.receivables.length === 0) {
      const first = result.rejected[0];
      ui.fail({ code: 'import-empty', file: file.name, ...(first ? { rejected: first } : {}) });
      lastImport.value = { sheet: '', rows: 0, source: result.source, rejected: result.rejected, skipped: result.skipped };
      return;
    }
    const out = await ops.importToSheet(result.receivables, { sheetName: file.name.replace(/\.[^.]+$/, ''), lang: ui.lang, onProgress: (p) => { ui.progress = p; } });
    lastImport.value = { sheet: out.sheet, rows: out.rows, source: result.source, rejected: result.rejected, skipped: result.skipped };
    location.value = null;
    receivables.value = result.receivables;
    ui.say('imported', { rows: out.rows, sheet: out.sheet });
  });

  const writeReport = (): Promise<void> => ui.run(async () => {
    const imp = lastImport.value;
    if (!imp) return;
    const out = await ops.writeImportReport({ source: imp.source, taken: imp.rows, rejected: imp.rejected, skipped: imp.skipped }, ui.lang, (p) => { ui.progress = p; });
    ui.say('reportWritten', { sheet: out.sheet });
  });

  /** Takes the currency the user picked for amounts that name none (it becomes the setting) and flags again if the sheet was flagged. */
  async function useCurrency(currency: string): Promise<void> {
    settingsStore.settings.currency = currency;
    if (lastFlag.value) await flag();
  }

  return { location, receivables, lastFlag, lastImport, mapping, assumed, resolved, detect, mapField, readAll, ensureLocation, flag, aging, importFile, writeReport, useCurrency };
});
