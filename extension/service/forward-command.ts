/** The message the content scripts act on when the shortcut is pressed. */
export const OPEN_PICKER_MESSAGE = { type: 'open-picker' } as const;

/**
 * Handles a keyboard command in the background: `open-picker` goes to every frame of the tab it
 * was pressed in (the frame whose compose window has focus opens the picker). Tabs without the
 * content script (any other site) reject the message; that is not an error.
 */
export async function forwardCommand(
  command: string,
  tab: { readonly id?: number } | undefined,
  send: (tabId: number, message: typeof OPEN_PICKER_MESSAGE) => Promise<unknown>,
): Promise<boolean> {
  if (command !== 'open-picker' || tab?.id === undefined) return false;
  try {
    await send(tab.id, OPEN_PICKER_MESSAGE);
    return true;
  } catch {
    return false;
  }
}
