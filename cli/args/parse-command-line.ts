import { parseArgs } from 'node:util';
import type { CliIo } from '../io.ts';
import { EXIT } from './exit-codes.ts';
import { joinChoices } from './join-choices.ts';

/** One option of a command. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** May be given more than once (`--map a=A --map b=B`); otherwise giving it twice is a usage error. */
  readonly multiple?: boolean;
  readonly default?: string | boolean;
  /** The only values a string option takes (compared exactly); anything else is a usage error naming the option. */
  readonly choices?: readonly string[];
}

/** A command's options by long name (without `--`). */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** What a command accepts on its command line. */
export interface CommandLineSpec<O extends OptionSpecs = OptionSpecs> {
  /** The command's name as typed (`report`, `log add`). */
  readonly command: string;
  /** Printed by `--help` and after a usage error. */
  readonly usage: string;
  readonly options: O;
  /** How many positional arguments, and what they are (for the message when the count is wrong). */
  readonly positionals?: { readonly min: number; readonly max: number; readonly what: string };
}

type ValueOf<S extends OptionSpec> = S['type'] extends 'boolean' ? boolean : S['multiple'] extends true ? string[] : string;

/** The parsed values: options with a default are always present, the others only when given. */
export type OptionValues<O extends OptionSpecs> =
  { readonly [K in keyof O as O[K] extends { default: string | boolean } ? K : never]: ValueOf<O[K]> } &
  { readonly [K in keyof O as O[K] extends { default: string | boolean } ? never : K]?: ValueOf<O[K]> };

/** A parsed command line, or what is wrong with it. */
export type ParsedCommandLine<O extends OptionSpecs> =
  | { readonly ok: true; readonly values: OptionValues<O>; readonly positionals: readonly string[]; readonly help: boolean }
  | { readonly ok: false; readonly message: string };

const HELP: OptionSpec = { type: 'boolean', short: 'h' };

/**
 * Parses a command's arguments strictly: an unknown option, an option without its value, a
 * value for a flag, a single-valued option given twice, an empty value or a value outside
 * `choices` is a usage error whose message names the option. `--help`/`-h` is accepted by every
 * command. Built on node's `util.parseArgs` (its values object has no prototype, so an option
 * called `--constructor` or `--__proto__` is simply unknown).
 *
 * @example
 * parseCommandLine(['x.csv', '--format', 'xml'], { command: 'report', usage: '…',
 *   options: { format: { type: 'string', choices: ['table', 'csv', 'json'], default: 'table' } } })
 * // → { ok: false, message: '--format must be table, csv or json; got "xml"' }
 */
export function parseCommandLine<O extends OptionSpecs>(args: readonly string[], spec: CommandLineSpec<O>): ParsedCommandLine<O> {
  const options: Record<string, OptionSpec> = { ...spec.options };
  if (!Object.hasOwn(options, 'help')) options.help = HELP;
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      // node's own types want literal option types; ours are checked below.
      options: options as Parameters<typeof parseArgs>[0] extends infer C ? C extends { options?: infer P } ? NonNullable<P> : never : never,
      allowPositionals: true,
      strict: true,
      tokens: true,
    });
  } catch (e) {
    return { ok: false, message: parseArgsMessage(e, spec, options) };
  }
  const values = parsed.values as Record<string, string | boolean | (string | boolean)[] | undefined>;
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option') continue;
    const opt = options[token.name] as OptionSpec;
    if (!opt.multiple && seen.has(token.name)) return { ok: false, message: `--${token.name} is given more than once` };
    seen.add(token.name);
    if (opt.type === 'string' && token.value === '') return { ok: false, message: `--${token.name} needs a value` };
  }
  for (const [name, opt] of Object.entries(options)) {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (opt.choices === undefined || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) {
      if (typeof v === 'string' && !opt.choices.includes(v)) {
        return { ok: false, message: `--${name} must be ${joinChoices(opt.choices)}; got "${v}"` };
      }
    }
  }
  const help = values.help === true;
  const positionals = parsed.positionals;
  const p = spec.positionals ?? { min: 0, max: 0, what: 'no file' };
  if (!help && (positionals.length < p.min || positionals.length > p.max)) {
    const extra = positionals.length > p.max ? `; "${positionals[p.max]}" is one too many` : '';
    return { ok: false, message: `${p.max === 0 ? `dunning ${spec.command} takes no file or other argument` : `give ${p.what}`}${extra}` };
  }
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(spec.options)) if (Object.hasOwn(values, name)) out[name] = values[name];
  return { ok: true, values: out as OptionValues<O>, positionals, help };
}

/** node's parseArgs messages, reworded to one line that names the option. */
function parseArgsMessage(e: unknown, spec: CommandLineSpec, options: Readonly<Record<string, OptionSpec>>): string {
  const err = e as { code?: string; message?: string };
  const message = String(err.message ?? e);
  // node quotes the option first: `'--fromat'`, `'-o'`, `'-o, --out <value>'`.
  const quoted = (/'(-[^']*)'/.exec(message)?.[1] ?? '').split(' <')[0] ?? '';
  const names = quoted.split(', ');
  const named = names[0] ?? '';
  const flag = (names.find((n) => n.startsWith('--')) ?? named).replace(/^--?/, '');
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const known = Object.keys(options).map((o) => `--${o}`).join(', ');
      return `unknown option ${named} for dunning ${spec.command} (it takes ${known})`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const long = Object.hasOwn(options, flag) ? flag : (Object.entries(options).find(([, o]) => o.short === flag)?.[0] ?? flag);
      if (/does not take an argument/.test(message)) return `--${long} is a switch and takes no value`;
      if (/ambiguous/.test(message)) return `--${long} needs a value (to give one that starts with "-", write --${long}=-…)`;
      return `--${long} needs a value`;
    }
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `dunning ${spec.command} takes no file or other argument`;
    default:
      return message.split('\n')[0] ?? message;
  }
}

/**
 * Parses a command line and handles what every command does the same way: `--help` prints the
 * usage (exit 0), a usage error prints its message and the usage (exit 2). Returns the parsed
 * values, or the exit code when the command is done.
 */
export function readCommandLine<O extends OptionSpecs>(
  args: readonly string[], spec: CommandLineSpec<O>, io: Pick<CliIo, 'stdout' | 'stderr'>,
): { readonly values: OptionValues<O>; readonly positionals: readonly string[] } | number {
  const parsed = parseCommandLine(args, spec);
  if (!parsed.ok) return usageError(io, spec, parsed.message);
  if (parsed.help) {
    io.stdout(`usage: ${spec.usage}\n`);
    return EXIT.ok;
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

/** Prints a usage error (the message, then the command's synopsis) and returns exit code 2. */
export function usageError(io: Pick<CliIo, 'stderr'>, spec: Pick<CommandLineSpec, 'command' | 'usage'>, message: string): number {
  // The synopsis is the usage up to its first blank line; --help prints the rest.
  io.stderr(`dunning ${spec.command}: ${message}\nusage: ${spec.usage.split('\n\n')[0]}\n`);
  return EXIT.usage;
}

/** Prints why the input could not be used, as one line, and returns exit code 1. */
export function inputError(io: Pick<CliIo, 'stderr'>, command: string, message: string): number {
  io.stderr(`dunning ${command}: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  return EXIT.input;
}
