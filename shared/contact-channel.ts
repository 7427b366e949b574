/**
 * How the business reached the customer: the `channel` column of the collection log and of a
 * reminder's history (ids are a stable contract: DESIGN.md, "Collection log").
 */
export const CONTACT_CHANNELS = ['email', 'phone', 'letter', 'sms', 'wechat', 'visit'] as const;

export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** Whether a string is a known contact channel id. */
export function isContactChannel(text: string): text is ContactChannel {
  return (CONTACT_CHANNELS as readonly string[]).includes(text);
}
