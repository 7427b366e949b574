// The last line logged per compose body: a window re-found on every scan logs again only when
// a signal changed (Send re-rendered, found another way).
const lastLine = new WeakMap<object, string>();

/**
 * Logs, to the extension's console (the content script's own context, which the page cannot
 * silence or read), which signal found each field of a compose window, so a change on the live
 * site shows up as a different or missing signal.
 */
export function logSignals(webmail: string, what: string, signals: Readonly<Record<string, string>>, key?: object): void {
  const line = `[Dunning Desk] ${webmail} ${what}: ${Object.entries(signals).map(([field, how]) => `${field}: ${how}`).join('; ')}`;
  if (key !== undefined) {
    if (lastLine.get(key) === line) return;
    lastLine.set(key, line);
  }
  console.info(line);
}
