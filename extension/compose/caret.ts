/**
 * The current selection as a range when it lies inside `body` (the caret the user left in the
 * editor), else `null`. Taken when the picker opens, before focus moves into the picker.
 */
export function saveCaret(body: HTMLElement): Range | null {
  const selection = body.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return body.contains(range.startContainer) && body.contains(range.endContainer) ? range.cloneRange() : null;
}

/**
 * Where the message goes: the saved caret when it is inside the body and above `protectedStart`
 * (the signature or quoted history), else the start of the message (`start`: the body, or the
 * wrapper of its first line), which is above both. Always a collapsed range: text the user had
 * selected stays, the message goes after it.
 */
export function insertionRange(body: HTMLElement, caret: Range | null, protectedStart: Node | null, start: Node = body): Range {
  const doc = body.ownerDocument;
  if (caret && body.contains(caret.startContainer) && body.contains(caret.endContainer)) {
    // The point at the start of the protected block lies after the range only when the whole
    // range is above it (comparePoint: 1 = after, 0 = inside the range, -1 = before).
    if (protectedStart === null || caret.comparePoint(protectedStart, 0) === 1) {
      const at = caret.cloneRange();
      at.collapse(false);
      return at;
    }
  }
  const top = doc.createRange();
  top.setStart(body.contains(start) ? start : body, 0);
  top.collapse(true);
  return top;
}

/** Puts focus back in the editor with the caret where it was (after the picker closed). */
export function restoreCaret(body: HTMLElement, caret: Range | null): void {
  body.focus();
  if (!caret) return;
  const selection = body.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(caret);
}
