/// <reference types="office-js" />

/** Reads a value saved in the workbook (`Office.context.document.settings`); `null` when absent. */
export function readDocumentSetting(key: string): unknown {
  return Office.context.document.settings.get(key) as unknown;
}

/**
 * Saves a value into the workbook so it travels with the file. A failed save (read-only file,
 * a co-author's conflicting save) resolves to `{ ok: false }` with Office's error name and
 * message: Office.Error carries a numeric code, not one of the Excel API's error codes.
 */
export function writeDocumentSetting(key: string, value: unknown): Promise<{ ok: true } | { ok: false; detail: string }> {
  const settings = Office.context.document.settings;
  settings.set(key, value);
  return new Promise((resolve) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        resolve({ ok: false, detail: `${result.error.code} ${result.error.name}: ${result.error.message}` });
      } else resolve({ ok: true });
    });
  });
}
