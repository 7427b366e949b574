import { join } from 'node:path';
import { importReceivables } from '../../shared/import/index.ts';
import type { Receivable } from '../../shared/import/types.ts';
import { computePenalty } from '../../shared/penalty/index.ts';
import type { PenaltyResult, PenaltyRule } from '../../shared/penalty/types.ts';
import { daysBetween, type PlainDate } from '../../shared/plain-date.ts';
import { isStageId, type StageId } from '../../shared/stage-id.ts';
import { stageRank, suggestStage } from '../../shared/stages/index.ts';
import {
  buildEml, buildReminderModel, customerKey, customersWithOpenInvoices, isShortChannel, isTemplateLang, isTone,
  parseProfile, planDates, reminderDeadline, renderReminder, statementCsv,
  type Channel, type ProfileFile, type ReminderHistory, type ReminderModel, type TemplateLang, type TemplateLocale, type Tone,
} from '../../shared/templates/index.ts';
import type { CliIo, OutputFile } from '../io.ts';
import { customerFileStem } from '../customer-file-stem.ts';
import { terminalSafe, terminalSafeLines } from '../terminal-safe.ts';
import { fsErrorReason } from '../fs-error-message.ts';
import { IMPORT_ARG_OPTIONS, importOptionsFromArgs } from './import-args.ts';
import { RULE_SELECTION_ARG_OPTIONS, RULE_SELECTION_USAGE, ruleSelectionFromArgs } from './rule-args.ts';
import { REFERENCE_DATA_ARG_OPTIONS, REFERENCE_DATA_USAGE, referenceDataFromArgs } from './reference-data-args.ts';
import { selectRule, type RuleSelection } from '../../shared/penalty/index.ts';
import type { ReferenceData } from '../../shared/reference-data/index.ts';
import { unusableInput } from './unusable-input.ts';
import { historyFromLog, loadRemindLog, recordReminder, stageFromLog, thankYouCustomers, type RemindLog } from './remind-log.ts';
import type { ContactChannel } from '../../shared/contact-channel.ts';
import { EXIT } from '../args/exit-codes.ts';
import { dateOption, wholeNumberOption } from '../args/option-values.ts';
import { inputError, readCommandLine, usageError, type CommandLineSpec } from '../args/parse-command-line.ts';

export const REMIND_USAGE = `dunning remind <file> [--customer <name>|--all] [--stage auto|<id>] [--lang zh-CN|en]
       [--tone warm|neutral|firm] [--channel email|phone|letter|sms|wechat] [--format text|html|eml] [--out <dir>]
       [--as-of YYYY-MM-DD] ${RULE_SELECTION_USAGE} ${REFERENCE_DATA_USAGE} [--profile profile.json]
       [--locale en-GB|en-US|zh-CN] [--deadline-days N]
       [--encoding …] [--date-order auto|ymd|dmy|mdy] [--map field=Header ...] [--currency <ISO code>]
       [--log <log.csv> [--record]]`;

/** `dunning remind`'s command line. */
export const REMIND_ARGS = {
  command: 'remind',
  usage: REMIND_USAGE,
  options: {
    customer: { type: 'string' },
    all: { type: 'boolean', default: false },
    stage: { type: 'string', default: 'auto' },
    lang: { type: 'string', choices: ['zh-CN', 'en'] },
    tone: { type: 'string', choices: ['warm', 'neutral', 'firm'] },
    channel: { type: 'string', default: 'email', choices: ['email', 'phone', 'letter', 'sms', 'wechat'] },
    format: { type: 'string', default: 'text', choices: ['text', 'html', 'eml'] },
    out: { type: 'string' },
    'as-of': { type: 'string' },
    ...RULE_SELECTION_ARG_OPTIONS,
    ...REFERENCE_DATA_ARG_OPTIONS,
    profile: { type: 'string' },
    locale: { type: 'string', choices: ['en-GB', 'en-US', 'zh-CN'] },
    'deadline-days': { type: 'string' },
    ...IMPORT_ARG_OPTIONS,
    log: { type: 'string' },
    record: { type: 'boolean', default: false },
  },
  positionals: { min: 1, max: 1, what: 'one receivables file' },
} as const satisfies CommandLineSpec;

/** What `dunning remind` touches outside itself. */
export type RemindIo = Pick<CliIo, 'readFile' | 'openOutput' | 'pathKind' | 'stdout' | 'stderr' | 'today'>;

/** The most advanced stage any of the customer's open invoices has reached (stages/suggestStage). */
function autoStage(invoices: readonly Receivable[], asOf: PlainDate): StageId | null {
  let best: StageId | null = null;
  for (const r of invoices) {
    if (r.outstanding.minor <= 0) continue;
    const stage = suggestStage({ daysOverdue: daysBetween(r.dueDate, asOf), outstanding: r.outstanding, asOf });
    if (stageRank(stage) > stageRank(best)) best = stage;
  }
  return best;
}

