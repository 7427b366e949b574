import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'wxt';
import { vueWithoutTrustedTypes } from './extension/build/vue-without-trusted-types.ts';
import { WEBMAIL_MATCHES } from './extension/compose/webmail-hosts.ts';

// WXT project for the browser extension (issue 6). Sources live in extension/; builds go to
// .output/chrome-mv3 and .output/firefox-mv3. No auto-imports: every module imports what it uses.
export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  outDir: '.output',
  imports: false,
  manifestVersion: 3,
  zip: {
    // The Firefox sources zip holds what builds the extension (extension/, shared/, configs),
    // not the other front doors, tests, benchmarks or their generated files.
    excludeSources: ['cli/**', 'excel-addin/**', 'test/**', 'docs/**', 'dist/**', 'coverage/**'],
  },
  vite: () => ({
    // No Trusted Types policy anywhere in the extension (see the plugin for why).
    plugins: [vueWithoutTrustedTypes(), vue()],
    build: { sourcemap: false },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Dunning Desk',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Only local storage. No network permission is needed: the extension never fetches anything.
    permissions: ['storage'],
    // Extension pages and the background may load only the extension's own files: no fetch,
    // image or script from anywhere else is even possible.
    content_security_policy: {
      extension_pages: "default-src 'self'; script-src 'self'; object-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
    },
    // The webmail hosts, from the one list the content script's matches also come from.
    host_permissions: [...WEBMAIL_MATCHES],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'open-picker': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandOpenPicker__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dunning-desk@dunning-desk.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
