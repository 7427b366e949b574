import { parseBucketBounds, DEFAULT_BUCKETS, type AgingBucket } from '../../shared/aging.ts';
import { createImporter } from '../../shared/import/index.ts';
import type { Receivable, RejectedRow, SkippedRow } from '../../shared/import/types.ts';
import { toDecimalString } from '../../shared/money.ts';
import type { PlainDate } from '../../shared/plain-date.ts';
import {
  buildReportJson, createReportRowBuilder, createTotalsAccumulator, REPORT_CSV_COLUMNS,
  type CurrencyTotals, type ReportRow,
} from '../../shared/report/index.ts';
import { csvRecord, csvTextCell, csvValueCell } from '../../shared/csv-cell.ts';
import { displayWidth, padToWidth } from '../../shared/display-width.ts';
import type { CliIo, TextWriter } from '../io.ts';
import { createReportCsvWriter, type ReportCsvWriter } from '../report-csv-writer.ts';
import { fsErrorReason, isFsError } from '../fs-error-message.ts';
import { jsonText } from '../json-text.ts';
import { terminalSafe } from '../terminal-safe.ts';
import { IMPORT_ARG_OPTIONS, importOptionsFromArgs } from './import-args.ts';
import { rejectedLine, unusableInput } from './unusable-input.ts';
import { RULE_SELECTION_ARG_OPTIONS, RULE_SELECTION_USAGE, ruleSelectionFromArgs } from './rule-args.ts';
import { REFERENCE_DATA_ARG_OPTIONS, REFERENCE_DATA_USAGE, referenceDataFromArgs } from './reference-data-args.ts';
import { assumedDataNotes, assumedNote, type ReferenceData } from '../../shared/reference-data/index.ts';
import { selectsAnyRule, type ReferenceTableId } from '../../shared/penalty/index.ts';
import type { Money } from '../../shared/money.ts';
import { EXIT } from '../args/exit-codes.ts';
import { dateOption } from '../args/option-values.ts';
import { inputError, readCommandLine, usageError, type CommandLineSpec } from '../args/parse-command-line.ts';
import { customerSummaryToJson, summarizeCustomers, type CustomerSummary } from '../../shared/customers/index.ts';
import type { CollectionState } from '../../shared/collection/index.ts';
import { jurisdictionFromArgs } from './jurisdiction-args.ts';
import { COLLECTION_TABLE_HEADINGS, collectionCells, reportCollection, reportCsvWithCollection, withCollection } from './report-collection.ts';
import { runReportSince } from './report-since.ts';

export const REPORT_USAGE = `dunning report <file|-> [--as-of YYYY-MM-DD] ${RULE_SELECTION_USAGE}
       ${REFERENCE_DATA_USAGE}
       [--format table|csv|json] [--view invoices|customers] [--out <file>] [--buckets 30,60,90,180]
       [--encoding auto|utf-8|gbk|gb18030|utf-16le|utf-16be|windows-1252]
       [--date-order auto|ymd|dmy|mdy] [--map field=Header ...] [--currency <ISO code>]
       [--log <log.csv> [--jurisdiction cn|uk|de]] [--since <older export> [--log <log.csv> --record]]`;

/** The display width of each column: its widest cell or heading (a loop: a million rows spread into Math.max overflow the stack). */
function columnWidths(head: readonly string[], rows: readonly (readonly string[])[]): number[] {
  const widths = head.map((h) => displayWidth(h));
  for (const row of rows) {
    for (let i = 0; i < widths.length; i++) {
      const w = displayWidth(row[i] ?? '');
      if (w > (widths[i] ?? 0)) widths[i] = w;
    }
  }
  return widths;
}

