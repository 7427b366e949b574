import { isShown } from './is-shown.ts';

/** Buttons as webmail marks them up: real buttons and ARIA buttons (Gmail's are divs). */
export const CONTROL = 'button, [role="button"]';

/**
 * Bars of formatting and ribbon commands (Undo, Bold, Insert…): never where Send is, and never
 * where the Dunning button goes.
 */
export const COMMAND_BAR = '[role="toolbar"], [role="menubar"], [role="tablist"], [role="menu"]';

/**
 * The formatting toolbar or ribbon an element sits in, if any: a command bar with toggles
 * (Bold, aria-pressed), a font box (combobox, listbox) or a control naming a shortcut that is
 * not Enter (Undo). A bar that holds only Send and Discard is not one.
 */
export function formattingBar(el: Element): Element | null {
  for (let bar = el.closest(COMMAND_BAR); bar; bar = bar.parentElement?.closest(COMMAND_BAR) ?? null) {
    if (bar.querySelector('[aria-pressed], [role="combobox"], [role="listbox"], select') !== null) return bar;
    const labels = [...bar.querySelectorAll(CONTROL)].map((c) => `${c.getAttribute('data-tooltip') ?? ''} ${c.getAttribute('title') ?? ''} ${c.getAttribute('aria-label') ?? ''}`);
    if (labels.some((l) => /\((?:ctrl|strg|cmd|⌘)\s*[-+]\s*[^)]*\)/i.test(l) && !/[-+⌘]\s*enter/i.test(l))) return bar;
  }
  return null;
}

/** A control that opens a menu or popup ("More send options", "Schedule send"): never Send itself. */
export function opensPopup(el: Element): boolean {
  const popup = el.getAttribute('aria-haspopup');
  return popup !== null && popup !== 'false';
}

/**
 * The first shown control of a compose window after its body (`after`: Gmail, whose bottom bar
 * starts with Send) or before it (`before`: Outlook, whose compose bar starts with Send), never
 * one inside the body, inside a formatting toolbar or ribbon, or one that opens a menu. It is
 * where Send sits in the window's layout, found without reading any label, so it holds in every
 * UI language.
 */
export function firstControl(root: HTMLElement, body: HTMLElement, side: 'after' | 'before'): HTMLElement | null {
  const wanted = side === 'after' ? Node.DOCUMENT_POSITION_FOLLOWING : Node.DOCUMENT_POSITION_PRECEDING;
  for (const control of root.querySelectorAll<HTMLElement>(CONTROL)) {
    if (body.contains(control) || control.contains(body)) continue;
    if ((body.compareDocumentPosition(control) & wanted) === 0) continue;
    if (control.closest('[contenteditable="true"]') !== null) continue;
    if (opensPopup(control) || formattingBar(control) !== null) continue;
    if (isShown(control, body)) return control;
  }
  return null;
}
