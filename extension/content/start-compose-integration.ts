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
import { messageLogService } from '../log/message-log-service.ts';
import { messagePickerService } from '../picker/message-picker-service.ts';
import { insertNoticeLines } from '../ui/insert-notice-lines.ts';
import { t } from '../ui/t.ts';
import { createDunningButton } from './dunning-button.ts';
import { guardPickerKeys } from './guard-picker-keys.ts';
import { logSignals } from './log-signals.ts';
import { mountPicker } from './mount-picker.ts';
import { pickerPosition } from './picker-position.ts';
import { recordSentReminder } from './record-sent-reminder.ts';
import { showInsertNotice } from './show-insert-notice.ts';

interface Tracked {
  /** As last found: re-found on every scan, so Send and the fields are the current ones. */
  win: ComposeWindow;
  readonly button: HTMLElement;
  /** Where the caret was in the editor when the picker was asked for. */
  caret: Range | null;
}

/**
 * Wires one document: a Dunning button in every compose window (added when its editor appears,
 * removed with it), the picker on click or on the keyboard shortcut, the insertion and the
 * notice of what it filled. Runs from document_start so the key guard comes before the page's
 * own key handlers.
 */
export function startComposeIntegration(ctx: ContentScriptContext, doc: Document, adapter: ComposeAdapter): void {
  const view = (doc.defaultView ?? window) as Window & typeof globalThis;
  const tracked = new Map<HTMLElement, Tracked>();
  let picker: ShadowRootContentScriptUi<App> | null = null;
  let notice: ShadowRootContentScriptUi<App> | null = null;
  let pickerFor: Tracked | null = null;
  let opening = 0;
  const keyGuard = guardPickerKeys(view, (node) => node === picker?.shadowHost || node === notice?.shadowHost);

  const closeNotice = (): void => {
    notice?.remove();
    notice = null;
  };

  const closePicker = (): void => {
    opening++;
    picker?.remove();
    picker = null;
    const entry = pickerFor;
    pickerFor = null;
    if (entry) restoreCaret(entry.win.body, entry.caret);
  };

  const insert = async (entry: Tracked, reply: Parameters<Parameters<typeof mountPicker>[1]['onConfirm']>[0]): Promise<void> => {
    const outcome = await insertContent(adapter, entry.win, { html: reply.html, text: reply.text, subject: reply.subject, to: reply.to }, entry.caret);
    // The signals (which one found To and the subject, how the address went in) and then the
    // outcome per field, under their own names so neither hides the other.
    logSignals(adapter.webmail, 'insert', { ...outcome.signals, result: `body ${outcome.body}, to ${outcome.recipient}, subject ${outcome.subject}` });
    // The reminder is in the window: it goes into the collection log, with an undo in the notice.
    const logged = await recordSentReminder(reply.record, outcome, messageLogService, t);
    closeNotice();
    const lines = logged.line ? [...insertNoticeLines(outcome, t), logged.line] : insertNoticeLines(outcome, t);
    const shown = await showInsertNotice(ctx, lines, entry.button.getBoundingClientRect(), { width: view.innerWidth, height: view.innerHeight }, closeNotice, logged.recorded);
    if (notice) shown.remove();
    else notice = shown;
  };

  const openPicker = async (entry: Tracked): Promise<void> => {
    closePicker();
    closeNotice();
    keyGuard.ensure();
    const mine = ++opening;
    pickerFor = entry;
    const recipients = adapter.readRecipients(entry.win);
    const ui = await mountPicker(ctx, {
      service: messagePickerService,
      log: messageLogService,
      recipients: recipients.addresses,
      names: recipients.names,
      position: pickerPosition(entry.button.getBoundingClientRect(), entry.win.root.getBoundingClientRect(), view.innerWidth, view.innerHeight),
      onClose: closePicker,
      onConfirm: (reply) => {
        picker?.remove();
        picker = null;
        pickerFor = null;
        void insert(entry, reply);
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
    logSignals(adapter.webmail, 'compose window', win.signals, win.body);
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
    // Gone with a re-rendered toolbar, or left in the header while Send had not rendered yet.
    placeButton(win, entry.button);
    logSignals(adapter.webmail, 'compose window', win.signals, win.body);
  };

  const watcher = watchComposeWindows(doc, adapter, added, removed, present);
  ctx.onInvalidated(() => {
    watcher.stop();
    keyGuard.stop();
    closePicker();
    closeNotice();
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
