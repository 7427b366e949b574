import { browser } from 'wxt/browser';

/**
 * A UI string from _locales (the browser picks zh_CN or en). Falls back to the key, so a
 * missing message shows up as a readable id instead of an empty label.
 */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
