import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterForOrigin } from '../../compose/adapter-for-origin.ts';
import { startComposeIntegration } from '../../content/start-compose-integration.ts';

export default defineContentScript({
  // Keep in step with WEBMAIL_MATCHES in wxt.config.ts (host permissions).
  matches: [
    'https://mail.google.com/*',
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
    'https://outlook.cloud.microsoft/*',
  ],
  // Outlook pops compose out into about:blank windows; webmail also nests about:blank frames.
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // The picker's styles are passed to its shadow root as text: no CSS file to fetch.
  cssInjectionMode: 'manual',
  main(ctx) {
    // about:blank documents carry their opener's origin, so the origin picks the adapter.
    const adapter = adapterForOrigin(self.origin);
    if (adapter) startComposeIntegration(ctx, document, adapter);
  },
});
