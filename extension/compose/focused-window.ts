import type { ComposeWindow } from './compose-window.ts';

/**
 * The compose window the keyboard is in (its container holds the focused element), or the only
 * one open when focus is elsewhere in the page; `undefined` when that leaves a choice.
 */
export function focusedWindow<T extends { readonly win: ComposeWindow }>(doc: Document, entries: readonly T[]): T | undefined {
  const active = doc.activeElement;
  return entries.find((e) => active !== null && e.win.root.contains(active)) ?? (entries.length === 1 ? entries[0] : undefined);
}
