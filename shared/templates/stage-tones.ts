import type { StageId } from '../stage-id.ts';

/** How a message sounds. */
export type Tone = 'warm' | 'neutral' | 'firm';

/**
 * The tones each stage allows, the first being its default. Early stages are never `firm`
 * about consequences (their firm tone is only more direct); the legal stages are formal only.
 */
export const STAGE_TONES: Readonly<Record<StageId, readonly Tone[]>> = {
  courtesy: ['warm', 'neutral'],
  friendly: ['warm', 'neutral', 'firm'],
  statement: ['neutral', 'warm', 'firm'],
  'payment-plan': ['warm', 'neutral', 'firm'],
  deadline: ['neutral', 'firm'],
  'formal-notice': ['neutral', 'firm'],
  'final-notice': ['firm'],
  legal: ['neutral'],
  'follow-up': ['neutral', 'warm', 'firm'],
  'plan-confirmation': ['warm', 'neutral'],
  'thank-you': ['warm', 'neutral'],
};

/** Whether a string names a tone. */
export function isTone(text: string): text is Tone {
  return text === 'warm' || text === 'neutral' || text === 'firm';
}
