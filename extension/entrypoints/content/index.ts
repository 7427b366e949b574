import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { App } from 'vue';
import { adapterForOrigin } from '../../compose/adapter-for-origin.ts';
import { saveCaret } from '../../compose/caret.ts';
import type { ComposeAdapter, ComposeWindow } from '../../compose/compose-window.ts';
import { insertContent } from '../../compose/insert-content.ts';
import { createDunningButton } from '../../content/dunning-button.ts';
import { mountPicker } from '../../content/mount-picker.ts';
import { pickerPosition } from '../../content/picker-position.ts';
import { placeButton } from '../../content/place-button.ts';
import { watchComposeWindows, type ComposeWatcher } from '../../content/watch-compose-windows.ts';
import { messagePickerService } from '../../picker/message-picker-service.ts';
import { t } from '../../ui/t.ts';

const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
];

interface Tracked {
  readonly win: ComposeWindow;
  readonly button: HTMLElement;
  caret: Range | null;
}

function start(ctx: ContentScriptContext, adapter: ComposeAdapter): void {
  const tracked = new Map<HTMLElement, Tracked>();
  let picker: ShadowRootContentScriptUi<App> | null = null;
  let pickerFor: HTMLElement | null = null;

  const closePicker = (): void => {
    picker?.remove();
    picker = null;
    const body = pickerFor;
    pickerFor = null;
    body?.focus();
  };

  const openPicker = async (entry: Tracked): Promise<void> => {
    closePicker();
    pickerFor = entry.win.body;
    const view = entry.win.body.ownerDocument.defaultView ?? window;
    picker = await mountPicker(ctx, {
      service: messagePickerService,
      recipients: adapter.readRecipients(entry.win),
      position: pickerPosition(entry.button.getBoundingClientRect(), view.innerWidth, view.innerHeight),
      onClose: closePicker,
      onConfirm: (reply) => {
        picker?.remove();
        picker = null;
        pickerFor = null;
        insertContent(adapter, entry.win, { html: reply.html, text: reply.text, subject: reply.subject, to: reply.to }, entry.caret);
      },
    });
  };

  const added = (win: ComposeWindow): void => {
    const entry: Tracked = { win, caret: null, button: null as unknown as HTMLElement };
    const button = createDunningButton(
      document,
      t('buttonLabel'),
      t('buttonTitle'),
      () => (entry.caret = saveCaret(win.body)),
      () => void openPicker(entry),
    );
    (entry as { button: HTMLElement }).button = button;
    tracked.set(win.body, entry);
    placeButton(win, button);
  };

  const removed = (win: ComposeWindow): void => {
    const entry = tracked.get(win.body);
    entry?.button.remove();
    tracked.delete(win.body);
    if (pickerFor === win.body) closePicker();
  };

  const present = (win: ComposeWindow): void => {
    const entry = tracked.get(win.body);
    if (entry && !entry.button.isConnected) placeButton(win, entry.button);
  };

  const watcher: ComposeWatcher = watchComposeWindows(document, adapter, added, removed, present);
  ctx.onInvalidated(() => {
    watcher.stop();
    closePicker();
    for (const entry of tracked.values()) entry.button.remove();
  });

  // The keyboard shortcut (commands API) reaches every frame; only the frame whose editor has
  // focus opens the picker there.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string } | null)?.type !== 'open-picker' || !document.hasFocus()) return;
    const active = document.activeElement;
    const entry =
      [...tracked.values()].find((e) => active !== null && e.win.root.contains(active)) ??
      (tracked.size === 1 ? [...tracked.values()][0] : undefined);
    if (!entry) return;
    entry.caret = saveCaret(entry.win.body);
    void openPicker(entry);
  });
}

export default defineContentScript({
  matches: WEBMAIL_MATCHES,
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    // Pop-outs are about:blank documents carrying their opener's origin.
    const adapter = adapterForOrigin(self.origin);
    if (adapter) start(ctx, adapter);
  },
});
