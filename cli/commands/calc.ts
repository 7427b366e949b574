import { computePenalty, parsePenaltyCase, penaltyResultToJson } from '../../shared/penalty/index.ts';
import { parseRateTables } from '../../shared/rates/index.ts';
import { mergeRateTables } from '../../shared/rates/merge-rate-tables.ts';
import { parseCnCalendarYears, withCnCalendarYears } from '../../shared/calendar/index.ts';
import { BUILT_IN_REFERENCE_DATA, type ReferenceData } from '../../shared/reference-data/index.ts';
import { REFERENCE_DATA_ARG_OPTIONS, REFERENCE_DATA_USAGE, referenceDataFromArgs } from './reference-data-args.ts';
import { isTemplateLang } from '../../shared/templates/index.ts';
import { EXIT } from '../args/exit-codes.ts';
import { inputError, readCommandLine, type CommandLineSpec } from '../args/parse-command-line.ts';
import { fsErrorReason } from '../fs-error-message.ts';
import type { CliIo } from '../io.ts';
import { jsonText } from '../json-text.ts';

export const CALC_USAGE = `dunning calc [cases.json|-] ${REFERENCE_DATA_USAGE} (stdin when no file is given)

Reads one case or an array of cases (JSON) and prints the results:
  { "principal": "100000.00", "currency": "CNY", "dueDate": "2024-03-31", "asOf": "2024-06-30",
    "payments": [ { "date": "2024-05-01", "amount": "50000.00" } ],
    "rule": { "kind": "daily-rate", "rate": "0.0005" } }
Rule kinds: none, fixed, per-day-amount, daily-rate, monthly-rate, annual-rate, cn-lpr,
uk-late-payment, eu-late-payment (see README). A case that cannot be computed gives
{ "error": { "field", "message" } } in its place; the others still compute. A case may carry
"rates" (newer rate tables) and "calendar" (calendar years), merged over --rates / --calendar.
Exit code 0 when every case computed, 1 when any could not be (or the input is not JSON).`;

/** `dunning calc`'s command line: an optional file (stdin otherwise), no options but --help. */
export const CALC_ARGS = {
  command: 'calc',
  usage: CALC_USAGE,
  options: { ...REFERENCE_DATA_ARG_OPTIONS },
  positionals: { min: 0, max: 1, what: 'at most one file of cases (or none, to read stdin)' },
} as const satisfies CommandLineSpec;

type CaseOutput = { output: object; ok: boolean };

function caseError(field: string, message: string): CaseOutput {
  return { output: { error: { field, message } }, ok: false };
}

function oneCase(json: unknown, data: ReferenceData): CaseOutput {
  // Nothing one case holds may take the batch down: the parse is guarded as well as the
  // computation (a rule kind or preset named `constructor`, `__proto__` or `toString` must be
  // an error in its place, whatever the core makes of it).
  try {
    const parsed = parsePenaltyCase(json);
    if (!parsed.ok) return { output: { error: parsed.error }, ok: false };
    // Optional per-case extras beside the DESIGN.md fields: `lang` of the basis, newer `rates`.
    const extras = json as { lang?: unknown; rates?: unknown; calendar?: unknown };
    if (extras.lang !== undefined && (typeof extras.lang !== 'string' || !isTemplateLang(extras.lang))) {
      return caseError('lang', `must be "en" or "zh-CN", got ${JSON.stringify(extras.lang)}`);
    }
    const rates = extras.rates !== undefined ? parseRateTables(extras.rates) : undefined;
    if (rates !== undefined && !rates.ok) return caseError(rates.error.field, rates.error.message);
    const years = extras.calendar !== undefined ? parseCnCalendarYears(extras.calendar) : undefined;
    if (years !== undefined && !years.ok) return caseError(years.error.field, years.error.message);
    const options = {
      ...(extras.lang ? { lang: extras.lang } : {}),
      rates: rates?.ok ? mergeRateTables(data.rates, rates.value) : data.rates,
      calendar: years?.ok ? withCnCalendarYears(data.calendar, years.value) : data.calendar,
    };
    return { output: penaltyResultToJson(computePenalty(parsed.value, options)), ok: true };
  } catch (e) {
    // A broken invariant (e.g. a penalty beyond 2^53 minor units) must not take the other cases down.
    return caseError('case', `cannot be computed: ${(e as Error).message}`);
  }
}

/**
 * The computation of `dunning calc`: one case (object) or many (array) as JSON text → results
 * in the same shape. A case that cannot be computed gives `{ "error": { field, message } }` in
 * its place and the others still compute. Exit code 0 when all computed, 1 when any case had
 * an error or the text is not JSON.
 */
export function runCalc(stdinText: string, data: ReferenceData = BUILT_IN_REFERENCE_DATA): { stdout: string; exitCode: number; message?: string } {
  let json: unknown;
  try {
    json = JSON.parse(stdinText.replace(/^\uFEFF/, ''));
  } catch (e) {
    const message = `not JSON: ${(e as Error).message}`;
    return { stdout: jsonText({ error: { field: 'input', message } }), exitCode: EXIT.input, message: `input: ${message}` };
  }
  if (Array.isArray(json)) {
    const results = json.map((c) => oneCase(c, data));
    const failed = results.filter((r) => !r.ok).length;
    const stdout = jsonText(results.map((r) => r.output));
    if (failed === 0) return { stdout, exitCode: EXIT.ok };
    return { stdout, exitCode: EXIT.input, message: `${failed} of ${results.length} cases could not be computed (each has an "error" in its place)` };
  }
  const r = oneCase(json, data);
  if (r.ok) return { stdout: jsonText(r.output), exitCode: EXIT.ok };
  const { field, message } = (r.output as { error: { field: string; message: string } }).error;
  return { stdout: jsonText(r.output), exitCode: EXIT.input, message: `${field}: ${message}` };
}

/** `dunning calc [file]`: reads the cases (stdin by default), prints the results. Returns the exit code. */
export async function runCalcCommand(args: string[], io: CliIo): Promise<number> {
  const line = readCommandLine(args, CALC_ARGS, io);
  if (typeof line === 'number') return line;
  const file = line.positionals[0] ?? '-';
  if (file === '-' && io.stdinIsTty) io.stderr('dunning calc: reading cases from the keyboard; end with Ctrl+D (Ctrl+Z, Enter on Windows), or give a file\n');
  const data = referenceDataFromArgs(line.values, io);
  if (!data.ok) return inputError(io, 'calc', data.message);
  let text: string;
  try {
    text = new TextDecoder().decode(io.readFile(file));
  } catch (e) {
    return inputError(io, 'calc', `cannot read ${file === '-' ? 'stdin' : file}: ${fsErrorReason(e)}`);
  }
  const result = runCalc(text, data.value);
  io.stdout(result.stdout);
  // One line on stderr too, so a script that only looks at stderr learns why.
  if (result.message !== undefined) return inputError(io, 'calc', result.message);
  return result.exitCode;
}