const PENALTY_STAGES: readonly StageId[] = ['formal-notice', 'final-notice', 'legal'];

function htmlDocument(title: string, fragment: string, lang: TemplateLang): string {
  const esc = title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>${esc}</title></head><body>\n${fragment}\n</body></html>\n`;
}

/**
 * `dunning remind`: renders reminders for one customer or all customers with open invoices.
 * Text and HTML go to stdout (or one file per customer under `--out`); `--format eml` writes one
 * draft .eml per customer (to `--out`, default the current directory). The stage is the most
 * advanced one the customer's invoices have reached unless `--stage` names one; with a rule,
 * `formal-notice` and later state the penalty or interest with its basis and working. The
 * language defaults to zh-CN when all the customer's invoices are in CNY, else en. Profile
 * schema: see parseProfile (shared/templates/parse-profile.ts). Returns the exit code: 0 done,
 * 1 some messages could not be produced, 2 bad arguments or input.
 */
export async function runRemind(args: string[], io: RemindIo): Promise<number> {
  const line = readCommandLine(args, REMIND_ARGS, io);
  if (typeof line === 'number') return line;
  const { values, positionals } = line;
  const usage = (message: string): number => usageError(io, REMIND_ARGS, message);
  const file = positionals[0] as string;
  if (values.all === (values.customer !== undefined)) return usage('give either --customer <name> or --all');
  const stageArg = values.stage;
  if (stageArg !== 'auto' && !isStageId(stageArg)) return usage(`--stage must be auto or a stage id; got "${stageArg}"`);
  const channel = values.channel;
  const format = values.format;
  if (format === 'eml' && channel !== 'email') return usage('--format eml writes e-mail drafts: use it with --channel email');
  if (values.record && values.log === undefined) return usage('--record appends to the collection log: give --log <log.csv>');
  let asOf = io.today();
  if (values['as-of'] !== undefined) {
    const d = dateOption('as-of', values['as-of']);
    if (!d.ok) return usage(d.message);
    asOf = d.value;
  }
  const importOptions = importOptionsFromArgs(values, file);
  if (!importOptions.ok) return usage(importOptions.message);
  const rule = ruleSelectionFromArgs(values, io);
  if (!rule.ok) return rule.exitCode === EXIT.usage ? usage(rule.message) : inputError(io, 'remind', rule.message);
  const reference = referenceDataFromArgs(values, io);
  if (!reference.ok) return inputError(io, 'remind', reference.message);

  let profile: ProfileFile = {};
  if (values.profile !== undefined) {
    let text: string;
    try {
      text = new TextDecoder().decode(io.readFile(values.profile));
    } catch (e) {
      return inputError(io, 'remind', `--profile: cannot read ${values.profile}: ${fsErrorReason(e)}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      return inputError(io, 'remind', `--profile: ${values.profile} is not JSON: ${(e as Error).message}`);
    }
    const p = parseProfile(json);
    if (!p.ok) return inputError(io, 'remind', `--profile: ${values.profile}: ${p.error.field}: ${p.error.message}`);
    profile = p.value;
  }
  let deadlineDays = profile.deadlineDays ?? 10;
  if (values['deadline-days'] !== undefined) {
    const n = wholeNumberOption('deadline-days', values['deadline-days'], 1, 60);
    if (!n.ok) return usage(n.message);
    deadlineDays = n.value;
  }

  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (e) {
    return inputError(io, 'remind', `cannot read ${file}: ${fsErrorReason(e)}`);
  }
  const imported = importReceivables(bytes, importOptions.value);
  const unusable = unusableInput(file, imported.source, imported.receivables.length, imported.rejected);
  if (unusable !== undefined) return inputError(io, 'remind', `${unusable.message}; no reminders written`);
  if (imported.rejected.length > 0) {
    io.stderr(`note: ${imported.rejected.length} row(s) of ${file} were rejected (run "dunning report" to see why); reminders leave them out\n`);
  }
  const receivables = imported.receivables;
  // With the log, stages come from each case's history, messages cite it, and --record adds to it.
  let log: RemindLog | undefined;
  if (values.log !== undefined) {
    const loaded = loadRemindLog(values.log, receivables, asOf, io);
    if (!loaded.ok) return inputError(io, 'remind', loaded.message);
    log = loaded.value;
  }
  const customers = values.all ? customersWithOpenInvoices(receivables) : [values.customer ?? ''];
  if (values.all && log && stageArg === 'auto') for (const c of thankYouCustomers(log)) if (!customers.some((n) => customerKey(n) === customerKey(c))) customers.push(c);
  if (!values.all) {
    const key = customerKey(values.customer ?? '');
    if (!receivables.some((r) => customerKey(r.customer) === key) && !log?.byKey.has(key)) {
      const names = customersWithOpenInvoices(receivables);
      return usageError(io, REMIND_ARGS, `--customer: no customer "${values.customer}" in ${file}${names.length > 0 ? `; customers with open invoices: ${names.slice(0, 20).join(', ')}${names.length > 20 ? ', …' : ''}` : ''}`);
    }
  }

  const outDir = values.out ?? (format === 'eml' ? '.' : undefined);
  if (outDir !== undefined) {
    const kind = io.pathKind(outDir);
    if (kind === 'file' || kind === 'other') {
      return usage(`--out ${outDir} is a file: remind writes one file per customer into a folder; give a folder (it is made if missing)`);
    }
  }
  // What this run read: nothing it writes may land on one of them.
  const inputs = [file, values.rules, values.profile, values.log, ...(values.rates ?? []), ...(values.calendar ?? [])];
  let stdout: OutputFile | undefined;
  if (outDir === undefined) {
    const opened = io.openOutput(undefined, inputs);
    if (!opened.ok) return usage(opened.message);
    stdout = opened.value;
  }
  const stems = new Set<string>();
  let failures = 0;
  let refused = 0;
  let written = 0;
  /** Writes one whole file (everything is read by now); false when it may not be written. */
  const save = (path: string, data: string, who: string): boolean => {
    const opened = io.openOutput(path, inputs);
    if (!opened.ok) {
      io.stderr(`${who}: not written: ${opened.message}\n`);
      refused++;
      return false;
    }
    try {
      opened.value.write(data);
      opened.value.commit();
    } finally {
      opened.value.close();
    }
    io.stdout(`${path}\n`);
    return true;
  };
  for (const customer of customers) {
    // Names are data: one line in messages, shown escaped, so they cannot fake another line of output.
    const who = terminalSafe(customer.replace(/\s+/g, ' ').trim());
    const key = customerKey(customer);
    const mine = receivables.filter((r) => customerKey(r.customer) === key);
    const fromLog = stageArg === 'auto' && log ? stageFromLog(log, customer) : undefined;
    const stage = stageArg === 'auto' ? (fromLog ? fromLog.stage : autoStage(mine, asOf)) : stageArg;
    if (stage === null) {
      io.stderr(`${who}: no reminder is due as of ${asOf}${fromLog?.reason ? `: ${terminalSafe(fromLog.reason.replace(/\s+/g, ' '))}` : ' (nothing overdue or due soon)'}; give --stage to write one anyway\n`);
      continue;
    }
    const currencies = new Set(mine.filter((r) => r.outstanding.minor > 0).map((r) => r.currency));
    const lang: TemplateLang = values.lang !== undefined && isTemplateLang(values.lang)
      ? values.lang
      : currencies.size === 1 && currencies.has('CNY') ? 'zh-CN' : 'en';
    const locale: TemplateLocale | undefined = (values.locale as TemplateLocale | undefined) ?? (lang === 'en' ? profile.locale : undefined);
    const model = modelFor(receivables, customer, asOf, stage, lang, rule.value, profile, deadlineDays, reference.value, log ? historyFromLog(log, customer) : undefined);
    // The reminder row for a message once it is written (never for one that could not be).
    const record = (): void => {
      if (!values.record || values.log === undefined) return;
      const done = recordReminder(values.log, { customer: model.customer.name, model, stage, channel: channel as ContactChannel, asOf });
      if (!done.ok) {
        io.stderr(`${who}: the message was written but not recorded: ${done.message}\n`);
        failures++;
      }
    };
    const tone = values.tone !== undefined && isTone(values.tone) ? values.tone : undefined;
    const rendered = renderReminder({ stage, channel: channel as Channel, lang, model, ...(tone ? { tone: tone as Tone } : {}), ...(locale ? { locale } : {}) });
    if (!rendered.ok) {
      io.stderr(`${who}: ${rendered.error.message}\n`);
      failures++;
      continue;
    }
    const { subject, text, html, warnings } = rendered.value;
    for (const w of warnings) io.stderr(`${who}: ${terminalSafe(w)}\n`);
    if (rule.value === undefined && PENALTY_STAGES.includes(stage)) {
      io.stderr(`${who}: no --rule or --rules given, so the ${stage} message reserves the right to interest instead of stating it\n`);
    }
    const title = subject ?? `${model.customer.name} (${stage})`;
    const statementName = lang === 'zh-CN' ? `对账单-${asOf}.csv` : `statement-of-account-${asOf}.csv`;
    if (format === 'eml') {
      const from = profile.sender?.email ?? profile.company?.email;
      const fromName = profile.sender?.name ?? profile.company?.name;
      // A lawyer's letter is a draft for counsel: addressed to the debtor it is one click from
      // being sent unreviewed, so the draft carries no recipient.
      const addressed = stage !== 'legal' && model.customer.email !== undefined;
      const eml = buildEml({
        subject: subject ?? title, text, html,
        ...(addressed && model.customer.email ? { to: { address: model.customer.email, name: model.customer.contact ?? model.customer.name } } : {}),
        ...(from ? { from: { address: from, ...(fromName ? { name: fromName } : {}) } } : {}),
        ...(stage === 'statement' ? {
          attachments: [{ filename: statementName, contentType: 'text/csv; charset=UTF-8', content: statementCsv(model, lang) }],
        } : {}),
      });
      for (const w of eml.warnings) io.stderr(`${who}: ${terminalSafe(w)}\n`);
      if (stage === 'legal') io.stderr(`${who}: the lawyer's letter is a draft for counsel; it has no recipient\n`);
      else if (!model.customer.email) io.stderr(`${who}: no e-mail address in ${file}; the draft has no recipient\n`);
      if (save(join(outDir ?? '.', `${customerFileStem(model.customer.name, stems)}.eml`), eml.eml, who)) {
        record();
        written++;
      }
      continue;
    }
    // A short message (sms, wechat) is exactly the text to copy, without a closing line break of its own.
    const body = format === 'html' ? htmlDocument(title, html, lang) : `${subject === undefined ? '' : `${lang === 'zh-CN' ? '主题' : 'Subject'}: ${subject}\n\n`}${text}${text.endsWith('\n') ? '' : '\n'}`;
    const attachStatement = stage === 'statement' && !isShortChannel(channel as Channel);
    if (outDir !== undefined) {
      const stem = customerFileStem(model.customer.name, stems);
      if (!save(join(outDir, `${stem}.${format === 'html' ? 'html' : 'txt'}`), body, who)) continue;
      // The statement says it is attached: write it beside the message to attach.
      if (attachStatement) save(join(outDir, `${stem}-${statementName}`), statementCsv(model, lang), who);
    } else {
      // Text on stdout is for reading: control and bidi characters from the data are shown escaped.
      (stdout as OutputFile).write(`${written > 0 ? `\n${'='.repeat(72)}\n\n` : ''}${format === 'text' ? terminalSafeLines(body) : body}`);
      if (attachStatement) io.stderr(`${who}: the statement of account to attach is written with --out <dir> or --format eml\n`);
    }
    record();
    written++;
  }
  stdout?.commit();
  if (written === 0 && failures === 0 && refused === 0) io.stderr('no reminders written\n');
  if (refused > 0) return EXIT.usage;
  return failures > 0 ? EXIT.input : EXIT.ok;
}

