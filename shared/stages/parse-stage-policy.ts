import { isRecord, shown, type FieldError } from '../penalty/parse-decimal-field.ts';
import { isDecimalString } from '../ratio.ts';
import { DEFAULT_STAGE_POLICY, type OverdueStageId, type StagePolicy } from './stage-policy.ts';

/**
 * Reads a stage policy from JSON; fields left out keep their defaults. Thresholds must rise
 * along the ladder (a later stage never starts before an earlier one).
 */
export function parseStagePolicy(json: unknown): { ok: true; value: StagePolicy } | { ok: false; error: FieldError } {
  if (!isRecord(json)) return { ok: false, error: { field: 'policy', message: `must be an object, got ${shown(json)}` } };
  const thresholds: Record<OverdueStageId, number> = { ...DEFAULT_STAGE_POLICY.thresholds };
  if (json.thresholds !== undefined) {
    if (!isRecord(json.thresholds)) return { ok: false, error: { field: 'thresholds', message: `must be an object of stage → day, got ${shown(json.thresholds)}` } };
    for (const [k, v] of Object.entries(json.thresholds)) {
      if (!(k in thresholds)) return { ok: false, error: { field: `thresholds.${k}`, message: 'is not a stage reached by days overdue' } };
      if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) return { ok: false, error: { field: `thresholds.${k}`, message: `must be a whole day ≥ 1, got ${shown(v)}` } };
      thresholds[k as OverdueStageId] = v;
    }
  }
  const order = Object.keys(DEFAULT_STAGE_POLICY.thresholds) as OverdueStageId[];
  for (let i = 1; i < order.length; i++) {
    const prev = order[i - 1] as OverdueStageId;
    const cur = order[i] as OverdueStageId;
    if (thresholds[cur] < thresholds[prev]) return { ok: false, error: { field: `thresholds.${cur}`, message: `starts on day ${thresholds[cur]}, before ${prev} (day ${thresholds[prev]})` } };
  }
  const num = (field: 'courtesyDaysBefore' | 'followUpDays' | 'minGapDays'): number | FieldError => {
    const v = json[field];
    if (v === undefined) return DEFAULT_STAGE_POLICY[field];
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : { field, message: `must be a whole number ≥ 0, got ${shown(v)}` };
  };
  const courtesy = num('courtesyDaysBefore');
  if (typeof courtesy !== 'number') return { ok: false, error: courtesy };
  const followUp = num('followUpDays');
  if (typeof followUp !== 'number') return { ok: false, error: followUp };
  const minGap = num('minGapDays');
  if (typeof minGap !== 'number') return { ok: false, error: minGap };
  let minimumBalance = DEFAULT_STAGE_POLICY.minimumBalance;
  if (json.minimumBalance !== undefined) {
    if (!isRecord(json.minimumBalance)) return { ok: false, error: { field: 'minimumBalance', message: `must be {"default": "10.00", "CNY": "100.00"}, got ${shown(json.minimumBalance)}` } };
    for (const [k, v] of Object.entries(json.minimumBalance)) {
      if (typeof v !== 'string' || !isDecimalString(v) || v.trim().startsWith('-')) return { ok: false, error: { field: `minimumBalance.${k}`, message: `must be a decimal amount ≥ 0, got ${shown(v)}` } };
    }
    minimumBalance = { ...DEFAULT_STAGE_POLICY.minimumBalance, ...(json.minimumBalance as Record<string, string>) };
  }
  return { ok: true, value: { courtesyDaysBefore: courtesy, thresholds, minimumBalance, followUpDays: followUp, minGapDays: minGap } };
}
