import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // The shortcut opens the picker in the focused compose window of the active tab.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'open-picker' || tab?.id === undefined) return;
    void browser.tabs.sendMessage(tab.id, { type: 'open-picker' }).catch(() => undefined);
  });
});
