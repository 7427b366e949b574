import type { ButtonSpot } from './compose-window.ts';
import { isShown } from './is-shown.ts';
import { topLevelChild } from './top-level-child.ts';

/** Whether `el` comes before `later` in document order. */
export function precedes(el: Node, later: Node): boolean {
  return (el.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** The shown matches of `selector` under `root`, none of them inside the body. */
export function shownMatches<T extends HTMLElement>(root: HTMLElement, selector: string, body: HTMLElement): T[] {
  return [...root.querySelectorAll<T>(selector)].filter((el) => !body.contains(el) && isShown(el, body));
}

/**
 * The plain text inputs of a compose header (above the body): not recipient comboboxes or
 * autocomplete boxes, not hidden. The subject is the last of them.
 */
export function textInputsBefore(root: HTMLElement, body: HTMLElement): HTMLInputElement[] {
  return shownMatches<HTMLInputElement>(root, 'input:not([type]), input[type="text"]', body).filter(
    (i) => precedes(i, body) && i.getAttribute('role') !== 'combobox' && !i.hasAttribute('aria-autocomplete') && i.closest('[contenteditable="true"]') === null,
  );
}

/**
 * Where the Dunning button goes when no Send button is found: a fixed spot at the top of the
 * compose header, just before the block holding the recipients (or the body, when there is no
 * recipient block), never inside the editable body.
 */
export function headerSpot(root: HTMLElement, body: HTMLElement, recipients: HTMLElement | null): ButtonSpot {
  const block = recipients && !body.contains(recipients) ? topLevelChild(root, recipients) : null;
  if (block instanceof HTMLElement && precedes(block, body)) return { element: block, where: 'beforebegin' };
  return { element: body, where: 'beforebegin' };
}
