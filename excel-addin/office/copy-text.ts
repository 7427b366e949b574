/**
 * Copies plain text to the clipboard. Office hosts the pane in an iframe or webview where the
 * async Clipboard API can be refused; then a hidden textarea and `execCommand('copy')` still work.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

/**
 * Copies formatted text: HTML for mail clients and word processors (Outlook, Word, Gmail paste
 * it with its tables and bold), with the plain text beside it for anything that takes only text.
 * Uses the async Clipboard API where the host allows it, else a `copy` event that sets both.
 */
export async function copyHtml(html: string, text: string): Promise<boolean> {
  try {
    if (typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function') {
      await navigator.clipboard.write([new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      })]);
      return true;
    }
  } catch {
    // Refused (webview policy, no focus): the copy event below still works inside a click.
  }
  const onCopy = (e: ClipboardEvent): void => {
    e.clipboardData?.setData('text/html', html);
    e.clipboardData?.setData('text/plain', text);
    e.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  try {
    return document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', onCopy);
  }
}
