import { createApp, h, type App } from 'vue';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { NoticeLine } from '../ui/insert-notice-lines.ts';
import InsertNotice from '../ui/InsertNotice.vue';
import { HISTORY_CSS } from '../ui/history-css.ts';
import { PICKER_CSS } from '../ui/picker-css.ts';

const LAYER_CSS = `
html { pointer-events: none; }
.dd-notice-layer { position: fixed; pointer-events: auto; max-width: calc(100vw - 16px); }
`;

/**
 * Shows the notice of what Insert filled and what it did not (and the log row it recorded, with
 * its undo), fixed near the Dunning button and inside the window, in its own open shadow root.
 * Returns it so the caller can remove it.
 */
export async function showInsertNotice(
  ctx: ContentScriptContext,
  lines: readonly NoticeLine[],
  near: DOMRect,
  viewport: { readonly width: number; readonly height: number },
  onClose: () => void,
  recorded?: { readonly summary: string; readonly undo: () => Promise<boolean> },
): Promise<ShadowRootContentScriptUi<App>> {
  const width = Math.min(360, viewport.width - 16);
  const left = Math.max(8, Math.min(near.right - width, viewport.width - width - 8));
  const buttonTop = Math.min(Math.max(near.top, 0), viewport.height);
  const place = buttonTop > viewport.height / 2
    ? { bottom: `${Math.max(8, viewport.height - buttonTop + 8)}px` }
    : { top: `${Math.max(8, near.bottom + 8)}px` };
  const ui = await createShadowRootUi<App>(ctx, {
    name: 'dunning-desk-notice',
    position: 'modal',
    zIndex: 2147483000,
    mode: 'open',
    isolateEvents: ['keydown', 'keyup', 'keypress'],
    css: PICKER_CSS + HISTORY_CSS + LAYER_CSS,
    onMount(container) {
      const app = createApp({
        render: () => h('div', { class: 'dd-notice-layer', style: { left: `${left}px`, width: `${width}px`, ...place } }, [h(InsertNotice, { lines, onClose, ...(recorded ? { recorded } : {}) })]),
      });
      app.mount(container);
      return app;
    },
    onRemove(app) {
      app?.unmount();
    },
  });
  ui.mount();
  return ui;
}
