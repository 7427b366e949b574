import { insertionRange } from './caret.ts';
import type { ComposeAdapter, ComposeContent, ComposeWindow, InsertOutcome } from './compose-window.ts';

/**
 * Types text into a focused input or editable element with the browser's editing command, so
 * the page sees a real edit (beforeinput/input events, undo). Falls back to the value setter
 * plus an `input` event for inputs in browsers that refuse the command.
 */
function typeInto(field: HTMLElement, text: string): boolean {
  const doc = field.ownerDocument;
  field.focus();
  if (field.tagName === 'INPUT' || field.tagName === 'TEXTAREA') {
    const input = field as HTMLInputElement;
    input.setSelectionRange(input.value.length, input.value.length);
    if (doc.execCommand('insertText', false, text) && input.value.endsWith(text)) return true;
    input.value += text;
    input.dispatchEvent(new (doc.defaultView ?? window).InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    return true;
  }
  const selection = doc.getSelection();
  const end = doc.createRange();
  end.selectNodeContents(field);
  end.collapse(false);
  selection?.removeAllRanges();
  selection?.addRange(end);
  return doc.execCommand('insertText', false, text);
}

/** What the user has typed into a field, resolved into a recipient or not. */
function typedText(field: HTMLElement): string {
  return field.tagName === 'INPUT' || field.tagName === 'TEXTAREA' ? (field as HTMLInputElement).value : (field.textContent ?? '');
}

/**
 * Puts a reminder into a compose window without overwriting anything the user typed: the
 * recipient only when To is empty (no recipient, no half-typed text), the subject only when it
 * is empty and the window is not a reply, and the body at the saved caret (after any selection)
 * or the top, above the signature and quoted history, through `insertHTML` (plain `insertText`
 * when HTML is refused).
 */
export function insertContent(
  adapter: ComposeAdapter,
  win: ComposeWindow,
  content: ComposeContent,
  caret: Range | null,
): InsertOutcome {
  let recipient: InsertOutcome['recipient'] = 'none';
  if (content.to) {
    const field = adapter.recipientField(win);
    // Half-typed text ("zhou") counts as the user's: appending an address would garble it.
    if (adapter.readRecipients(win).length > 0 || (field !== null && typedText(field).trim() !== '')) recipient = 'kept';
    else if (field && typeInto(field, content.to)) recipient = 'set';
  }

  let subject: InsertOutcome['subject'] = 'none';
  if (content.subject) {
    const field = adapter.subjectField(win);
    if (win.isReply || !field || field.value.trim() !== '') subject = 'kept';
    else if (typeInto(field, content.subject)) subject = 'set';
  }

  const doc = win.body.ownerDocument;
  win.body.focus();
  const range = insertionRange(win.body, caret, adapter.protectedStart(win));
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  const inserted = doc.execCommand('insertHTML', false, content.html) || doc.execCommand('insertText', false, content.text);
  return { body: inserted ? 'inserted' : 'failed', subject, recipient };
}
