// Reply and forward prefixes as webmail writes them in the languages we serve (and the common
// European ones a customer's mail client may have added).
const REPLY_PREFIX = /^\s*(re|aw|sv|antw|wg|fw|fwd|tr|回复|答复|回覆|转发|轉寄)\s*[:：]/i;

/** Whether a subject line is that of a reply or forward. */
export function isReplySubject(subject: string): boolean {
  return REPLY_PREFIX.test(subject);
}
