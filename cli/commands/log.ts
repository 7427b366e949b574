import { userInfo } from 'node:os';
import { isContactChannel } from '../../shared/contact-channel.ts';
import { displayWidth, padToWidth } from '../../shared/display-width.ts';
import { formatMoneyWithCode } from '../../shared/format-money-with-code.ts';
import { customerKey } from '../../shared/customer-key.ts';
import {
  LOG_ACTIONS, logCsv, validateLogRow, type LogColumn, type LogEntry, type LogProblem, type LogRowCells, type NewLogEntry,
} from '../../shared/log/index.ts';
import type { PlainDate } from '../../shared/plain-date.ts';
import { toDecimalString } from '../../shared/money.ts';
import { EXIT } from '../args/exit-codes.ts';
import { dateOption } from '../args/option-values.ts';
import { inputError, readCommandLine, usageError, type CommandLineSpec } from '../args/parse-command-line.ts';
import type { CliIo } from '../io.ts';
import { jsonText } from '../json-text.ts';
import { appendToLog, readLogFile } from '../log-file.ts';

export const LOG_USAGE = `dunning log add --log <log.csv> --customer <name> --action <action> [--date YYYY-MM-DD]
       [--invoices a;b] [--stage <id>] [--channel email|phone|letter|sms|wechat|visit] [--amount 20000.00]
       [--currency CNY] [--until YYYY-MM-DD] [--reason <text>] [--note <text>] [--by <name>]
dunning log list --log <log.csv> [--customer <name>] [--format table|csv|json]

Actions: ${LOG_ACTIONS.join(', ')}.
add appends one validated row (creating the file with its header); a row that is not valid is
refused, the file left untouched (exit 2). list shows the rows and any row that cannot be read.`;

const ADD_ARGS = {
  command: 'log add',
  usage: LOG_USAGE,
  options: {
    log: { type: 'string' }, customer: { type: 'string' }, action: { type: 'string' }, date: { type: 'string' },
    invoices: { type: 'string' }, stage: { type: 'string' }, channel: { type: 'string' }, amount: { type: 'string' },
    currency: { type: 'string' }, until: { type: 'string' }, reason: { type: 'string' }, note: { type: 'string' }, by: { type: 'string' },
  },
} as const satisfies CommandLineSpec;

const LIST_ARGS = {
  command: 'log list',
  usage: LOG_USAGE,
  options: {
    log: { type: 'string' }, customer: { type: 'string' },
    format: { type: 'string', default: 'table', choices: ['table', 'csv', 'json'] },
  },
} as const satisfies CommandLineSpec;

// A row's columns and the options that fill them, to name the option a problem is about.
const FLAG_OF: Readonly<Record<LogColumn, string>> = {
  date: '--date', customer: '--customer', invoices: '--invoices', action: '--action', stage: '--stage', channel: '--channel',
  amount: '--amount', currency: '--currency', until: '--until', reason: '--reason', note: '--note', by: '--by',
};

/** Who is recording: the user name of the account running dunning (`--by` says otherwise). */
function defaultBy(): string | undefined {
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined;
  }
}

/** `dunning log add|list`. */
export async function runLog(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'add') return runLogAdd(rest, io);
  if (sub === 'list') return runLogList(rest, io);
  if (sub === '--help' || sub === '-h') {
    io.stdout(`usage: ${LOG_USAGE}\n`);
    return EXIT.ok;
  }
  const why = sub === undefined ? 'give add or list'
    : sub.startsWith('-') ? `unknown option ${sub} for dunning log (give add or list first: dunning log add --log <log.csv> …)`
    : `unknown log command "${sub}"; use add or list`;
  io.stderr(`dunning log: ${why}\nusage: ${LOG_USAGE.split('\n\n')[0]}\n`);
  return EXIT.usage;
}

async function runLogAdd(args: string[], io: CliIo): Promise<number> {
  const line = readCommandLine(args, ADD_ARGS, io);
  if (typeof line === 'number') return line;
  const v = line.values;
  if (v.log === undefined) return usageError(io, ADD_ARGS, 'give the log file: --log <log.csv>');
  if (v.customer === undefined) return usageError(io, ADD_ARGS, 'give --customer <name>');
  if (v.action === undefined) return usageError(io, ADD_ARGS, `give --action (${LOG_ACTIONS.join(', ')})`);
  let date: PlainDate = io.today();
  if (v.date !== undefined) {
    const d = dateOption('date', v.date);
    if (!d.ok) return usageError(io, ADD_ARGS, d.message);
    date = d.value;
  }
  const found = readLogFile(v.log, io.readFile);
  if (!found.ok) return inputError(io, 'log add', found.message);
  // Who recorded the row: as given, else the account's user name where the log has a `by` column.
  const by = v.by ?? (found.exists && !found.log.columns.includes('by') ? undefined : defaultBy());
  const cells: LogRowCells = {
    date, customer: v.customer, action: v.action, invoices: v.invoices, stage: v.stage, channel: v.channel,
    amount: v.amount, currency: v.currency, until: v.until, reason: v.reason, note: v.note, by,
  };
  const checked = validateLogRow(cells, 0);
  if (!checked.ok) return refuse(io, checked.problems);
  const entry: NewLogEntry = withoutRow(checked.value);
  const appended = appendToLog(v.log, [entry]);
  if (!appended.ok) return inputError(io, 'log add', appended.message);
  io.stdout(`${appended.created ? `created ${v.log} and added` : `added to ${v.log}`} row ${appended.rows[0]}: ${describe(entry)}\n`);
  return EXIT.ok;
}

