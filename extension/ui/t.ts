import { getMessage } from '../platform/get-message.ts';

/**
 * A UI string from _locales (the browser picks zh_CN or en). Falls back to the key, so a
 * missing message shows up as a readable id instead of an empty label.
 */
export function t(key: string, substitutions?: string | string[]): string {
  return getMessage(key, substitutions) || key;
}
