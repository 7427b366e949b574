import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { importReceivables } from '../../shared/import/index.ts';
import type { Receivable } from '../../shared/import/types.ts';
import { computePenalty } from '../../shared/penalty/index.ts';
import type { PenaltyRule } from '../../shared/penalty/types.ts';
import { daysBetween, parsePlainDate, type PlainDate } from '../../shared/plain-date.ts';
import { isStageId, type StageId } from '../../shared/stage-id.ts';
import { stageRank, suggestStage } from '../../shared/stages/index.ts';
import {
  buildEml, buildReminderModel, customerKey, customersWithOpenInvoices, isChannel, isTemplateLang, isTemplateLocale, isTone,
  parseProfile, planDates, reminderDeadline, renderReminder, statementCsv,
  type Channel, type ProfileFile, type ReminderModel, type TemplateLang, type TemplateLocale, type Tone,
} from '../../shared/templates/index.ts';
import type { CliIo } from '../io.ts';
import { IMPORT_ARG_OPTIONS, importOptionsFromArgs } from './import-args.ts';
import { ruleFromArgs } from './rule-args.ts';

export const REMIND_USAGE = `dunning remind <file> [--customer <name>|--all] [--stage auto|<id>] [--lang zh-CN|en]
       [--tone warm|neutral|firm] [--channel email|phone|letter] [--format text|html|eml] [--out <dir>]
       [--as-of YYYY-MM-DD] [--rule <preset>|--rules <file.json>] [--profile profile.json]
       [--locale en-GB|en-US|zh-CN] [--deadline-days N]
       [--encoding …] [--date-order auto|ymd|dmy|mdy] [--map field=Header ...] [--currency <ISO code>]`;

/** What `dunning remind` touches outside itself. */
export type RemindIo = Pick<CliIo, 'readFile' | 'writeFile' | 'stdout' | 'stderr' | 'today'>;