function renderTable(rows: readonly ReportRow[], totals: Record<string, CurrencyTotals>, rejected: readonly RejectedRow[],
  skipped: readonly SkippedRow[], buckets: readonly AgingBucket[], asOf: PlainDate, withPenalty: boolean, notes: readonly string[] = [],
  collection?: CollectionState): string {
  const head = ['Row', 'Customer', 'Invoice', 'Cur', 'Outstanding', 'Due', 'Days', 'Bucket', 'Stage', ...(withPenalty ? ['Penalty', 'Rule'] : []),
    ...(collection ? COLLECTION_TABLE_HEADINGS : [])];
  const right = new Set(['Row', 'Outstanding', 'Days', 'Penalty']);
  const body = rows.map((row, i) => {
    const r = row.receivable;
    return [String(r.row), terminalSafe(r.customer), terminalSafe(r.invoice), r.currency, toDecimalString(r.outstanding), r.dueDate,
      // A penalty resting on a rate or calendar assumed past its known-until date is marked beside
      // the figure (*); the notes under the table say which table and from when.
      String(row.daysOverdue), row.bucket, row.stage ?? '-',
      ...(withPenalty ? [`${toDecimalString(row.penalty)}${row.assumed !== undefined && row.assumed.length > 0 ? '*' : ''}`, terminalSafe(row.rule ?? '-')] : []),
      ...(collection ? collectionCells(collection.invoices[i]).map(terminalSafe) : [])];
  });
  const widths = columnWidths(head, body);
  const fmt = (cells: string[]): string => cells.map((c, i) => padToWidth(c, widths[i] ?? 0, right.has(head[i] ?? '') ? 'right' : 'left')).join('  ').trimEnd();
  const lines = [`Receivables as of ${asOf}`, '', fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmt), ''];
  if (notes.length) lines.push('* rate or holiday data assumed past its known-until date:', ...notes.map((n) => `  ${n}`), '');
  const currencies = Object.values(totals);
  if (currencies.length) {
    // One line per currency: amounts in different currencies are never added together.
    const withComp = currencies.some((t) => t.compensation.minor !== 0);
    const sumHead = ['Currency', 'Invoices', ...buckets.map((b) => b.id), 'Outstanding', 'Overdue',
      ...(withPenalty ? ['Penalty'] : []), ...(withComp ? ['Compensation'] : [])];
    const sumBody = currencies.map((t) => [t.currency, String(t.invoices),
      ...buckets.map((b) => toDecimalString(t.buckets[b.id] ?? { minor: 0, currency: t.currency })),
      toDecimalString(t.outstanding), toDecimalString(t.overdue),
      ...(withPenalty ? [toDecimalString(t.penalty)] : []), ...(withComp ? [toDecimalString(t.compensation)] : [])]);
    const w = columnWidths(sumHead, sumBody);
    const line = (cells: string[]): string => cells.map((c, i) => padToWidth(c, w[i] ?? 0, i === 0 ? 'left' : 'right')).join('  ').trimEnd();
    lines.push('Totals by currency (outstanding = sum of the buckets)', '', line(sumHead), w.map((x) => '-'.repeat(x)).join('  '), ...sumBody.map(line), '');
  }
  if (rejected.length) {
    lines.push(`Rejected rows (${rejected.length}):`);
    for (const r of rejected) lines.push(`  row ${r.row}, ${r.column} "${terminalSafe(r.value)}": ${terminalSafe(r.reason)}`);
    lines.push('');
  }
  if (skipped.length) {
    const kinds = new Map<string, number>();
    for (const s of skipped) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
    lines.push(`Skipped lines (not data): ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}`);
  }
  return lines.join('\n') + '\n';
}

function customerCells(s: CustomerSummary): string[][] {
  return Object.entries(s.byCurrency).map(([currency, t]) => [
    s.customer, s.email ?? '', currency, String(t.openInvoices), String(t.overdueInvoices), toDecimalString(t.outstanding),
    toDecimalString(t.overdue), toDecimalString(t.penalty), String(s.oldestDaysOverdue), String(t.weightedAverageDaysOverdue),
    s.stage ?? '', s.rating.grade,
  ]);
}

const CUSTOMER_COLUMNS = ['customer', 'email', 'currency', 'openInvoices', 'overdueInvoices', 'outstanding', 'overdue', 'penalty',
  'oldestDaysOverdue', 'weightedAverageDaysOverdue', 'stage', 'rating'];

