/**
 * What a log row records (DESIGN.md): `reminder` a message sent · `call` a call, outcome in
 * `note` · `promise` to pay `amount` by `until` · `plan` one instalment of an agreed plan ·
 * `dispute` (with `reason`) · `resolved` · `pause` until `until` · `resume` · `acknowledged` the
 * debt confirmed in writing · `payment` received · `legal` handed to counsel or a court · `note`.
 */
export const LOG_ACTIONS = [
  'reminder', 'call', 'promise', 'plan', 'dispute', 'resolved', 'pause', 'resume', 'acknowledged', 'payment', 'legal', 'note',
] as const;

export type LogAction = (typeof LOG_ACTIONS)[number];

/** Whether a string is a log action id. */
export function isLogAction(text: string): text is LogAction {
  return (LOG_ACTIONS as readonly string[]).includes(text);
}
