import type { ComposeAdapter, Webmail } from './compose-window.ts';
import { gmailAdapter } from './gmail.ts';
import { outlookAdapter } from './outlook.ts';
import { webmailForHost } from './webmail-hosts.ts';

const ADAPTERS: Readonly<Record<Webmail, ComposeAdapter>> = { gmail: gmailAdapter, outlook: outlookAdapter };

/**
 * The adapter for a page's origin, by the one list of webmail hosts. Pop-out compose windows
 * are about:blank documents that inherit their opener's origin, so the origin (not the URL)
 * decides.
 */
export function adapterForOrigin(origin: string): ComposeAdapter | undefined {
  let host: string;
  try {
    host = new URL(origin).hostname;
  } catch {
    return undefined;
  }
  const webmail = webmailForHost(host);
  return webmail ? ADAPTERS[webmail] : undefined;
}
