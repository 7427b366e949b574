/** Whether a field is a text input or textarea (not a contenteditable element). */
export function isTextControl(field: Element): field is HTMLInputElement | HTMLTextAreaElement {
  return field.tagName === 'INPUT' || field.tagName === 'TEXTAREA';
}

/** What is typed into a field: an input's value, or an editable element's own text. */
export function typedText(field: HTMLElement): string {
  return isTextControl(field) ? field.value : (field.textContent ?? '');
}

/**
 * Types text at the end of a focused input or editable element with the browser's editing
 * command, so the page sees a real edit (beforeinput/input events, undo). Falls back to the
 * value setter plus an `input` event for inputs in browsers that refuse the command.
 */
export function typeInto(field: HTMLElement, text: string): boolean {
  const doc = field.ownerDocument;
  field.focus();
  if (isTextControl(field)) {
    field.setSelectionRange(field.value.length, field.value.length);
    if (doc.execCommand('insertText', false, text) && field.value.endsWith(text)) return true;
    field.value += text;
    field.dispatchEvent(new (doc.defaultView ?? window).InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
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

/**
 * Takes `text` out of the end of a field again when it is still there (an address the webmail
 * did not turn into a recipient), as an edit the page sees, so the field is left as found.
 */
export function untype(field: HTMLElement, text: string): void {
  const doc = field.ownerDocument;
  if (!typedText(field).trimEnd().endsWith(text.trim())) return;
  field.focus();
  if (isTextControl(field)) {
    const end = field.value.trimEnd().length;
    field.setSelectionRange(end - text.trim().length, field.value.length);
    if (!doc.execCommand('delete')) {
      field.value = field.value.slice(0, end - text.trim().length);
      field.dispatchEvent(new (doc.defaultView ?? window).InputEvent('input', { bubbles: true, inputType: 'deleteContentBackward' }));
    }
    return;
  }
  // The last text node holding the end of `text`: select it back to where `text` starts.
  const walker = doc.createTreeWalker(field, NodeFilter.SHOW_TEXT);
  let last: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.textContent ?? '').trim() !== '') last = n as Text;
  if (!last) return;
  const at = (last.textContent ?? '').lastIndexOf(text.trim());
  if (at < 0) return;
  const range = doc.createRange();
  range.setStart(last, at);
  range.setEnd(last, (last.textContent ?? '').length);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  doc.execCommand('delete');
}

/** Dispatches a key press (keydown, keyup) the way a page's key handlers see one. */
export function pressKey(field: HTMLElement, key: string, keyCode: number): void {
  const view = field.ownerDocument.defaultView ?? window;
  for (const type of ['keydown', 'keypress', 'keyup']) {
    if (type === 'keypress' && key.length !== 1 && key !== 'Enter') continue;
    field.dispatchEvent(new view.KeyboardEvent(type, { key, code: key === 'Enter' ? 'Enter' : '', keyCode, which: keyCode, bubbles: true, cancelable: true, composed: true }));
  }
}

/** Dispatches a paste of `text` at a field (what Gmail's recipient box turns into chips). */
export function pasteInto(field: HTMLElement, text: string): boolean {
  const view = field.ownerDocument.defaultView ?? window;
  field.focus();
  let data: DataTransfer;
  try {
    data = new view.DataTransfer();
    data.setData('text/plain', text);
  } catch {
    return false;
  }
  const event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  field.dispatchEvent(event);
  return true;
}
