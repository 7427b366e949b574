import { userInfo } from 'node:os';
import { displayWidth, padToWidth } from '../../shared/display-width.ts';
import { formatMoneyWithCode } from '../../shared/format-money-with-code.ts';
import { importReceivables } from '../../shared/import/index.ts';
import type { ImportOptions } from '../../shared/import/types.ts';
import { compareLedgers, paymentEntries, type LedgerChange, type LedgerChangeKind } from '../../shared/ledger-changes/index.ts';
import { logEntryCells, type NewLogEntry } from '../../shared/log/index.ts';
import { toDecimalString, type Money } from '../../shared/money.ts';
import type { PlainDate } from '../../shared/plain-date.ts';
import { EXIT } from '../args/exit-codes.ts';
import { inputError, usageError } from '../args/parse-command-line.ts';
import { csvRecord, csvTextCell, csvValueCell } from '../../shared/csv-cell.ts';
import { terminalSafe } from '../terminal-safe.ts';
import type { CliIo, TextWriter } from '../io.ts';
import { jsonText } from '../json-text.ts';
import { appendToLog, readLogFile } from '../log-file.ts';

/** What `dunning report <new> --since <old>` needs from the command line. */
export interface SinceRequest {
  readonly file: string;
  readonly since: string;
  readonly asOf: PlainDate;
  readonly format: 'table' | 'csv' | 'json';
  readonly out?: string;
  readonly importOptions: ImportOptions;
  /** The rule file, an input the output must not overwrite. */
  readonly rules?: string | undefined;
  /** Append the payment rows to this log (`--log … --record`). */
  readonly record?: string;
}

const ORDER: readonly LedgerChangeKind[] = ['paid', 'part-paid', 'increased', 'new', 'due-date-changed'];
const TITLES: Readonly<Record<LedgerChangeKind, string>> = {
  'paid': 'Paid — gone from the export or settled', 'part-paid': 'Part-paid', 'increased': 'Outstanding increased',
  'new': 'New invoices', 'due-date-changed': 'Due date changed',
};

function read(io: CliIo, file: string, options: ImportOptions): ReturnType<typeof importReceivables> | string {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (e) {
    return `cannot read ${file}: ${(e as Error).message}`;
  }
  return importReceivables(bytes, { ...options, file });
}

/**
 * `dunning report <new> --since <old>`: what changed between two exports of the same ledger —
 * invoices paid (gone or settled), part-paid (by how much), increased, new, due dates moved —
 * and with `--log … --record` the `payment` rows appended to the log (dated as-of; one write;
 * rows already in the log are not added twice).
 */
export async function runReportSince(req: SinceRequest, io: CliIo): Promise<number> {
  // Opened first, so an output that would overwrite an input is refused before anything is recorded.
  const opened = io.openOutput(req.out, [req.file, req.since, req.rules, req.record]);
  if (!opened.ok) return usageError(io, { command: 'report', usage: REPORT_SINCE_USAGE }, opened.message);
  const out = opened.value;
  try {
    const code = await compareAndWrite(req, io, out);
    if (code === EXIT.ok) out.commit();
    return code;
  } finally {
    out.close();
  }
}

const REPORT_SINCE_USAGE = 'dunning report <newer export> --since <older export> [--log <log.csv> --record] [--format table|csv|json] [--out <file>]';

