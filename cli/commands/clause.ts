import { isCurrencyCode } from '../../shared/currency.ts';
import { renderClause, type TemplateLang } from '../../shared/templates/index.ts';
import { inputError, readCommandLine, usageError, type CommandLineSpec } from '../args/parse-command-line.ts';
import type { CliIo } from '../io.ts';
import { presetNames, RULE_ARG_OPTIONS, ruleFromArgs } from './rule-args.ts';

export const CLAUSE_USAGE = 'dunning clause (--rule <preset>|--rules <file.json>) --lang zh-CN|en [--currency <ISO code>]';

/** `dunning clause`'s command line. */
export const CLAUSE_ARGS = {
  command: 'clause',
  usage: CLAUSE_USAGE,
  options: {
    ...RULE_ARG_OPTIONS,
    lang: { type: 'string', choices: ['zh-CN', 'en'] },
    currency: { type: 'string' },
  },
} as const satisfies CommandLineSpec;

/**
 * `dunning clause`: prints the payment-terms and late-payment clause for a rule preset (or a
 * rule file), worded to match what the penalty engine computes. Returns the exit code.
 */
export async function runClause(args: string[], io: Pick<CliIo, 'readFile' | 'stdout' | 'stderr'>): Promise<number> {
  const line = readCommandLine(args, CLAUSE_ARGS, io);
  if (typeof line === 'number') return line;
  const { values } = line;
  if (values.lang === undefined) return usageError(io, CLAUSE_ARGS, '--lang must be zh-CN or en');
  const lang = values.lang as TemplateLang;
  const currency = values.currency?.trim().toUpperCase();
  if (currency !== undefined && !isCurrencyCode(currency)) {
    return usageError(io, CLAUSE_ARGS, `--currency takes an ISO code such as CNY, EUR or USD; got "${values.currency}"`);
  }
  const rule = ruleFromArgs(values, io);
  if (!rule.ok) return rule.exitCode === 2 ? usageError(io, CLAUSE_ARGS, rule.message) : inputError(io, 'clause', rule.message);
  if (rule.value === undefined) return usageError(io, CLAUSE_ARGS, `give --rule <preset> or --rules <file.json>; presets: ${presetNames()}`);
  io.stdout(`${renderClause(rule.value, lang, currency ? { currency } : {})}\n`);
  return 0;
}
