import { createPinia } from 'pinia';
import { createApp, h, type App } from 'vue';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { RenderReply } from '../picker/picker-protocol.ts';
import type { PickerService } from '../picker/picker-protocol.ts';
import type { LogService } from '../log/log-protocol.ts';
import { HISTORY_CSS } from '../ui/history-css.ts';
import { usePickerStore } from '../stores/picker-store.ts';
import { PICKER_CSS } from '../ui/picker-css.ts';
import ReminderPicker from '../ui/ReminderPicker.vue';
import { t } from '../ui/t.ts';

const LAYER_CSS = `
html { pointer-events: none; }
.dd-layer { position: fixed; pointer-events: auto; }
`;

/** The layer's style: the position, with the maximum height handed to the picker as a CSS variable. */
function layerStyle(position: Readonly<Record<string, string>>): Record<string, string> {
  const { maxHeight, ...rest } = position;
  return maxHeight ? { ...rest, '--dd-max-height': maxHeight } : { ...rest };
}

/** What an open picker needs from the compose integration: data, where to sit, what to do on insert and close. */
export interface PickerHandlers {
  readonly service: PickerService;
  /** Where rows the picker records go (the background's collection log). */
  readonly log?: LogService;
  readonly recipients: readonly string[];
  /** Display names shown in To without an address (matched against customer and contact names). */
  readonly names: readonly string[];
  readonly position: Record<string, string>;
  readonly onConfirm: (reply: Extract<RenderReply, { ok: true }>) => void;
  readonly onClose: () => void;
}

/**
 * Opens the reminder picker in an open shadow root over the page (page styles do not leak in;
 * the content script's key guard keeps keystrokes from the webmail's shortcuts). `position`
 * holds where it sits and its maximum height (picker-position.ts): the picker scrolls inside
 * and keeps Insert in view. Returns the UI so the caller can remove it.
 */
export async function mountPicker(ctx: ContentScriptContext, handlers: PickerHandlers): Promise<ShadowRootContentScriptUi<App>> {
  const ui = await createShadowRootUi<App>(ctx, {
    name: 'dunning-desk-picker',
    position: 'modal',
    zIndex: 2147483000,
    mode: 'open',
    isolateEvents: ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'],
    css: PICKER_CSS + HISTORY_CSS + LAYER_CSS,
    onMount(container) {
      const app = createApp({
        render: () =>
          h('div', { class: 'dd-layer', style: layerStyle(handlers.position) }, [
            h(ReminderPicker, {
              confirmLabel: t('insert'),
              onConfirm: handlers.onConfirm,
              onClose: handlers.onClose,
            }),
          ]),
      });
      const pinia = createPinia();
      app.use(pinia);
      void usePickerStore(pinia).load(handlers.service, handlers.recipients, handlers.names, handlers.log);
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