function renderCustomers(summaries: readonly CustomerSummary[], asOf: PlainDate, format: 'table' | 'csv'): string {
  const body = summaries.flatMap(customerCells);
  if (format === 'csv') {
    // customer, email, currency, stage and rating are text; the rest are numbers.
    const text = new Set([0, 1, 2, 10, 11]);
    return csvRecord(CUSTOMER_COLUMNS.map(csvTextCell)) + body.map((cells) => csvRecord(cells.map((c, i) => (text.has(i) ? csvTextCell(c) : csvValueCell(c))))).join('');
  }
  const head = ['Customer', 'Cur', 'Open', 'Overdue', 'Outstanding', 'Overdue amt', 'Penalty', 'Oldest', 'Avg days', 'Stage', 'Rating'];
  const rows = body.map((c) => [terminalSafe(c[0] ?? ''), c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10] || '-', c[11]] as string[]);
  const widths = columnWidths(head, rows);
  const fmt = (cells: string[]): string => cells.map((c, i) => padToWidth(c, widths[i] ?? 0, i >= 2 && i <= 8 ? 'right' : 'left')).join('  ').trimEnd();
  const lines = [`Customers as of ${asOf}, most urgent first`, '', fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt), ''];
  for (const s of summaries) {
    lines.push(`${terminalSafe(s.customer)}: rating ${s.rating.grade} (score ${s.rating.score}) — ${s.rating.factors.map((f) => `${f.name} ${f.value} (${f.effect >= 0 ? '+' : ''}${f.effect})`).join(', ')}`);
  }
  return lines.join('\n') + '\n';
}

function customersOf(rows: readonly ReportRow[], asOf: PlainDate, collection?: CollectionState): CustomerSummary[] {
  // Each invoice's penalty as its row computed it (its own rule), not one rule for all.
  const penalties = new Map<Receivable, Money>(rows.map((r) => [r.receivable, r.penalty]));
  return summarizeCustomers(rows.map((r) => r.receivable), asOf, { penaltyFor: (r) => penalties.get(r), ...(collection ? { collection } : {}) });
}

/** `dunning report`'s command line (options other commands share come from import-args and rule-args). */
export const REPORT_ARGS = {
  command: 'report',
  usage: REPORT_USAGE,
  options: {
    'as-of': { type: 'string' },
    ...RULE_SELECTION_ARG_OPTIONS,
    ...REFERENCE_DATA_ARG_OPTIONS,
    format: { type: 'string', default: 'table', choices: ['table', 'csv', 'json'] },
    out: { type: 'string' },
    buckets: { type: 'string' },
    view: { type: 'string', default: 'invoices', choices: ['invoices', 'customers'] },
    ...IMPORT_ARG_OPTIONS,
    log: { type: 'string' },
    jurisdiction: { type: 'string', choices: ['cn', 'uk', 'de'] },
    since: { type: 'string' },
    record: { type: 'boolean', default: false },
  },
  positionals: { min: 1, max: 1, what: 'one receivables file (or - for stdin)' },
} as const satisfies CommandLineSpec;

