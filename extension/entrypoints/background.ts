import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isLogRequest } from '../log/log-protocol.ts';
import { getMessage } from '../platform/get-message.ts';
import { isPickerRequest } from '../picker/picker-protocol.ts';
import { today } from '../platform/today.ts';
import { forwardCommand } from '../service/forward-command.ts';
import { createLogBackend } from '../service/log-backend.ts';
import { createPickerBackend } from '../service/picker-backend.ts';
import { defineStoredItems } from '../storage/define-stored-items.ts';
import { createLogStore } from '../storage/log-store.ts';

export default defineBackground(() => {
  const items = defineStoredItems();
  // The background is the log's one writer: pickers, compose windows and the options page ask it.
  const log = createLogStore(items.log);
  const deps = {
    items,
    log,
    today: () => today(),
    // The language the extension's UI is shown in (the _locales folder the browser picked):
    // reminders default to it, so the picker and its preview speak the same language.
    uiLanguage: () => getMessage('htmlLang') || browser.i18n.getUILanguage(),
    message: (key: string, substitutions?: string[]) => getMessage(key, substitutions),
  };
  const backend = createPickerBackend(deps);
  const logBackend = createLogBackend(deps);

  // Pickers in content scripts and the popup ask here; the core runs only in this context.
  // sendResponse + `return true` rather than a returned promise: Chrome and Firefox both honour it.
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (answer: unknown) => void) => {
    const answer = isPickerRequest(message) ? backend.handle(message) : isLogRequest(message) ? logBackend.handle(message) : undefined;
    if (!answer) return undefined;
    answer.then(sendResponse, (error: unknown) => sendResponse({ ok: false, message: String(error) }));
    return true;
  });

  // The shortcut opens the picker in the focused compose window of the active tab.
  browser.commands.onCommand.addListener((command, tab) => {
    void forwardCommand(command, tab, (tabId, message) => browser.tabs.sendMessage(tabId, message));
  });
});