function modelFor(
  receivables: readonly Receivable[], customer: string, asOf: PlainDate, stage: StageId, lang: TemplateLang,
  selection: RuleSelection | undefined, profile: ProfileFile, deadlineDays: number, data: ReferenceData, history?: ReminderHistory,
): ReminderModel {
  // Each invoice follows its own rule (currency, customer); the working names one rule when all agree.
  const ruleOf = (r: Receivable): PenaltyRule | undefined => (selection ? selectRule(selection, r)?.rule : undefined);
  const rules = [...new Set(receivables.filter((r) => customerKey(r.customer) === customerKey(customer)).map((r) => ruleOf(r)))];
  const rule = rules.length === 1 ? rules[0] : undefined;
  const charged = rules.some((r) => r !== undefined && r.kind !== 'none');
  const withPlan = stage === 'payment-plan' || stage === 'plan-confirmation';
  const penaltyFor = (r: Receivable): PenaltyResult | undefined => {
    const own = ruleOf(r);
    if (own === undefined || own.kind === 'none') return undefined;
    return computePenalty({ principal: r.outstanding, dueDate: r.dueDate, asOf, rule: own }, { lang, rates: data.rates, calendar: data.calendar });
  };
  return buildReminderModel(receivables, customer, asOf, {
    // Payment dates are not in the export, so the charge runs on the balance outstanding now.
    ...(charged ? { penaltyFor, ...(rule ? { rule } : {}) } : {}),
    lang,
    deadline: reminderDeadline(asOf, deadlineDays, lang),
    ...(withPlan ? { planDates: planDates(asOf, profile.planInstalments ?? 3, lang) } : {}),
    ...(history ? { history } : {}),
    ...(history?.promise ? { promise: { date: history.promise.until } } : {}),
    profile: {
      ...(profile.company ? { company: profile.company } : {}),
      ...(profile.sender ? { sender: profile.sender } : {}),
      ...(profile.bank ? { bank: profile.bank } : {}),
      ...(profile.paymentLink ? { paymentLink: profile.paymentLink } : {}),
    },
  });
}
