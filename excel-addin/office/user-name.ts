/** Where the pane keeps the user's name: this browser profile's storage, never the shared workbook. */
const KEY = 'dunningDesk.userName';

/**
 * The name the user records log rows under (the log's `by`). A workbook on OneDrive or
 * SharePoint is edited by several people, so the name is kept per user (the pane's local
 * storage), not in the workbook's settings, which everyone shares. Empty when none was given
 * or storage is refused (a locked-down webview): the user types it once more.
 */
export function readUserName(storage: Pick<Storage, 'getItem'> | undefined = safeStorage()): string {
  try {
    return storage?.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

/** Keeps the name for the next time the pane opens; false when storage is refused. */
export function writeUserName(name: string, storage: Pick<Storage, 'setItem'> | undefined = safeStorage()): boolean {
  try {
    storage?.setItem(KEY, name.trim());
    return storage !== undefined;
  } catch {
    return false;
  }
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
