import type { Webmail } from './compose-window.ts';

/**
 * The one list of webmail hosts the extension works on, with the webmail each one serves. The
 * manifest's host permissions, the content script's matches and the adapter chosen for a page
 * are all derived from it, so adding a host is one line here.
 */
export const WEBMAIL_HOSTS: Readonly<Record<string, Webmail>> = Object.freeze({
  'mail.google.com': 'gmail',
  'outlook.office.com': 'outlook',
  'outlook.office365.com': 'outlook',
  'outlook.live.com': 'outlook',
  'outlook.cloud.microsoft': 'outlook',
});

/** Match patterns for every webmail host (manifest `host_permissions` and content-script `matches`). */
export const WEBMAIL_MATCHES: readonly string[] = Object.keys(WEBMAIL_HOSTS).map((host) => `https://${host}/*`);

/**
 * The webmail served at a host name, or `undefined` for any other host (own properties only:
 * a page at `constructor` or `__proto__` is no webmail).
 */
export function webmailForHost(host: string): Webmail | undefined {
  return Object.hasOwn(WEBMAIL_HOSTS, host) ? WEBMAIL_HOSTS[host] : undefined;
}
