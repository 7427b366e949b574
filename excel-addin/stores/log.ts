import { defineStore } from 'pinia';
import { computed, ref, shallowRef, watch } from 'vue';
import { deriveCollection, todayAgenda, type CollectionState, type CustomerCollection, type TodayAgenda } from '../../shared/collection/index.ts';
import { customerKey } from '../../shared/customer-key.ts';
import { LOG_COLUMNS, logCsv, parseLogCsv, type LogEntry, type LogRejectedRow, type LogRowCells, type NewLogEntry } from '../../shared/log/index.ts';
import type { AppendedLogRows } from '../excel/append-log-rows.ts';
import type { LogSheetError } from '../excel/log-sheet-error.ts';
import { paneOperations as ops } from '../excel/pane-operations.ts';
import { logRefusalWords, logSheetErrorWords, pastedLogWords } from '../i18n/log-problem-text.ts';
import { ledgerJurisdiction } from '../log/log-jurisdiction.ts';
import { newLogEntry, withoutRow } from '../log/new-log-entry.ts';
import { rowsNotInLog } from '../log/rows-not-in-log.ts';
import { readUserName, writeUserName } from '../office/user-name.ts';
import { useUiStore } from './ui.ts';
import { useWorkbookStore } from './workbook.ts';

/**
 * The collection log of the workbook (the `DunningLog` table) and what the core derives from it:
 * plain rows as last read, each case's state, the Today agenda. Every write goes through the
 * log adapter (rows added after the last row, never an existing row rewritten), every row through
 * the core's validator first.
 */
