import { isHidden } from './is-hidden.ts';

/** Buttons as webmail marks them up: real buttons and ARIA buttons (Gmail's are divs). */
const CONTROL = 'button, [role="button"]';

/**
 * Whether an element is shown. Markup first (works without layout, as in fixture DOMs); where
 * the browser lays the page out (the compose body has boxes), also whether it has any box, so a
 * control hidden by a stylesheet class does not count.
 */
function isShown(el: Element, body: HTMLElement): boolean {
  if (isHidden(el)) return false;
  return body.getClientRects().length === 0 || el.getClientRects().length > 0;
}

/**
 * The first shown button of a compose window after its body (`after`: Gmail, whose bottom bar
 * starts with Send) or before it (`before`: Outlook, whose top bar starts with Send), never one
 * inside the body. It is where Send sits in the window's layout, found without reading any
 * label, so it holds in every UI language.
 */
export function firstControl(root: HTMLElement, body: HTMLElement, side: 'after' | 'before'): HTMLElement | null {
  const wanted = side === 'after' ? Node.DOCUMENT_POSITION_FOLLOWING : Node.DOCUMENT_POSITION_PRECEDING;
  for (const control of root.querySelectorAll<HTMLElement>(CONTROL)) {
    if (body.contains(control) || control.contains(body)) continue;
    if ((body.compareDocumentPosition(control) & wanted) === 0) continue;
    if (control.closest('[contenteditable="true"]') !== null) continue;
    if (isShown(control, body)) return control;
  }
  return null;
}
