/**
 * The pane's error display: @microsoft/office-js-helpers' message bar (`UI.notify`, a Fabric
 * MessageBar put at the top of the page), used as it is meant to be: one title, one message in
 * the user's language, its close button. The library draws the bar fixed over the page with the
 * highest z-index and expects Fabric's stylesheet and icon font; the pane's stylesheet
 * (`taskpane/error-banner.css`) gives it Fabric's error colours, a visible close mark and a
 * place in the page's flow above the pane, so it never covers a control.
 *
 * The package is archived and pulls old dependencies, so it is imported only when the first
 * error is shown: the pane's main bundle does not carry it.
 */

/** What the banner says and how its close button is labelled, in the pane's language. */
export interface ErrorBannerText {
  readonly title: string;
  readonly message: string;
  readonly closeLabel: string;
  /** BCP 47 tag of the text (`zh-CN`, `en`): screen readers and fonts follow it. */
  readonly lang: string;
}

type Notify = (message: string, title: string, type: 'error') => unknown;

const BANNER = 'office-js-helpers-notification';

async function loadNotify(): Promise<Notify> {
  const helpers = await import('@microsoft/office-js-helpers') as unknown as { UI?: { notify: Notify }; default?: { UI: { notify: Notify } } };
  const ui = helpers.UI ?? helpers.default?.UI;
  if (!ui) throw new Error('office-js-helpers has no UI.notify');
  return (message, title, type) => ui.notify(message, title, type);
}

let notify: Promise<Notify> | undefined;
let shown = 0;

/**
 * Shows the error bar (replacing one on show) and calls `onClose` when the user dismisses it.
 * Resolves to the bar's element, or `null` when a later call or {@link hideErrorBanner} came
 * first (the library loads lazily).
 */
export async function showErrorBanner(text: ErrorBannerText, onClose?: () => void): Promise<HTMLElement | null> {
  const ticket = ++shown;
  notify ??= loadNotify();
  let show: Notify;
  try {
    show = await notify;
  } catch (e) {
    notify = undefined;
    throw e;
  }
  if (ticket !== shown) return null;
  show(text.message, text.title, 'error');
  const bar = document.querySelector<HTMLElement>(`.${BANNER}`);
  if (!bar) return null;
  bar.setAttribute('role', 'alert');
  bar.setAttribute('lang', text.lang);
  bar.dataset.testid = 'pane-error';
  bar.querySelector<HTMLElement>(':scope > div')?.setAttribute('data-testid', 'pane-error-text');
  const close = bar.querySelector<HTMLButtonElement>(':scope > button');
  if (close) {
    close.type = 'button';
    close.setAttribute('aria-label', text.closeLabel);
    close.title = text.closeLabel;
    close.dataset.testid = 'pane-error-close';
    // The library removes the bar on click; the pane also forgets the error.
    close.addEventListener('click', () => onClose?.());
  }
  return bar;
}

/** Removes the error bar, if one is shown (a step that starts or succeeds clears the last error). */
export function hideErrorBanner(): void {
  shown++;
  for (const bar of document.querySelectorAll(`.${BANNER}`)) bar.remove();
}
