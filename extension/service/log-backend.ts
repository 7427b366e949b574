import { customerKey } from '../../shared/customer-key.ts';
import type { LimitationLang } from '../../shared/limitation/limitation-text.ts';
import { logCsv, parseLogCsv, type LogProblem } from '../../shared/log/index.ts';
import type { PlainDate } from '../../shared/plain-date.ts';
import type { LogRecordRequest, LogReplies, LogRequest } from '../log/log-protocol.ts';
import type { StoredItems } from '../storage/define-stored-items.ts';
import type { LogStore } from '../storage/log-store.ts';
import { readStoredData } from '../storage/read-stored-data.ts';
import { caseLine } from './case-view.ts';
import { logEntryFor } from './log-entry-for.ts';

/** What the log backend needs: the storage items, the log store, today's date, the UI language and its messages. */
export interface LogBackendDeps {
  readonly items: StoredItems;
  readonly log: LogStore;
  readonly today: () => PlainDate;
  readonly uiLanguage: () => string;
  readonly message: (key: string, substitutions?: string[]) => string;
}

/** The customer a request is about, as the receivables (or, for one no longer in them, the log) name them. */
async function customerOf(deps: LogBackendDeps, request: LogRecordRequest): Promise<string | undefined> {
  if (request.manual) return request.manual.name.trim() || undefined;
  const key = request.customerKey;
  if (key === undefined) return undefined;
  const data = await readStoredData(deps.items);
  const listed = data.receivables.receivables.find((r) => customerKey(r.customer) === key);
  if (listed) return listed.customer;
  return (await deps.log.rowsFor(key)).entries[0]?.customer;
}

/**
 * The background's side of the collection log: the one writer of `local:log`. Records a row
 * from the picker (validated by the core, dated today, `by` the profile's sender), takes back
 * exactly one row by id, merges an imported log file (the add-in's export or the CLI's file)
 * without duplicating rows it already holds, exports the log as the CLI's CSV, clears it.
 */
export function createLogBackend(deps: LogBackendDeps) {
  const lang = (): LimitationLang => (deps.uiLanguage().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en');
  const problemText = (p: LogProblem): string =>
    deps.message(`logProblem_${p.code.replaceAll('-', '_')}`, [deps.message(`logColumn_${p.column}`) || p.column, p.value]) || `${p.column}: ${p.reason}`;

  const handlers: { [T in LogRequest['type']]: (request: Extract<LogRequest, { type: T }>) => Promise<LogReplies[T]> } = {
    async 'log-record'({ record }) {
      const customer = await customerOf(deps, record);
      if (customer === undefined) return { ok: false, message: deps.message('customerNotFound') };
      const data = await readStoredData(deps.items);
      const entry = logEntryFor(record, customer, deps.today(), data.profile.sender.name);
      if (!entry.ok) return { ok: false, message: entry.problems.map(problemText).join(' ') };
      const [id] = await deps.log.append([entry.value]);
      const line = caseLine({ ...entry.value, row: 0 }, lang());
      return { ok: true, id: id as string, summary: line.detail ? `${line.text} — ${line.detail}` : line.text };
    },
    async 'log-undo'({ id }) {
      return { ok: await deps.log.remove(id) };
    },
    async 'log-import'({ file, text }) {
      const parsed = parseLogCsv(text);
      if (!parsed.ok) return { ok: false, message: deps.message('logImportNotALog', [file, parsed.error.message]) };
      const merged = await deps.log.merge(parsed.value);
      return {
        ok: true,
        report: {
          file, added: merged.added, duplicates: merged.duplicates,
          rejected: parsed.value.rejected.map((r) => ({ row: r.row, column: r.column, value: r.value, reason: r.problems.map(problemText).join(' ') })),
          blank: parsed.value.skipped.length,
        },
      };
    },
    async 'log-export'() {
      const [stored, table] = await Promise.all([deps.log.read(), deps.log.table()]);
      return { csv: logCsv(table.entries, stored.columns), rows: table.entries.length };
    },
    async 'log-clear'() {
      await deps.log.clear();
      return { ok: true };
    },
    async 'log-summary'() {
      const stored = await deps.log.read();
      return { rows: stored.rows.length, customers: new Set(stored.rows.map((r) => r.key)).size };
    },
  };

  return {
    /** One runtime message in, its answer out. */
    handle<T extends LogRequest>(request: T): Promise<LogReplies[T['type']]> {
      const handler = handlers[request.type] as unknown as (r: T) => Promise<LogReplies[T['type']]>;
      return handler(request);
    },
  };
}
