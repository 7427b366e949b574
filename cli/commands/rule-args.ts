import type { PenaltyRule } from '../../shared/penalty/types.ts';
import { parseRule, RULE_PRESETS } from '../../shared/penalty/index.ts';
import type { CliIo } from '../io.ts';

/** Resolves `--rule <preset>` or `--rules <file.json>` to a rule (none when neither is given). */
export function ruleFromArgs(
  values: { rule?: string; rules?: string },
  io: Pick<CliIo, 'readFile'>,
): { ok: true; value: PenaltyRule | undefined } | { ok: false; message: string } {
  if (values.rule !== undefined && values.rules !== undefined) {
    return { ok: false, message: 'give either --rule <preset> or --rules <file.json>, not both' };
  }
  if (values.rule !== undefined) {
    const preset = RULE_PRESETS[values.rule];
    if (!preset) return { ok: false, message: `unknown rule preset "${values.rule}"; presets: ${Object.keys(RULE_PRESETS).join(', ')}` };
    return { ok: true, value: preset };
  }
  if (values.rules !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(io.readFile(values.rules)));
    } catch (e) {
      return { ok: false, message: `cannot read rule file ${values.rules}: ${(e as Error).message}` };
    }
    const parsed = parseRule(json);
    if (!parsed.ok) return { ok: false, message: `rule file ${values.rules}: ${parsed.error.field}: ${parsed.error.message}` };
    return { ok: true, value: parsed.value };
  }
  return { ok: true, value: undefined };
}
