/**
 * Shows an error banner with @microsoft/office-js-helpers' `UI.notify` (Fabric message bar;
 * user text is set as textContent). The package is archived and pulls old dependencies, so it is
 * imported only when the first error is shown: the pane's main bundle does not carry it.
 */
export async function notifyError(title: string, message: string): Promise<void> {
  const helpers = await import('@microsoft/office-js-helpers');
  const ui = (helpers as unknown as { UI?: { notify(message: string, title: string, type: 'error'): unknown } }).UI
    ?? (helpers as unknown as { default?: { UI: { notify(message: string, title: string, type: 'error'): unknown } } }).default?.UI;
  ui?.notify(message, title, 'error');
}