export const useLogStore = defineStore('log', () => {
  const ui = useUiStore();
  const workbook = useWorkbookStore();
  /** The sheet holding the log; `null` while the workbook has none. */
  const sheet = ref<string | null>(null);
  const entries = shallowRef<readonly LogEntry[]>([]);
  /** Rows of the table that cannot be read (typed by hand with a mistake), by sheet row. */
  const rejected = shallowRef<readonly LogRejectedRow[]>([]);
  const columns = shallowRef<readonly string[]>(LOG_COLUMNS);
  const state = shallowRef<CollectionState | null>(null);
  // Whether some open invoice's rule names a limitation law (plain data: the law itself is each
  // invoice's, worked out in derive()); the Today view says so when none does.
  const jurisdiction = ref<boolean>(false);
  const agenda = shallowRef<TodayAgenda | null>(null);
  /** Rows of the last paste that could not be read (not added). */
  const pasteRejected = shallowRef<readonly LogRejectedRow[]>([]);
  /** The user's name, recorded as `by` (kept per user, not in the shared workbook). */
  const userName = ref(readUserName());

  const exists = computed(() => sheet.value !== null);

  function setUserName(name: string): void {
    userName.value = name;
    writeUserName(name);
  }

  function failLog(e: LogSheetError): void {
    ui.fail({ code: e.code, detail: e.message, address: e.address, words: logSheetErrorWords(e) });
  }

  /** Derives every case's state from the receivables last read and the log, as `dunning report --log` does. */
  function derive(): CollectionState | null {
    const r = workbook.resolved();
    if (!r) return null;
    const lawOf = ledgerJurisdiction(workbook.receivables, r);
    jurisdiction.value = lawOf !== undefined;
    state.value = deriveCollection(workbook.receivables, entries.value, r.asOf, {
      policy: r.policy, lang: ui.lang, ...(lawOf ? { jurisdiction: lawOf } : {}),
    });
    return state.value;
  }

  /** Reads the `DunningLog` table (hand-typed rows count; bad ones are kept aside by sheet row); false with the error shown. */
  async function load(): Promise<boolean> {
    const read = await ops.readLog({ onProgress: (p) => { ui.progress = p; } });
    if (!read.ok) { failLog(read.error); return false; }
    const log = read.value;
    sheet.value = log?.location.sheet ?? null;
    entries.value = log?.table.entries ?? [];
    rejected.value = log?.table.rejected ?? [];
    columns.value = log?.location.columns ?? LOG_COLUMNS;
    derive();
    return true;
  }

  /** The customer's derived state (matched as everywhere, by customerKey). */
  function customerState(customer: string): CustomerCollection | undefined {
    const key = customerKey(customer);
    return state.value?.customers.find((c) => c.key === key);
  }

  /** The customer's rows, latest first. */
  function rowsFor(customer: string): LogEntry[] {
    const key = customerKey(customer);
    return entries.value.filter((e) => customerKey(e.customer) === key)
      .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.row - a.row));
  }

  async function appendEntries(rows: readonly NewLogEntry[]): Promise<AppendedLogRows | null> {
    const out = await ops.appendLog(rows, { lang: ui.lang, onProgress: (p) => { ui.progress = p; } });
    if (!out.ok) { failLog(out.error); return null; }
    // Read again: the new rows, and any a colleague added meanwhile, count from now on.
    await load();
    return out.value;
  }

  /**
   * Records rows built by the pane's forms (`by` the user's name unless given): each checked by
   * the core's validator first; one refused row records nothing and says why in plain words.
   * True when recorded.
   */
  async function record(cells: readonly LogRowCells[]): Promise<boolean> {
    let done = false;
    await ui.run(async () => {
      const built: NewLogEntry[] = [];
      for (const c of cells) {
        const checked = newLogEntry({ ...c, by: c.by || userName.value.trim() });
        if (!checked.ok) { ui.fail({ code: 'log-row', words: logRefusalWords(checked.problems) }); return; }
        built.push(checked.value);
      }
      const out = await appendEntries(built);
      if (!out) return;
      ui.say('recorded', { sheet: out.sheet, rows: out.rows });
      done = true;
    });
    return done;
  }

  /** Reads the table and the log and makes the day's chase list (the core's todayAgenda, as `dunning today`). */
  const showToday = (): Promise<void> => ui.run(async () => {
    if (!(await workbook.readAll())) return;
    if (!(await load())) return;
    const s = state.value;
    if (s) agenda.value = todayAgenda(s);
  });

  // The "why" sentences are the core's, in the pane's language: made again when it changes.
  watch(() => ui.lang, () => {
    if (!agenda.value) return;
    const s = derive();
    if (s) agenda.value = todayAgenda(s);
  });

  /** Selects the customer's first row in the receivables table. */
  const selectCustomer = (customer: string): Promise<void> => ui.run(async () => {
    const loc = await workbook.ensureLocation();
    if (!loc) return;
    const key = customerKey(customer);
    let first = Infinity;
    for (const r of workbook.receivables) if (customerKey(r.customer) === key) first = Math.min(first, r.row, ...(r.rows ?? []));
    if (first === Infinity) { ui.fail({ code: 'no-row' }); return; }
    await ops.selectRow(loc, first);
  });

  /**
   * Appends the rows of a pasted log (the CLI's file or the extension's export) that the log does
   * not hold yet; rows that cannot be read are listed, never added. Says how many were added and
   * skipped as already there.
   */
  const paste = (text: string): Promise<void> => ui.run(async () => {
    const parsed = parseLogCsv(text);
    if (!parsed.ok) { ui.fail({ code: 'log-paste', words: pastedLogWords(parsed.error) }); return; }
    pasteRejected.value = parsed.value.rejected;
    if (!(await load())) return;
    const { rows, duplicates } = rowsNotInLog(entries.value, parsed.value.entries.map(withoutRow));
    if (rows.length === 0) { ui.say('pastedNothing', { duplicates }); return; }
    const out = await appendEntries(rows);
    if (!out) return;
    ui.say('pastedDone', { added: out.rows, sheet: out.sheet, duplicates });
  });

  /**
   * The log as the CSV file the CLI reads and appends to (UTF-8 with BOM, the table's columns,
   * text guarded against formulas by the core's writer); `null` when there is nothing to export
   * (the error is shown). Rows that cannot be read stay listed in the pane, not exported.
   */
  async function exportCsv(): Promise<{ text: string; rows: number } | null> {
    let out: { text: string; rows: number } | null = null;
    await ui.run(async () => {
      if (!(await load())) return;
      if (sheet.value === null) { ui.say('logNone'); return; }
      out = { text: logCsv(entries.value.map(withoutRow), columns.value), rows: entries.value.length };
    });
    return out;
  }

  return {
    sheet, entries, rejected, columns, state, jurisdiction, agenda, pasteRejected, userName, exists,
    setUserName, load, derive, customerState, rowsFor, record, showToday, selectCustomer, paste, exportCsv,
  };
});