/** A file name from a customer name: letters and digits of any script kept, the rest dashes. */
function fileStem(name: string, taken: Set<string>): string {
  const base = name.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'customer';
  let stem = base;
  for (let n = 2; taken.has(stem.toLowerCase()); n++) stem = `${base}-${n}`;
  taken.add(stem.toLowerCase());
  return stem;
}

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
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        customer: { type: 'string' },
        all: { type: 'boolean', default: false },
        stage: { type: 'string', default: 'auto' },
        lang: { type: 'string' },
        tone: { type: 'string' },
        channel: { type: 'string', default: 'email' },
        format: { type: 'string', default: 'text' },
        out: { type: 'string' },
        'as-of': { type: 'string' },
        rule: { type: 'string' },
        rules: { type: 'string' },
        profile: { type: 'string' },
        locale: { type: 'string' },
        'deadline-days': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        ...IMPORT_ARG_OPTIONS,
      },
    });
  } catch (e) {
    io.stderr(`${(e as Error).message}\nusage: ${REMIND_USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(`usage: ${REMIND_USAGE}\n`);
    return 0;
  }
  const usage = (message: string): number => {
    io.stderr(`${message}\nusage: ${REMIND_USAGE}\n`);
    return 2;
  };
  const file = positionals[0];
  if (file === undefined || positionals.length > 1) return usage('give one receivables file');
  if (values.all === (values.customer !== undefined)) return usage('give either --customer <name> or --all');
  const stageArg = values.stage ?? 'auto';
  if (stageArg !== 'auto' && !isStageId(stageArg)) return usage(`--stage must be auto or a stage id; got "${stageArg}"`);
  if (values.lang !== undefined && !isTemplateLang(values.lang)) return usage(`--lang must be zh-CN or en; got "${values.lang}"`);
  if (values.tone !== undefined && !isTone(values.tone)) return usage(`--tone must be warm, neutral or firm; got "${values.tone}"`);
  const channel = values.channel ?? 'email';
  if (!isChannel(channel)) return usage(`--channel must be email, phone or letter; got "${channel}"`);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'html' && format !== 'eml') return usage(`--format must be text, html or eml; got "${format}"`);
  if (format === 'eml' && channel !== 'email') return usage('--format eml writes e-mail drafts: use it with --channel email');
  const asOf = values['as-of'] === undefined ? io.today() : parsePlainDate(values['as-of']);
  if (asOf === undefined) return usage(`--as-of must be a date written YYYY-MM-DD; got "${values['as-of']}"`);
  if (values.locale !== undefined && !isTemplateLocale(values.locale)) return usage(`--locale must be en-GB, en-US or zh-CN; got "${values.locale}"`);
  const importOptions = importOptionsFromArgs(values, file);
  if (!importOptions.ok) return usage(importOptions.message);
  const rule = ruleFromArgs(values, io);
  if (!rule.ok) return usage(rule.message);

  let profile: ProfileFile = {};
  if (values.profile !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(io.readFile(values.profile)));
    } catch (e) {
      io.stderr(`cannot read profile ${values.profile}: ${(e as Error).message}\n`);
      return 2;
    }
    const p = parseProfile(json);
    if (!p.ok) {
      io.stderr(`profile ${values.profile}: ${p.error.field}: ${p.error.message}\n`);
      return 2;
    }
    profile = p.value;
  }
  let deadlineDays = profile.deadlineDays ?? 10;
  if (values['deadline-days'] !== undefined) {
    const n = Number(values['deadline-days']);
    if (!Number.isInteger(n) || n < 1 || n > 60) return usage(`--deadline-days must be a whole number from 1 to 60; got "${values['deadline-days']}"`);
    deadlineDays = n;
  }

  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (e) {
    io.stderr(`cannot read ${file}: ${(e as Error).message}\n`);
    return 2;
  }
  const imported = importReceivables(bytes, importOptions.value);
  if (imported.rejected.length > 0) {
    io.stderr(`note: ${imported.rejected.length} row(s) of ${file} were rejected (run "dunning report" to see why); reminders leave them out\n`);
  }
  const receivables = imported.receivables;
  const customers = values.all ? customersWithOpenInvoices(receivables) : [values.customer ?? ''];
  if (!values.all) {
    const key = customerKey(values.customer ?? '');
    if (!receivables.some((r) => customerKey(r.customer) === key)) {
      const names = customersWithOpenInvoices(receivables);
      io.stderr(`no customer "${values.customer}" in ${file}${names.length > 0 ? `; customers with open invoices: ${names.slice(0, 20).join(', ')}${names.length > 20 ? ', …' : ''}` : ''}\n`);
      return 2;
    }
  }

  const outDir = values.out ?? (format === 'eml' ? '.' : undefined);
  const stems = new Set<string>();
  let failures = 0;
  let written = 0;
  for (const customer of customers) {
    // Names are data: one line in messages, so a line break cannot fake another line of output.
    const who = customer.replace(/\s+/g, ' ').trim();
    const key = customerKey(customer);
    const mine = receivables.filter((r) => customerKey(r.customer) === key);
    const stage = stageArg === 'auto' ? autoStage(mine, asOf) : stageArg;
    if (stage === null) {
      io.stderr(`${who}: no reminder is due as of ${asOf} (nothing overdue or due soon); give --stage to write one anyway\n`);
      continue;
    }
    const currencies = new Set(mine.filter((r) => r.outstanding.minor > 0).map((r) => r.currency));
    const lang: TemplateLang = values.lang !== undefined && isTemplateLang(values.lang)
      ? values.lang
      : currencies.size === 1 && currencies.has('CNY') ? 'zh-CN' : 'en';
    const locale: TemplateLocale | undefined = (values.locale as TemplateLocale | undefined) ?? (lang === 'en' ? profile.locale : undefined);
    const model = modelFor(receivables, customer, asOf, stage, lang, rule.value, profile, deadlineDays);
    const tone = values.tone !== undefined && isTone(values.tone) ? values.tone : undefined;
    const rendered = renderReminder({ stage, channel: channel as Channel, lang, model, ...(tone ? { tone: tone as Tone } : {}), ...(locale ? { locale } : {}) });
    if (!rendered.ok) {
      io.stderr(`${who}: ${rendered.error.message}\n`);
      failures++;
      continue;
    }
    const { subject, text, html, warnings } = rendered.value;
    for (const w of warnings) io.stderr(`${who}: ${w}\n`);
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
      for (const w of eml.warnings) io.stderr(`${who}: ${w}\n`);
      if (stage === 'legal') io.stderr(`${who}: the lawyer's letter is a draft for counsel; it has no recipient\n`);
      else if (!model.customer.email) io.stderr(`${who}: no e-mail address in ${file}; the draft has no recipient\n`);
      const path = join(outDir ?? '.', `${fileStem(model.customer.name, stems)}.eml`);
      io.writeFile(path, eml.eml);
      io.stdout(`${path}\n`);
      written++;
      continue;
    }
    const body = format === 'html' ? htmlDocument(title, html, lang) : `${subject === undefined ? '' : `${lang === 'zh-CN' ? '主题' : 'Subject'}: ${subject}\n\n`}${text}`;
    if (outDir !== undefined) {
      const stem = fileStem(model.customer.name, stems);
      const path = join(outDir, `${stem}.${format === 'html' ? 'html' : 'txt'}`);
      io.writeFile(path, body);
      io.stdout(`${path}\n`);
      if (stage === 'statement') {
        // The statement says it is attached: write it beside the message to attach.
        const csvPath = join(outDir, `${stem}-${statementName}`);
        io.writeFile(csvPath, statementCsv(model, lang));
        io.stdout(`${csvPath}\n`);
      }
    } else {
      io.stdout(`${written > 0 ? `\n${'='.repeat(72)}\n\n` : ''}${body}`);
      if (stage === 'statement') io.stderr(`${who}: the statement of account to attach is written with --out <dir> or --format eml\n`);
    }
    written++;
  }
  if (written === 0 && failures === 0) io.stderr('no reminders written\n');
  return failures > 0 ? 1 : 0;
}

function modelFor(
  receivables: readonly Receivable[], customer: string, asOf: PlainDate, stage: StageId, lang: TemplateLang,
  rule: PenaltyRule | undefined, profile: ProfileFile, deadlineDays: number,
): ReminderModel {
  const charged = rule !== undefined && rule.kind !== 'none';
  const withPlan = stage === 'payment-plan' || stage === 'plan-confirmation';
  return buildReminderModel(receivables, customer, asOf, {
    // Payment dates are not in the export, so the charge runs on the balance outstanding now.
    ...(charged ? { penaltyFor: (r: Receivable) => computePenalty({ principal: r.outstanding, dueDate: r.dueDate, asOf, rule }, { lang }), rule } : {}),
    lang,
    deadline: reminderDeadline(asOf, deadlineDays, lang),
    ...(withPlan ? { planDates: planDates(asOf, profile.planInstalments ?? 3, lang) } : {}),
    profile: {
      ...(profile.company ? { company: profile.company } : {}),
      ...(profile.sender ? { sender: profile.sender } : {}),
      ...(profile.bank ? { bank: profile.bank } : {}),
      ...(profile.paymentLink ? { paymentLink: profile.paymentLink } : {}),
    },
  });
}
