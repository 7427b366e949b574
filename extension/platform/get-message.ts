import { browser } from 'wxt/browser';

// wxt/browser types getMessage from the .wxt/ files `wxt prepare` generates, which the repo's
// tsconfig does not include; this is the plain WebExtension signature.
const i18n = browser.i18n as unknown as { getMessage(key: string, substitutions?: string | string[]): string };

/** A message from _locales in the browser's UI language ('' when there is none). */
export function getMessage(key: string, substitutions?: string | string[]): string {
  return i18n.getMessage(key, substitutions);
}
