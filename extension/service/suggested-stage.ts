import { LADDER_STAGES, type LadderStageId, type StageId } from '../../shared/stage-id.ts';

/**
 * Days overdue from which each ladder stage applies, used until the core's stage policy
 * (shared/stages) is available to the extension; the user's thresholds from the options page
 * override these. `courtesy` covers "not yet due" (negative days).
 */
export const DEFAULT_STAGE_THRESHOLDS: Readonly<Record<LadderStageId, number>> = {
  courtesy: Number.NEGATIVE_INFINITY,
  friendly: 1,
  statement: 15,
  'payment-plan': 30,
  deadline: 45,
  'formal-notice': 60,
  'final-notice': 90,
  legal: 120,
};

/** The most advanced ladder stage whose threshold `daysOverdue` has reached. */
export function suggestedStage(daysOverdue: number, overrides: Readonly<Partial<Record<LadderStageId, number>>> = {}): StageId {
  let stage: StageId = 'courtesy';
  for (const id of LADDER_STAGES) {
    const from = overrides[id] ?? DEFAULT_STAGE_THRESHOLDS[id];
    if (daysOverdue >= from) stage = id;
  }
  return stage;
}
