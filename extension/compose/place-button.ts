import type { ComposeWindow } from './compose-window.ts';

/** The element name of the Dunning button's host (the page sees only this tag). */
export const BUTTON_HOST_TAG = 'dunning-desk-button';

/** Whether the button already sits at the window's spot (so a scan does not move it again). */
export function isPlaced(win: ComposeWindow, host: HTMLElement): boolean {
  const { element, where } = win.buttonSpot;
  if (!host.isConnected) return false;
  return where === 'afterend' ? element.nextElementSibling === host : element.previousElementSibling === host;
}

/**
 * Puts the button after the whole Send group (never between Send and its menu half, never in a
 * toolbar); without a Send button found, at the top of the compose header. Never inside the
 * editable body.
 */
export function placeButton(win: ComposeWindow, host: HTMLElement): void {
  if (isPlaced(win, host)) return;
  win.buttonSpot.element.insertAdjacentElement(win.buttonSpot.where, host);
}
