import type { ComposeWindow } from './compose-window.ts';

/**
 * Puts the button in the compose toolbar right after Send; without a Send button found, just
 * above the editor (never inside the editable body).
 */
export function placeButton(win: ComposeWindow, host: HTMLElement): void {
  if (win.sendButton && win.sendButton.isConnected) win.sendButton.insertAdjacentElement('afterend', host);
  else win.body.insertAdjacentElement('beforebegin', host);
}
