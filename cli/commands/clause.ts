import { parseArgs } from 'node:util';
import { isCurrencyCode } from '../../shared/currency.ts';
import { RULE_PRESETS } from '../../shared/penalty/index.ts';
import { isTemplateLang, renderClause } from '../../shared/templates/index.ts';
import type { CliIo } from '../io.ts';
import { ruleFromArgs } from './rule-args.ts';

export const CLAUSE_USAGE = 'dunning clause (--rule <preset>|--rules <file.json>) --lang zh-CN|en [--currency <ISO code>]';

/**
 * `dunning clause`: prints the payment-terms and late-payment clause for a rule preset (or a
 * rule file), worded to match what the penalty engine computes. Returns the exit code.
 */
export async function runClause(args: string[], io: Pick<CliIo, 'readFile' | 'stdout' | 'stderr'>): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { rule: { type: 'string' }, rules: { type: 'string' }, lang: { type: 'string' }, currency: { type: 'string' } } });
  } catch (e) {
    io.stderr(`${(e as Error).message}\nusage: ${CLAUSE_USAGE}\n`);
    return 2;
  }
  const { values } = parsed;
  if (values.lang === undefined || !isTemplateLang(values.lang)) {
    io.stderr(`--lang must be zh-CN or en${values.lang === undefined ? '' : `; got "${values.lang}"`}\nusage: ${CLAUSE_USAGE}\n`);
    return 2;
  }
  const currency = values.currency?.toUpperCase();
  if (currency !== undefined && !isCurrencyCode(currency)) {
    io.stderr(`--currency takes an ISO code such as CNY, EUR or USD; got "${values.currency}"\n`);
    return 2;
  }
  const rule = ruleFromArgs(values, io);
  if (!rule.ok) {
    io.stderr(`${rule.message}\n`);
    return 2;
  }
  if (rule.value === undefined) {
    io.stderr(`give --rule <preset> or --rules <file.json>; presets: ${Object.keys(RULE_PRESETS).join(', ')}\nusage: ${CLAUSE_USAGE}\n`);
    return 2;
  }
  io.stdout(`${renderClause(rule.value, values.lang, currency ? { currency } : {})}\n`);
  return 0;
}
