/** The dunning ladder, in order (ids are a stable contract: DESIGN.md). */
export const LADDER_STAGES = [
  'courtesy', 'friendly', 'statement', 'payment-plan', 'deadline', 'formal-notice', 'final-notice', 'legal',
] as const;

/** Stages outside the ladder. */
export const OTHER_STAGES = ['follow-up', 'plan-confirmation', 'thank-you'] as const;

export type LadderStageId = (typeof LADDER_STAGES)[number];
export type StageId = LadderStageId | (typeof OTHER_STAGES)[number];

export const STAGE_IDS: readonly StageId[] = [...LADDER_STAGES, ...OTHER_STAGES];

/** Whether a string is a known stage id. */
export function isStageId(text: string): text is StageId {
  return (STAGE_IDS as readonly string[]).includes(text);
}
