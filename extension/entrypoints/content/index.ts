import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterForOrigin } from '../../compose/adapter-for-origin.ts';
import { WEBMAIL_MATCHES } from '../../compose/webmail-hosts.ts';
import { startComposeIntegration } from '../../content/start-compose-integration.ts';

export default defineContentScript({
  // The same list as the manifest's host permissions (compose/webmail-hosts.ts).
  matches: [...WEBMAIL_MATCHES],
  // Outlook pops compose out into about:blank windows; webmail also nests about:blank frames.
  allFrames: true,
  matchAboutBlank: true,
  // document_start: the key guard must listen before the page's own shortcut handlers.
  runAt: 'document_start',
  // The picker's styles are passed to its shadow root as text: no CSS file to fetch.
  cssInjectionMode: 'manual',
  main(ctx) {
    // about:blank documents carry their opener's origin, so the origin picks the adapter.
    const adapter = adapterForOrigin(self.origin);
    if (adapter) startComposeIntegration(ctx, document, adapter);
  },
});