async function compareAndWrite(req: SinceRequest, io: CliIo, out: TextWriter): Promise<number> {
  const newer = read(io, req.file, req.importOptions);
  if (typeof newer === 'string') return inputError(io, 'report', newer);
  const older = read(io, req.since, req.importOptions);
  if (typeof older === 'string') return inputError(io, 'report', `--since: ${older}`);
  for (const [name, r] of [[req.file, newer], [req.since, older]] as const) {
    if (r.rejected.length > 0) io.stderr(`note: ${r.rejected.length} row(s) of ${terminalSafe(name)} were rejected (dunning report shows why); they are left out of the comparison\n`);
  }
  const changes = compareLedgers(older.receivables, newer.receivables);
  let recorded: { added: number; already: number; rows: readonly number[] } | undefined;
  if (req.record !== undefined) {
    const found = readLogFile(req.record, io.readFile);
    if (!found.ok) return inputError(io, 'report', found.message);
    let by: string | undefined;
    try {
      by = userInfo().username || undefined;
    } catch {
      by = undefined;
    }
    const rows = paymentEntries(changes, req.asOf, by, req.since);
    // Running the same comparison twice must not record the same money twice.
    const key = (e: NewLogEntry): string => logEntryCells({ ...e, note: '', by: '' }).join('\u0000');
    const existing = new Set(found.exists ? found.log.entries.filter((e) => e.action === 'payment').map(key) : []);
    const fresh = rows.filter((e) => !existing.has(key(e)));
    const appended = appendToLog(req.record, fresh);
    if (!appended.ok) return inputError(io, 'report', appended.message);
    recorded = { added: fresh.length, already: rows.length - fresh.length, rows: appended.rows };
  }
  const paid = totals(changes);
  let text: string;
  if (req.format === 'json') {
    text = jsonText({
      asOf: req.asOf, file: req.file, since: req.since,
      changes: changes.map((c) => ({
        kind: c.kind, customer: c.customer, invoice: c.invoice, currency: c.currency, row: c.row,
        ...(c.before ? { before: toDecimalString(c.before) } : {}), ...(c.after ? { after: toDecimalString(c.after) } : { gone: true }),
        ...(c.amount ? { amount: toDecimalString(c.amount) } : {}), ...(c.dueDate ? { dueDate: c.dueDate } : {}),
      })),
      paid: Object.fromEntries(Object.entries(paid).map(([c, m]) => [c, toDecimalString(m)])),
      ...(recorded ? { recorded: { log: req.record, added: recorded.added, alreadyInLog: recorded.already } } : {}),
    });
  } else if (req.format === 'csv') {
    text = csvRecord(['kind', 'customer', 'invoice', 'currency', 'before', 'after', 'amount', 'dueDateBefore', 'dueDateAfter'].map(csvTextCell))
      + changes.map((c) => csvRecord([csvTextCell(c.kind), csvTextCell(c.customer), csvTextCell(c.invoice), csvTextCell(c.currency),
        ...[c.before ? toDecimalString(c.before) : '', c.after ? toDecimalString(c.after) : '', c.amount ? toDecimalString(c.amount) : '',
          c.dueDate?.before ?? '', c.dueDate?.after ?? ''].map(csvValueCell)])).join('');
  } else {
    text = sinceTable(req, changes, paid);
  }
  out.write(text);
  if (recorded) {
    io.stderr(`${req.record}: ${recorded.added} payment row${recorded.added === 1 ? '' : 's'} added${recorded.already ? `, ${recorded.already} already there` : ''}\n`);
  }
  return EXIT.ok;
}

function totals(changes: readonly LedgerChange[]): Record<string, Money> {
  const out = new Map<string, number>();
  for (const c of changes) if ((c.kind === 'paid' || c.kind === 'part-paid') && c.amount) out.set(c.currency, (out.get(c.currency) ?? 0) + c.amount.minor);
  return Object.fromEntries([...out].sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, minor]) => [c, { minor, currency: c }]));
}

function oneLine(text: string): string {
  return terminalSafe(text.replace(/\s+/g, ' ').trim());
}

function sinceTable(req: SinceRequest, changes: readonly LedgerChange[], paid: Record<string, Money>): string {
  const lines = [`Changes in ${oneLine(req.file)} since ${oneLine(req.since)} (as of ${req.asOf})`, ''];
  if (changes.length === 0) lines.push('  no changes');
  const rows: string[][] = [['Customer', 'Invoice', 'Before', 'After', 'Paid / change']];
  const titles = new Map<number, string>();
  for (const kind of ORDER) {
    const mine = changes.filter((c) => c.kind === kind);
    if (mine.length === 0) continue;
    titles.set(rows.length, `${TITLES[kind]} (${mine.length})`);
    for (const c of mine) {
      rows.push([oneLine(c.customer), oneLine(c.invoice), c.before ? formatMoneyWithCode(c.before) : '',
        c.after === undefined ? 'gone' : kind === 'paid' ? `${formatMoneyWithCode(c.after)} (settled)` : formatMoneyWithCode(c.after),
        kind === 'due-date-changed' && c.dueDate ? `due ${c.dueDate.before} → ${c.dueDate.after}` : c.amount ? `${kind === 'increased' ? '+' : ''}${formatMoneyWithCode(c.amount)}` : '']);
    }
  }
  if (changes.length > 0) {
    const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? '')))) ?? [];
    rows.forEach((r, n) => {
      const title = titles.get(n);
      if (title !== undefined) lines.push('', `  ${title}`);
      lines.push(`  ${r.map((c, i) => padToWidth(c, widths[i] ?? 0, i >= 2 && i <= 3 ? 'right' : 'left')).join('  ').trimEnd()}`);
    });
  }
  const sums = Object.values(paid);
  if (sums.length > 0) lines.push('', `Received: ${sums.map(formatMoneyWithCode).join(', ')}`);
  return lines.join('\n') + '\n';
}
