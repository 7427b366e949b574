import { DEFAULT_STAGE_POLICY, type StagePolicy } from '../../shared/stages/stage-policy.ts';
import type { StoredDefaults } from '../storage/stored-types.ts';

/** The core's stage policy with the thresholds and the days between contacts the user set on the options page. */
export function stagePolicyFor(defaults: StoredDefaults): StagePolicy {
  return { ...DEFAULT_STAGE_POLICY, thresholds: { ...DEFAULT_STAGE_POLICY.thresholds, ...defaults.thresholds }, minGapDays: defaults.minGapDays };
}
