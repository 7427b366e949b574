import { COMMAND_BAR, CONTROL, formattingBar, opensPopup } from './first-control.ts';
import { firstFound, type Found, type Signal } from './found.ts';
import { isShown } from './is-shown.ts';

// Send is found by the shortcut its tooltip or label names ("Send (Ctrl-Enter)", "发送
// (Ctrl+Enter)", "⌘Enter") or an ARIA key shortcut: the key combination, not the word, so
// "Enter focus mode" is no Send button.
const SHORTCUT_ATTRS = ['aria-keyshortcuts', 'data-tooltip', 'title', 'aria-label'];
const SEND_SHORTCUT = /(?:[+-]|⌘)\s*Enter\b/i;
// A tooltip naming another shortcut ("Undo (Ctrl-Z)", "撤消 (Strg + Z)"): not Send.
const OTHER_SHORTCUT = /\((?:ctrl|strg|cmd|⌘|alt|option|shift)\s*[-+]?\s*[^)]*\)/i;

function namesSendShortcut(el: Element): boolean {
  return SHORTCUT_ATTRS.some((attr) => SEND_SHORTCUT.test(el.getAttribute(attr) ?? ''));
}

function namesOtherShortcut(el: Element): boolean {
  if (namesSendShortcut(el)) return false;
  const keys = el.getAttribute('aria-keyshortcuts');
  if (keys !== null && keys.trim() !== '') return true;
  return SHORTCUT_ATTRS.slice(1).some((attr) => OTHER_SHORTCUT.test(el.getAttribute(attr) ?? ''));
}

/** Controls of the compose window that could be Send: outside the body, shown, not a menu trigger. */
function candidates(root: HTMLElement, body: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(CONTROL)].filter(
    (c) => !body.contains(c) && !c.contains(body) && !opensPopup(c) && c.closest('[contenteditable="true"]') === null && isShown(c, body),
  );
}

/** Whether `el` comes on `side` of `body` in document order. */
function onSide(el: Element, body: Element, side: 'after' | 'before'): boolean {
  const wanted = side === 'after' ? Node.DOCUMENT_POSITION_FOLLOWING : Node.DOCUMENT_POSITION_PRECEDING;
  return (body.compareDocumentPosition(el) & wanted) !== 0;
}

/** The menu half of a split button right after `el` ("More send options", Fluent's menu button). */
function menuHalfAfter(el: Element): Element | null {
  for (let next = el.nextElementSibling; next; next = next.nextElementSibling) {
    if (isSeparator(next)) continue;
    if (opensPopup(next)) return next;
    const inner = next.querySelectorAll(CONTROL);
    return inner.length === 1 && opensPopup(inner[0]!) ? next : null;
  }
  return null;
}

/** A divider between the halves of a split button: no text, no control. */
function isSeparator(el: Element): boolean {
  if (el.getAttribute('role') === 'separator') return true;
  return (el.textContent ?? '').trim() === '' && el.querySelector(CONTROL) === null && !opensPopup(el) && !el.matches(CONTROL);
}

/**
 * The Send button of a compose window, by independent signals tried in turn: the shortcut its
 * tooltip names; the webmail's own markers (`extra`, e.g. Gmail's bottom bar); the primary half
 * of a split button (Send with "More send options", in any UI language); and finally the layout
 * (the first control after the body in Gmail, before it in Outlook). Formatting toolbars and
 * ribbons never count, nor toggles (a pressed or unpressed button is never Send), controls
 * whose tooltip names another shortcut (Undo, "Discard draft (Ctrl-Shift-D)"), or what
 * `notSend` rules out (Outlook's "To" and "Cc" buttons that label a recipient well). When none
 * is left, there is no Send and the caller uses its fixed spot in the compose header.
 */
export function findSendButton(
  root: HTMLElement,
  body: HTMLElement,
  side: 'after' | 'before',
  extra: ReadonlyArray<Signal<HTMLElement>> = [],
  notSend: (control: HTMLElement) => boolean = () => false,
): Found<HTMLElement> | null {
  const all = candidates(root, body);
  const outsideBars = (): HTMLElement[] =>
    all.filter((c) => formattingBar(c) === null && !namesOtherShortcut(c) && !c.hasAttribute('aria-pressed') && !notSend(c));
  return firstFound<HTMLElement>([
    ['shortcut in its tooltip', () => all.find(namesSendShortcut)],
    ...extra,
    ['split button with a send-options menu', () => outsideBars().find((c) => onSide(c, body, side) && menuHalfAfter(c) !== null)],
    [`first control ${side} the body`, () => outsideBars().find((c) => onSide(c, body, side))],
  ]);
}

/** Elements that only wrap a button: plain containers, not a table cell, toolbar or region. */
function isWrapper(el: Element, root: Element): boolean {
  if (el === root || !['DIV', 'SPAN'].includes(el.tagName)) return false;
  const role = el.getAttribute('role');
  return role === null || role === 'presentation' || role === 'none' || role === 'button';
}

/**
 * Where the Dunning button goes after Send: after the whole Send group, so a split button
 * (Send + "More send options" / "Schedule send") is never split. The group is Send, the menu
 * half after it, and any wrappers around just those two; `skip` (the Dunning button itself) is
 * ignored. Never inside a toolbar: when the group sits in one, the button goes after the
 * toolbar.
 */
export function sendGroupEnd(send: HTMLElement, root: HTMLElement, skip?: Element): HTMLElement {
  let node: HTMLElement = send;
  for (;;) {
    let end: Element = node;
    for (let menu = menuHalfAfter(end); menu; menu = menuHalfAfter(end)) end = menu;
    const parent = node.parentElement;
    const alone =
      parent !== null &&
      isWrapper(parent, root) &&
      [...parent.children].every((child) => child === skip || child === node || child === end || isSeparator(child) || opensPopup(child));
    if (!alone) {
      let at = end as HTMLElement;
      for (let bar = at.parentElement?.closest<HTMLElement>(COMMAND_BAR); bar && root.contains(bar) && bar !== root; bar = bar.parentElement?.closest<HTMLElement>(COMMAND_BAR)) at = bar;
      return at;
    }
    node = parent;
  }
}


/**
 * Send for a compose window whose container was found without it (the container can end below
 * the bar that holds Send): `find` in the container, then in up to four ancestors that hold no
 * other compose body, until a signal in `trusted` answers. Returns the container Send is in.
 */
export function sendInOrAbove(
  root: HTMLElement,
  body: HTMLElement,
  bodySelector: string,
  find: (container: HTMLElement) => Found<HTMLElement> | null,
  trusted: readonly string[],
): { readonly root: HTMLElement; readonly send: Found<HTMLElement> | null } {
  let send = find(root);
  let container = root;
  for (let up = root.parentElement, n = 0; !(send && trusted.includes(send.signal)) && up && n < 4 && up.querySelectorAll(bodySelector).length === 1; up = up.parentElement, n++) {
    const wider = find(up);
    if (wider && trusted.includes(wider.signal)) {
      container = up;
      send = wider;
    }
  }
  return { root: container, send };
}
