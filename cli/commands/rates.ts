import { referenceDataStatus, STALE_AFTER_DAYS, type ReferenceTableStatus } from '../../shared/reference-data/index.ts';
import { displayWidth, padToWidth } from '../../shared/display-width.ts';
import { dateOption } from '../args/option-values.ts';
import { inputError, readCommandLine, usageError, type CommandLineSpec } from '../args/parse-command-line.ts';
import type { CliIo } from '../io.ts';
import { jsonText } from '../json-text.ts';
import { REFERENCE_DATA_ARG_OPTIONS, REFERENCE_DATA_USAGE, referenceDataFromArgs } from './reference-data-args.ts';

export const RATES_USAGE = `dunning rates [--as-of YYYY-MM-DD] ${REFERENCE_DATA_USAGE} [--format table|json]`;

/** `dunning rates`' command line. */
export const RATES_ARGS = {
  command: 'rates',
  usage: RATES_USAGE,
  options: {
    'as-of': { type: 'string' },
    format: { type: 'string', default: 'table', choices: ['table', 'json'] },
    ...REFERENCE_DATA_ARG_OPTIONS,
  },
  positionals: { min: 0, max: 0, what: 'no file' },
} as const satisfies CommandLineSpec;

function staleLine(s: ReferenceTableStatus, asOf: string): string {
  const what = s.id === 'cnHolidays'
    ? 'days after it count only the statutory holidays (make-up working days unknown); add the year with --calendar'
    : 'figures after it assume the last value; add newer values with --rates';
  return `warning: ${s.name} is known until ${s.knownUntil}, ${s.daysPast} days before ${asOf} (more than ${STALE_AFTER_DAYS}): ${what}.`;
}

/**
 * `dunning rates`: each reference table's last value and known-until date (built in, plus the
 * `--rates` / `--calendar` files given), with a warning for each table more than 45 days past
 * its known-until date as of `--as-of` (default today). Exit 0; with `--format json` the
 * warnings are in the object and on stderr.
 */
export async function runRates(args: string[], io: CliIo): Promise<number> {
  const line = readCommandLine(args, RATES_ARGS, io);
  if (typeof line === 'number') return line;
  const { values } = line;
  let asOf = io.today();
  if (values['as-of'] !== undefined) {
    const d = dateOption('as-of', values['as-of']);
    if (!d.ok) return usageError(io, RATES_ARGS, d.message);
    asOf = d.value;
  }
  const data = referenceDataFromArgs(values, io);
  if (!data.ok) return inputError(io, 'rates', data.message);
  const status = referenceDataStatus(data.value, asOf);
  const warnings = status.filter((s) => s.stale).map((s) => staleLine(s, asOf));
  if (values.format === 'json') {
    io.stdout(jsonText({ asOf, staleAfterDays: STALE_AFTER_DAYS, tables: status, warnings }));
  } else {
    const head = ['Table', 'Last change', 'Last value', 'Known until', 'Days past', 'Source'];
    const body = status.map((s) => [s.name, s.lastChange, s.lastValue, s.knownUntil, s.daysPast > 0 ? String(s.daysPast) : '-',
      `${s.userSupplied ? 'built in + your file' : 'built in'}${s.stale ? '  STALE' : ''}`]);
    const widths = head.map((h, i) => Math.max(displayWidth(h), ...body.map((b) => displayWidth(b[i] ?? ''))));
    const fmt = (cells: string[]): string => cells.map((c, i) => padToWidth(c, widths[i] ?? 0, i === 4 ? 'right' : 'left')).join('  ').trimEnd();
    const lines = [`Reference data as of ${asOf}`, '', fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(fmt), ''];
    if (warnings.length) lines.push(...warnings, '');
    io.stdout(lines.join('\n'));
  }
  // JSON goes to programs: say the warnings on stderr too, where a scheduled job's log sees them.
  if (values.format === 'json') for (const w of warnings) io.stderr(`${w}\n`);
  return 0;
}
