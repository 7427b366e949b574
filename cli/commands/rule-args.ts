import type { PenaltyRule } from '../../shared/penalty/types.ts';
import { parseRule, RULE_PRESETS } from '../../shared/penalty/index.ts';
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
