import type { Plugin } from 'vite';

// Vue's DOM runtime creates a Trusted Types policy named "vue" as soon as it loads wherever
// `window.trustedTypes` exists. Gmail sends `require-trusted-types-for 'script'`, and a page
// whose CSP also lists the allowed policy names (`trusted-types goog#html …`) blocks that
// creation and reports a violation. The extension needs no policy: its only HTML sinks run in
// the content script's isolated world (and in extension pages), where the page's Trusted Types
// enforcement does not apply, and the HTML it inserts is the core's escaped output. So Vue is
// built as if the browser had no Trusted Types: it then never calls createPolicy.
const RUNTIME_DOM = /[\\/]@vue[\\/]runtime-dom[\\/]dist[\\/]/;
const LOOKUP = 'window.trustedTypes';

/**
 * Vite plugin: Vue's runtime-dom without its Trusted Types policy. Fails the build when the
 * lookup is no longer in Vue's code (a Vue upgrade changed it), rather than silently shipping
 * a content script that creates a policy again.
 */
export function vueWithoutTrustedTypes(): Plugin {
  return {
    name: 'dunning:vue-without-trusted-types',
    enforce: 'pre',
    transform(code, id) {
      if (!RUNTIME_DOM.test(id) || id.includes('.cjs')) return null;
      if (!code.includes(LOOKUP)) {
        if (code.includes('createPolicy')) this.error(`${id}: Vue creates a Trusted Types policy in a way this plugin does not know`);
        return null;
      }
      return { code: code.replaceAll(LOOKUP, 'undefined'), map: null };
    },
  };
}
