import type { ContactChannel } from '../contact-channel.ts';
import type { StageId } from '../stage-id.ts';

/**
 * How each stage is best delivered: early stages by e-mail; asking why and offering a plan by
 * phone (a conversation); the formal notice, final notice and lawyer's letter by letter, whose
 * delivery can be proven (民法典 第195条 evidence, a court's bundle).
 */
const STAGE_CHANNEL: Readonly<Record<StageId, ContactChannel>> = {
  'courtesy': 'email', 'friendly': 'email', 'statement': 'email', 'payment-plan': 'phone', 'deadline': 'email',
  'formal-notice': 'letter', 'final-notice': 'letter', 'legal': 'letter',
  'follow-up': 'email', 'plan-confirmation': 'email', 'thank-you': 'email',
};

/**
 * The channel for a stage, given what is known of the customer: e-mail falls back to the phone
 * when there is no address, and to a letter when there is neither; the phone falls back to
 * e-mail, then a letter.
 */
export function suggestChannel(stage: StageId, known: { email?: boolean; phone?: boolean }): ContactChannel {
  const preferred = STAGE_CHANNEL[stage];
  if (preferred === 'email' && !known.email) return known.phone ? 'phone' : 'letter';
  if (preferred === 'phone' && !known.phone) return known.email ? 'email' : 'letter';
  return preferred;
}
