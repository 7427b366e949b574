/// <reference types="office-js" />

/** Reads a value saved in the workbook (`Office.context.document.settings`); `null` when absent. */
export function readDocumentSetting(key: string): unknown {
  return Office.context.document.settings.get(key) as unknown;
}

/** Saves a value into the workbook so it travels with the file. */
export function writeDocumentSetting(key: string, value: unknown): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(key, value);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Failed) reject(result.error);
      else resolve();
    });
  });
}

/** Office's display language (`zh-CN`, `en-US`…). */
export function officeDisplayLanguage(): string {
  return Office.context.displayLanguage;
}