/** A validated row without its row number: the log gives it one. */
function withoutRow(e: LogEntry): NewLogEntry {
  const copy: { -readonly [K in keyof LogEntry]?: LogEntry[K] } = { ...e };
  delete copy.row;
  return copy as NewLogEntry;
}

function refuse(io: CliIo, problems: readonly LogProblem[]): number {
  const lines = problems.map((p) => `  ${FLAG_OF[p.column as LogColumn] ?? p.column}${p.value === '' ? '' : ` "${p.value}"`}: ${p.reason}`);
  io.stderr(`dunning log add: the row was not added (the log is unchanged):\n${lines.join('\n')}\n`);
  return EXIT.usage;
}

/** A row in one line: `2026-11-15 Acme promise CNY 20,000.00 by 2026-11-30 (INV-1)`. */
function describe(e: NewLogEntry): string {
  return [e.date, e.customer, e.action, e.stage, e.channel ? `by ${e.channel}` : undefined, e.amount ? formatMoneyWithCode(e.amount) : undefined,
    e.until ? `until ${e.until}` : undefined, e.invoices.length ? `(${e.invoices.join('; ')})` : undefined,
    e.reason ? `— ${e.reason}` : undefined].filter((x) => x !== undefined).join(' ');
}

async function runLogList(args: string[], io: CliIo): Promise<number> {
  const line = readCommandLine(args, LIST_ARGS, io);
  if (typeof line === 'number') return line;
  const v = line.values;
  if (v.log === undefined) return usageError(io, LIST_ARGS, 'give the log file: --log <log.csv>');
  const found = readLogFile(v.log, io.readFile);
  if (!found.ok) return inputError(io, 'log list', found.message);
  if (!found.exists) return inputError(io, 'log list', `no log at ${v.log} (dunning log add creates it)`);
  const { log } = found;
  const key = v.customer === undefined ? undefined : customerKey(v.customer);
  const entries = key === undefined ? log.entries : log.entries.filter((e) => customerKey(e.customer) === key);
  if (v.format === 'json') {
    io.stdout(jsonText({
      file: v.log, encoding: log.encoding, columns: log.columns, rows: log.lines,
      entries: entries.map(entryJson), rejected: log.rejected, skipped: log.skipped,
    }));
  } else if (v.format === 'csv') {
    io.stdout(logCsv(entries, log.columns).replace(/^\uFEFF/, ''));
  } else {
    io.stdout(listTable(v.log, entries, log.entries.length));
  }
  for (const r of log.rejected) io.stderr(`dunning log list: row ${r.row} cannot be read: ${r.problems.map((p) => `${p.column}${p.value === '' ? '' : ` "${p.value}"`} ${p.reason}`).join('; ')}\n`);
  return EXIT.ok;
}

/** An entry as JSON: money as a decimal string with its currency. */
function entryJson(e: LogEntry): object {
  const { amount, ...rest } = e;
  return { ...rest, ...(amount ? { amount: toDecimalString(amount), currency: amount.currency } : {}) };
}

function listTable(file: string, entries: readonly LogEntry[], all: number): string {
  const head = ['Row', 'Date', 'Customer', 'Action', 'Stage', 'Channel', 'Amount', 'Until', 'Invoices', 'Note', 'By'];
  const body = entries.map((e) => [
    String(e.row), e.date, e.customer, e.action, e.stage ?? '', e.channel && isContactChannel(e.channel) ? e.channel : '',
    e.amount ? formatMoneyWithCode(e.amount) : '', e.until ?? '', e.invoices.join(';'), oneLine(e.reason ?? e.note ?? ''), e.by ?? '',
  ]);
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...body.map((b) => displayWidth(b[i] ?? ''))));
  const fmt = (cells: string[]): string => cells.map((c, i) => padToWidth(c, widths[i] ?? 0, i === 0 || i === 6 ? 'right' : 'left')).join('  ').trimEnd();
  const title = `${file}: ${entries.length} row${entries.length === 1 ? '' : 's'}${entries.length === all ? '' : ` of ${all}`}`;
  return [title, '', fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmt), ''].join('\n');
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
}
