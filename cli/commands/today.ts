import { deriveCollection, todayAgenda, todayAgendaToJson, type TodayAgenda } from '../../shared/collection/index.ts';
import { importReceivables } from '../../shared/import/index.ts';
import type { Jurisdiction } from '../../shared/limitation/index.ts';
import { jurisdictionFromArgs } from './jurisdiction-args.ts';
import { toDecimalString } from '../../shared/money.ts';
import { csvRecord, csvTextCell, csvValueCell } from '../../shared/csv-cell.ts';
import { EXIT } from '../args/exit-codes.ts';
import { dateOption } from '../args/option-values.ts';
import { inputError, readCommandLine, usageError, type CommandLineSpec } from '../args/parse-command-line.ts';
import type { CliIo } from '../io.ts';
import { jsonText } from '../json-text.ts';
import { readLogFile } from '../log-file.ts';
import { todayTable } from '../today-table.ts';
import { IMPORT_ARG_OPTIONS, importOptionsFromArgs } from './import-args.ts';
import { RULE_SELECTION_ARG_OPTIONS, RULE_SELECTION_USAGE, ruleSelectionFromArgs } from './rule-args.ts';
import { REFERENCE_DATA_ARG_OPTIONS, REFERENCE_DATA_USAGE, referenceDataFromArgs } from './reference-data-args.ts';
import { createSelectedPenaltyCalculator, EMPTY_RULE_SELECTION } from '../../shared/penalty/index.ts';
import type { AgendaPenalty } from '../../shared/collection/index.ts';

export const TODAY_USAGE = `dunning today <file> --log <log.csv> [--as-of YYYY-MM-DD] ${RULE_SELECTION_USAGE}
       ${REFERENCE_DATA_USAGE} [--jurisdiction cn|uk|de] [--format table|csv|json] [--lang zh-CN|en]
       [--encoding …] [--date-order auto|ymd|dmy|mdy] [--map field=Header ...] [--currency <ISO code>]

The morning chase list: one line per customer whose next step is due, most urgent first (broken
promises and missed instalments, then limitation periods about to end, then plain overdue), with
the stage, how to send it, the overdue amount per currency and why; then promises, instalments
and pauses falling due in the next 7 days, and limitation periods ending within 90 days. The
limitation law of each invoice follows its rule (cn-*, uk-*, de-*; else the default rule's) unless
--jurisdiction names one for all. With
rules (or an export's penalty column) each line also shows the penalty run up to today, computed
with --rates and --calendar when given.`;

const TODAY_ARGS = {
  command: 'today',
  usage: TODAY_USAGE,
  options: {
    log: { type: 'string' },
    'as-of': { type: 'string' },
    ...RULE_SELECTION_ARG_OPTIONS,
    ...REFERENCE_DATA_ARG_OPTIONS,
    jurisdiction: { type: 'string', choices: ['cn', 'uk', 'de'] },
    format: { type: 'string', default: 'table', choices: ['table', 'csv', 'json'] },
    lang: { type: 'string', default: 'en', choices: ['en', 'zh-CN'] },
    ...IMPORT_ARG_OPTIONS,
  },
  positionals: { min: 1, max: 1, what: 'one receivables file' },
} as const satisfies CommandLineSpec;

