/// <reference types="office-js" />

/** Office's display language (`zh-CN`, `en-US`…): the language of Office's own menus. */
export function officeDisplayLanguage(): string {
  return Office.context.displayLanguage;
}
