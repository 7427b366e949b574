import type { PenaltyRule } from '../../shared/penalty/types.ts';
import { parseRule, parseRuleSelection, RULE_PRESETS, ruleSelectionFromFlags, EMPTY_RULE_SELECTION, type RuleSelection } from '../../shared/penalty/index.ts';
import type { CliIo } from '../io.ts';
import { fsErrorReason } from '../fs-error-message.ts';
import { EXIT } from '../args/exit-codes.ts';

/** The options that name a rule, for every command that takes one (`report`, `remind`, `clause`). */
export const RULE_ARG_OPTIONS = {
  rule: { type: 'string' },
  rules: { type: 'string' },
} as const;

/** A preset by its own name only: `constructor`, `__proto__` or `toString` name no preset. */
export function rulePreset(name: string): PenaltyRule | undefined {
  return Object.hasOwn(RULE_PRESETS, name) ? RULE_PRESETS[name] : undefined;
}

/** The preset names, for messages. */
export function presetNames(): string {
  return Object.keys(RULE_PRESETS).join(', ');
}

/** A rule from the command line, or why not and the exit code that goes with it. */
export type RuleArgResult =
  | { ok: true; value: PenaltyRule | undefined }
  | { ok: false; message: string; /** 2 for a wrong option, 1 for a rule file that cannot be used. */ exitCode: number };

/**
 * Resolves `--rule <preset>` or `--rules <file.json>` to a rule (none when neither is given).
 * A wrong preset or both options is a usage error (exit 2); a rule file that cannot be read or
 * holds no valid rule is input that cannot be used (exit 1).
 */
export function ruleFromArgs(values: { rule?: string; rules?: string }, io: Pick<CliIo, 'readFile'>): RuleArgResult {
  const usage = (message: string): RuleArgResult => ({ ok: false, message, exitCode: EXIT.usage });
  const input = (message: string): RuleArgResult => ({ ok: false, message, exitCode: EXIT.input });
  if (values.rule !== undefined && values.rules !== undefined) {
    return usage('give either --rule <preset> or --rules <file.json>, not both');
  }
  if (values.rule !== undefined) {
    const preset = rulePreset(values.rule);
    if (!preset) return usage(`--rule: unknown rule preset "${values.rule}"; presets: ${presetNames()}`);
    return { ok: true, value: preset };
  }
  if (values.rules !== undefined) {
    let text: string;
    try {
      text = new TextDecoder().decode(io.readFile(values.rules));
    } catch (e) {
      return input(`--rules: cannot read ${values.rules}: ${fsErrorReason(e)}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      return input(`--rules: ${values.rules} is not JSON: ${(e as Error).message}`);
    }
    let parsed;
    try {
      parsed = parseRule(json);
    } catch (e) {
      // The core should answer with a value; if it throws, the user still gets one line.
      return input(`--rules: ${values.rules}: cannot be used: ${(e as Error).message}`);
    }
    if (!parsed.ok) return input(`--rules: ${values.rules}: ${parsed.error.field}: ${parsed.error.message}`);
    return { ok: true, value: parsed.value };
  }
  return { ok: true, value: undefined };
}

/**
 * The rule options of commands that compute a ledger (`report`, `remind`, `today`): `--rule`
 * repeatable, bare for the default and `CUR=preset` per currency, and `--rules <file.json>`
 * mapping customers and currencies (and a default) to rules.
 */
export const RULE_SELECTION_ARG_OPTIONS = {
  rule: { type: 'string', multiple: true },
  rules: { type: 'string' },
} as const;

/** The usage fragment of those options. */
export const RULE_SELECTION_USAGE = '[--rule <preset>] [--rule CUR=<preset> ...] [--rules <rules.json>]';

/** A rule selection from the command line, or why not and the exit code that goes with it. */
export type RuleSelectionArgResult =
  | { ok: true; value: RuleSelection | undefined }
  | { ok: false; message: string; exitCode: number };

/**
 * Resolves `--rules <file.json>` (one rule, or `{default, currencies, customers}`) and then the
 * `--rule` flags on top of it (a flag wins over the file for the same currency or the default).
 * `undefined` when neither is given. A wrong flag is a usage error (exit 2); a rules file that
 * cannot be read or used is exit 1.
 */
export function ruleSelectionFromArgs(values: { rule?: readonly string[]; rules?: string }, io: Pick<CliIo, 'readFile'>): RuleSelectionArgResult {
  let base: RuleSelection | undefined;
  if (values.rules !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(io.readFile(values.rules)).replace(/^\uFEFF/, ''));
    } catch (e) {
      const reason = e instanceof SyntaxError ? `is not JSON: ${e.message}` : `cannot be read: ${fsErrorReason(e)}`;
      return { ok: false, message: `--rules: ${values.rules} ${reason}`, exitCode: EXIT.input };
    }
    const parsed = parseRuleSelection(json);
    if (!parsed.ok) return { ok: false, message: `--rules: ${values.rules}: ${parsed.error.field}: ${parsed.error.message}`, exitCode: EXIT.input };
    base = parsed.value;
  }
  const flags = values.rule ?? [];
  if (flags.length === 0) return { ok: true, value: base };
  const selection = ruleSelectionFromFlags(flags, base ?? EMPTY_RULE_SELECTION);
  if (!selection.ok) return { ok: false, message: `${selection.error.field}: ${selection.error.message}`, exitCode: EXIT.usage };
  return { ok: true, value: selection.value };
}
