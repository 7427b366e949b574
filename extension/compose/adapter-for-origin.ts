import type { ComposeAdapter } from './compose-window.ts';
import { gmailAdapter } from './gmail.ts';
import { outlookAdapter } from './outlook.ts';

const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'];

/**
 * The adapter for a page's origin. Pop-out compose windows are about:blank documents that
 * inherit their opener's origin, so the origin (not the URL) decides.
 */
export function adapterForOrigin(origin: string): ComposeAdapter | undefined {
  let host: string;
  try {
    host = new URL(origin).hostname;
  } catch {
    return undefined;
  }
  if (host === 'mail.google.com') return gmailAdapter;
  if (OUTLOOK_HOSTS.includes(host)) return outlookAdapter;
  return undefined;
}
