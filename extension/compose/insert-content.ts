import { insertionRange } from './caret.ts';
import type { ComposeAdapter, ComposeContent, ComposeWindow, InsertOutcome } from './compose-window.ts';
import { typedText, typeInto } from './type-into.ts';

/**
 * Puts the recipient into To only when To is empty (no recipient, no name, no half-typed
 * text): opens folded or read-only recipient rows first, enters the address the way the
 * webmail takes it and checks that it became a recipient.
 */
async function fillRecipient(adapter: ComposeAdapter, win: ComposeWindow, to: string, signals: Record<string, string>): Promise<InsertOutcome['recipient']> {
  const present = adapter.readRecipients(win);
  if (present.addresses.length > 0 || present.names.length > 0) return 'kept';
  const field = await adapter.openRecipients(win);
  if (!field) {
    signals.to = 'not found';
    return 'failed';
  }
  signals.to = field.signal;
  // Half-typed text ("zhou") counts as the user's: appending an address would garble it.
  if (typedText(field.element).trim() !== '') return 'kept';
  const how = await adapter.addRecipient(win, field.element, to);
  signals.recipient = how ?? 'not taken by the webmail (tried twice)';
  return how ? 'set' : 'failed';
}

/**
 * Puts a reminder into a compose window without overwriting anything the user typed: the
 * recipient only when To is empty, the subject only when it is empty and the window is not a
 * reply, and the body at the saved caret (after any selection) or the start of the message,
 * above the signature and quoted history, through `insertHTML` (plain `insertText` when HTML
 * is refused). The body goes last, so the caret ends in the message. Says what it did to each
 * field, and which signal found it.
 */
export async function insertContent(
  adapter: ComposeAdapter,
  win: ComposeWindow,
  content: ComposeContent,
  caret: Range | null,
): Promise<InsertOutcome> {
  const signals: Record<string, string> = {};
  const recipient = content.to ? await fillRecipient(adapter, win, content.to, signals) : 'none';

  let subject: InsertOutcome['subject'] = 'none';
  if (content.subject) {
    const field = adapter.subjectField(win);
    signals.subject = field?.signal ?? (win.isReply ? 'reply' : 'not found');
    if (win.isReply || (field !== null && field.element.value.trim() !== '')) subject = 'kept';
    else if (!field) subject = 'failed';
    else subject = typeInto(field.element, content.subject) ? 'set' : 'failed';
  }

  const doc = win.body.ownerDocument;
  win.body.focus();
  const range = insertionRange(win.body, caret, adapter.protectedStart(win), adapter.messageStart(win));
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const inserted = doc.execCommand('insertHTML', false, content.html) || doc.execCommand('insertText', false, content.text);
  return {
    body: inserted ? 'inserted' : 'failed',
    subject,
    recipient,
    ...(content.to ? { to: content.to } : {}),
    ...(content.subject ? { subjectText: content.subject } : {}),
    signals,
  };
}
