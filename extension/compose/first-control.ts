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
