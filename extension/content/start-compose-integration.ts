import type { App } from 'vue';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { restoreCaret, saveCaret } from '../compose/caret.ts';
import type { ComposeAdapter, ComposeWindow } from '../compose/compose-window.ts';
import { focusedWindow } from '../compose/focused-window.ts';
import { insertContent } from '../compose/insert-content.ts';
import { placeButton } from '../compose/place-button.ts';
import { watchComposeWindows } from '../compose/watch-compose-windows.ts';
import { OPEN_PICKER_MESSAGE } from '../service/forward-command.ts';
import { messagePickerService } from '../picker/message-picker-service.ts';
import { t } from '../ui/t.ts';
import { createDunningButton } from './dunning-button.ts';
import { mountPicker } from './mount-picker.ts';
import { pickerPosition } from './picker-position.ts';

interface Tracked {
  /** As last found: re-found on every scan, so Send and the fields are the current ones. */
  win: ComposeWindow;
  readonly button: HTMLElement;
  /** Where the caret was in the editor when the picker was asked for. */
  caret: Range | null;
}

/**
 * Wires one document: a Dunning button in every compose window (added when its editor appears,
 * removed with it), the picker on click or on the keyboard shortcut, and the insertion.
 */
export function startComposeIntegration(ctx: ContentScriptContext, doc: Document, adapter: ComposeAdapter): void {
  const tracked = new Map<HTMLElement, Tracked>();
  let picker: ShadowRootContentScriptUi<App> | null = null;
  let pickerFor: Tracked | null = null;
  let opening = 0;

  const closePicker = (): void => {
    opening++;
    picker?.remove();
    picker = null;
    const entry = pickerFor;
    pickerFor = null;
    if (entry) restoreCaret(entry.win.body, entry.caret);
  };

  const openPicker = async (entry: Tracked): Promise<void> => {
    closePicker();
    const mine = ++opening;
    pickerFor = entry;
    const view = doc.defaultView ?? window;
    const ui = await mountPicker(ctx, {
      service: messagePickerService,
      recipients: adapter.readRecipients(entry.win),
      position: pickerPosition(entry.button.getBoundingClientRect(), entry.win.root.getBoundingClientRect(), view.innerWidth, view.innerHeight),
      onClose: closePicker,
      onConfirm: (reply) => {
        picker?.remove();
        picker = null;
        pickerFor = null;
        insertContent(adapter, entry.win, { html: reply.html, text: reply.text, subject: reply.subject, to: reply.to }, entry.caret);
      },
    });
    // A second open (double click, shortcut) or a close while this one was loading wins.
    if (mine !== opening) ui.remove();
    else picker = ui;
  };

  const added = (win: ComposeWindow): void => {
    const entry: { win: ComposeWindow; button?: HTMLElement; caret: Range | null } = { win, caret: null };
    const button = createDunningButton(
      doc,
      t('buttonLabel'),
      t('buttonTitle'),
      () => (entry.caret = saveCaret(win.body)),
      () => void openPicker(tracked.get(win.body)!),
    );
    entry.button = button;
    tracked.set(win.body, entry as Tracked);
    placeButton(win, button);
  };

  const removed = (win: ComposeWindow): void => {
    const entry = tracked.get(win.body);
    entry?.button.remove();
    tracked.delete(win.body);
    if (entry && pickerFor === entry) {
      pickerFor = null;
      closePicker();
    }
  };

  const present = (win: ComposeWindow): void => {
    const entry = tracked.get(win.body);
    if (!entry) return;
    entry.win = win;
    // Gone with a re-rendered toolbar, or left above the editor while Send had not rendered yet.
    if (!entry.button.isConnected || (win.sendButton && entry.button.previousElementSibling !== win.sendButton)) placeButton(win, entry.button);
  };

  const watcher = watchComposeWindows(doc, adapter, added, removed, present);
  ctx.onInvalidated(() => {
    watcher.stop();
    closePicker();
    for (const entry of tracked.values()) entry.button.remove();
  });

  // The keyboard shortcut (commands API) reaches every frame of the tab; only the frame whose
  // compose window has focus opens the picker.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: unknown } | null)?.type !== OPEN_PICKER_MESSAGE.type || !doc.hasFocus()) return undefined;
    const entry = focusedWindow(doc, [...tracked.values()]);
    if (!entry) return undefined;
    entry.caret = saveCaret(entry.win.body);
    void openPicker(entry);
    return undefined;
  });
}