/** `dunning today`: what to do today from an export and the collection log. */
export async function runToday(args: string[], io: CliIo): Promise<number> {
  const line = readCommandLine(args, TODAY_ARGS, io);
  if (typeof line === 'number') return line;
  const { values } = line;
  const file = line.positionals[0] as string;
  if (values.log === undefined) return usageError(io, TODAY_ARGS, 'give the collection log: --log <log.csv>');
  let asOf = io.today();
  if (values['as-of'] !== undefined) {
    const d = dateOption('as-of', values['as-of']);
    if (!d.ok) return usageError(io, TODAY_ARGS, d.message);
    asOf = d.value;
  }
  const importOptions = importOptionsFromArgs(values, file);
  if (!importOptions.ok) return usageError(io, TODAY_ARGS, importOptions.message);
  const rule = ruleSelectionFromArgs(values, io);
  if (!rule.ok) return rule.exitCode === EXIT.usage ? usageError(io, TODAY_ARGS, rule.message) : inputError(io, 'today', rule.message);
  const reference = referenceDataFromArgs(values, io);
  if (!reference.ok) return inputError(io, 'today', reference.message);
  // The limitation law: named, or each invoice's by the rule its contract is charged under.
  const jurisdiction = jurisdictionFromArgs(values, rule.value);
  const lang = values.lang === 'zh-CN' ? 'zh-CN' : 'en';

  const found = readLogFile(values.log, io.readFile);
  if (!found.ok) return inputError(io, 'today', found.message);
  if (!found.exists) return inputError(io, 'today', `no log at ${values.log} (dunning log add or dunning remind --record creates it)`);
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (e) {
    return inputError(io, 'today', `cannot read ${file}: ${(e as Error).message}`);
  }
  const imported = importReceivables(bytes, importOptions.value);
  if (imported.rejected.length > 0) io.stderr(`note: ${imported.rejected.length} row(s) of ${file} were rejected (dunning report shows why); they are left out\n`);
  for (const r of found.log.rejected) io.stderr(`note: ${values.log} row ${r.row} cannot be read (${r.column}: ${r.reason}); it is left out\n`);
  const state = deriveCollection(imported.receivables, found.log.entries, asOf, { lang, ...(jurisdiction ? { jurisdiction } : {}) });
  if (state.laterRows > 0) io.stderr(`note: ${state.laterRows} row(s) of ${values.log} are dated after ${asOf} and not counted yet\n`);
  // Each invoice's penalty by its own rule (customer, currency, the export's penalty column).
  const calc = createSelectedPenaltyCalculator(rule.value ?? EMPTY_RULE_SELECTION, asOf, { rates: reference.value.rates, calendar: reference.value.calendar });
  const penaltyFor: AgendaPenalty = (r) => {
    const p = calc(r);
    return p === undefined || p.rule.rule.kind === 'none' ? undefined : { penalty: p.penalty, assumed: p.assumed !== undefined && p.assumed.length > 0 };
  };
  const agenda = todayAgenda(state, { penaltyFor });
  if (values.format === 'json') io.stdout(jsonText(todayAgendaToJson(agenda)));
  else if (values.format === 'csv') io.stdout(todayCsv(agenda));
  else {
    // The laws the periods were worked out under, as the table's heading names them.
    const laws = [...new Set(state.invoices.flatMap((i) => (i.limitation ? [i.limitation.jurisdiction] : [])))].sort() as Jurisdiction[];
    io.stdout(todayTable(agenda, lang, { ledger: file, log: values.log, rows: found.log.entries.length, jurisdictions: laws }));
  }
  return EXIT.ok;
}

/** The agenda as one CSV table: a `section` column says which part a row belongs to. */
function todayCsv(a: TodayAgenda): string {
  const rows: string[][] = [['section', 'date', 'customer', 'invoices', 'nextStage', 'status', 'channel', 'currency', 'amount', 'why']];
  for (const x of a.actions) {
    const money = Object.values(x.overdue);
    for (const m of money.length ? money : [undefined]) {
      rows.push(['action', x.nextAction, x.customer, x.invoices.join(';'), x.nextStage, x.status, x.channel ?? '', m?.currency ?? '', m ? toDecimalString(m) : '', x.why]);
    }
  }
  for (const u of a.upcoming) {
    rows.push([u.kind, u.date, u.customer, u.invoices.join(';'), '', '', '', u.amount?.currency ?? '', u.amount ? toDecimalString(u.amount) : '', u.instalment ? `${u.instalment.number}/${u.instalment.of}` : '']);
  }
  for (const l of a.limitation) {
    rows.push(['limitation', l.period.expires, l.customer, l.invoice, '', l.status, '', l.outstanding.currency, toDecimalString(l.outstanding), l.period.warning ?? l.period.basis]);
  }
  // Text is quoted and guarded against formulas; dates and amounts we wrote stay values.
  return rows.map((r, i) => csvRecord(r.map((c, j) => (i > 0 && (j === 1 || j === 8) ? csvValueCell(c) : csvTextCell(c))))).join('');
}