/** `dunning report`: an aging / penalty report of an export. Returns the exit code. */
export async function runReport(args: string[], io: CliIo): Promise<number> {
  const line = readCommandLine(args, REPORT_ARGS, io);
  if (typeof line === 'number') return line;
  const { values } = line;
  const usage = (message: string): number => usageError(io, REPORT_ARGS, message);
  const file = line.positionals[0] as string;
  const format = values.format as 'table' | 'csv' | 'json';
  const view = values.view as 'invoices' | 'customers';
  let asOf = io.today();
  if (values['as-of'] !== undefined) {
    const d = dateOption('as-of', values['as-of']);
    if (!d.ok) return usage(d.message);
    asOf = d.value;
  }
  let buckets = DEFAULT_BUCKETS;
  if (values.buckets !== undefined) {
    const b = parseBucketBounds(values.buckets);
    if (!b.ok) return usage(b.error.message.includes('--buckets') ? b.error.message : `--buckets: ${b.error.message}`);
    buckets = b.value;
  }
  const importOptions = importOptionsFromArgs(values, file === '-' ? 'stdin' : file);
  if (!importOptions.ok) return usage(importOptions.message);
  const rule = ruleSelectionFromArgs(values, io);
  if (!rule.ok) return rule.exitCode === EXIT.usage ? usage(rule.message) : inputError(io, 'report', rule.message);
  const reference = referenceDataFromArgs(values, io);
  if (!reference.ok) return inputError(io, 'report', reference.message);
  const data: ReferenceData = reference.value;
  let withPenalty = rule.value !== undefined && selectsAnyRule(rule.value);
  if (values.record && (values.log === undefined || values.since === undefined)) return usage('--record appends the payments --since finds to --log: give both');
  if (values.since !== undefined) {
    if (file === '-') return usage('--since compares two files: give the newer export as a file, not stdin');
    return runReportSince({
      file, since: values.since, asOf, format, importOptions: importOptions.value, rules: values.rules,
      ...(values.out !== undefined ? { out: values.out } : {}), ...(values.record && values.log !== undefined ? { record: values.log } : {}),
    }, io);
  }
  // The limitation law: named, or each invoice's by the rule its contract is charged under.
  const jurisdiction = jurisdictionFromArgs(values, rule.value);
  const logPath = values.log;

  // The output is opened before the import (the invoice CSV streams into it) but written to a
  // temporary file beside the target: the target is replaced only once the whole report is
  // written, and never when it is the export itself (or the rule file).
  const options = importOptions.value;
  const ruleValue = rule.value;
  const opened = io.openOutput(values.out, [file, values.rules, ...(values.rates ?? []), ...(values.calendar ?? []), logPath]);
  if (!opened.ok) return usage(opened.message);
  const out = opened.value;
  try {
    const { code, complete } = await writeReport(out);
    // A run that could not read its whole input leaves the target as it was.
    if (complete) out.commit();
    return code;
  } finally {
    out.close();
  }

  async function writeReport(writer: TextWriter): Promise<{ code: number; complete: boolean }> {
    const toRow = createReportRowBuilder({
      asOf, buckets, ...(ruleValue ? { rules: ruleValue } : {}), penaltyOptions: { rates: data.rates, calendar: data.calendar },
    });
    // How many invoices' figures rest on each table past its known-until date.
    const assumedCounts = new Map<ReferenceTableId, number>();
    const countAssumed = (ids: readonly ReferenceTableId[]): void => {
      for (const id of ids) assumedCounts.set(id, (assumedCounts.get(id) ?? 0) + 1);
    };
    const totals = createTotalsAccumulator(buckets.map((b) => b.id));
    const rows: ReportRow[] = [];
    const rejected: RejectedRow[] = [];
    const skipped: SkippedRow[] = [];
    let csv: ReportCsvWriter | undefined;
    let taken = 0;
    // The invoice CSV streams; the customers view needs every invoice of a customer first.
    if (format === 'csv' && view === 'invoices' && logPath === undefined) {
      writer.write(csvRecord(REPORT_CSV_COLUMNS.map(csvTextCell)));
      csv = createReportCsvWriter(writer, (ids) => assumedNote(ids, data));
    }
    // Receivables are collected while a chunk is imported and turned into rows after it, in a
    // loop of their own: interleaving import, penalty and CSV writing row by row cost about a
    // quarter more CPU (npm run bench), most likely in how V8 compiles one long call chain.
    const batch: Receivable[] = [];
    const drain = (): void => {
      if (csv) {
        // The invoice CSV has no totals lines: only rows are made and written.
        for (const r of batch) {
          const row = toRow(r);
          if (row.assumed !== undefined) countAssumed(row.assumed);
          csv.write(row);
        }
      } else {
        for (const r of batch) {
          const row = toRow(r);
          if (row.assumed !== undefined) countAssumed(row.assumed);
          // An export's own penalty column charges its invoices even without --rule.
          if (r.penaltyRule !== undefined && r.penaltyRule.rule.kind !== 'none') withPenalty = true;
          totals.add(row);
          rows.push(row);
        }
      }
      taken += batch.length;
      batch.length = 0;
    };
    const importer = createImporter(options, {
      receivable: (r) => batch.push(r),
      rejected: (r) => rejected.push(r),
      skipped: (s) => skipped.push(s),
    });

    const shown = file === '-' ? 'stdin' : file;
    if (file === '-' && io.stdinIsTty) io.stderr('dunning report: reading the export from the keyboard; end with Ctrl+D, or give a file\n');
    const size = io.fileSize(file);
    const progress = io.stderrIsTty && size !== undefined && size > 8 << 20;
    let read = 0;
    let lastShown = -1;
    try {
      for await (const chunk of io.readChunks(file)) {
        importer.push(chunk);
        drain();
        read += chunk.length;
        if (progress && size) {
          const pct = Math.floor((read / size) * 100);
          if (pct !== lastShown) {
            io.progress(`reading ${shown}: ${pct}%`);
            lastShown = pct;
          }
        }
      }
    } catch (e) {
      if (progress) io.stderr('\n');
      // Only a failure to read is about the export; one to write (a full disk, a closed pipe) is not.
      if (!isFsError(e) || e.syscall === 'write') throw e;
      return { code: inputError(io, 'report', `cannot read ${shown}: ${fsErrorReason(e)}`), complete: false };
    }
    const source = importer.end();
    drain();
    if (progress) io.stderr('\n');
    // Said on stderr whatever the format, so an assumed currency is never silent in a CSV or JSON run.
    if (source.currencyAssumed) {
      io.stderr(`note: ${shown} names no currency; amounts were taken as ${source.currencyAssumed}. Use --currency to say otherwise.\n`);
    }
    for (const w of source.warnings ?? []) io.stderr(`note: ${terminalSafe(w)}\n`);
    const notes = assumedDataNotes(assumedCounts, data);
    // Said on stderr for CSV and JSON too: the marked rows carry the note in their assumed column / field.
    if (format !== 'table') for (const n of notes) io.stderr(`note: ${n}\n`);
    csv?.flush();

    const totalsResult = totals.result();
    rows.sort((a, b) => a.receivable.row - b.receivable.row);
    rejected.sort((a, b) => a.row - b.row);
    skipped.sort((a, b) => a.row - b.row);
    // With --log, every invoice gets its collection state (the rows are all read first).
    let collection: CollectionState | undefined;
    if (logPath !== undefined) {
      const c = reportCollection(logPath, rows, asOf, jurisdiction, io);
      if (!c.ok) return { code: inputError(io, 'report', c.message), complete: false };
      collection = c.state;
    }
    if (format === 'json') {
      const built = buildReportJson({ asOf, source, rows, rejected, skipped, totals: totalsResult });
      const report = collection ? withCollection(built, collection) : built;
      const customers = customersOf(rows, asOf, collection).map(customerSummaryToJson);
      writer.write(jsonText({ ...report, ...(notes.length ? { warnings: notes } : {}), customers }));
    } else if (collection && format === 'csv' && view === 'invoices') {
      writer.write(reportCsvWithCollection(rows, collection, (ids) => assumedNote(ids, data)));
    } else if (view === 'customers') {
      writer.write(renderCustomers(customersOf(rows, asOf, collection), asOf, format));
    } else if (format === 'table') {
      writer.write(renderTable(rows, totalsResult, rejected, skipped, buckets, asOf, withPenalty, notes, collection));
    }
    if (format !== 'table' || values.out !== undefined) {
      io.stderr(`${source.lines} lines read (${source.encoding}, format ${source.format}): ${taken} invoices, ${rejected.length} rejected, ${skipped.length} skipped\n`);
    }
    if (format === 'csv' && rejected.length) {
      for (const r of rejected.slice(0, 20)) io.stderr(`  ${rejectedLine(r)}\n`);
      if (rejected.length > 20) io.stderr(`  … and ${rejected.length - 20} more (use --format json to see them all)\n`);
    }
    // The report is written either way (it lists what was rejected and why); the exit code
    // tells a script whether the export could be used.
    const unusable = unusableInput(shown, source, taken, rejected);
    if (unusable === undefined) return { code: EXIT.ok, complete: true };
    const kept = !unusable.complete && values.out !== undefined && values.out !== '-' ? `; ${values.out} was not written` : '';
    return { code: inputError(io, 'report', `${unusable.message}${kept}`), complete: unusable.complete };
  }
}
