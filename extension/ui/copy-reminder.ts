import type { RenderReply } from '../picker/picker-protocol.ts';

/**
 * Copies a rendered reminder: HTML and plain text together where the browser allows it (pastes
 * keep the invoice table), plain text otherwise. The subject goes first in the text.
 */
export async function copyReminder(reply: Extract<RenderReply, { ok: true }>, clipboard: Clipboard = navigator.clipboard): Promise<boolean> {
  const text = reply.subject ? `${reply.subject}\n\n${reply.text}` : reply.text;
  try {
    if (typeof ClipboardItem !== 'undefined' && typeof clipboard.write === 'function') {
      await clipboard.write([new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([reply.html], { type: 'text/html' }) })]);
    } else {
      await clipboard.writeText(text);
    }
    return true;
  } catch {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  }
}

/** Copies plain text (a short message for a phone or WeChat): false when the browser refuses. */
export async function copyPlainText(text: string, clipboard: Clipboard = navigator.clipboard): Promise<boolean> {
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
