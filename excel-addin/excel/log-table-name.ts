import type { PaneLanguage } from '../i18n/language.ts';

/** The Excel table that holds the collection log (DESIGN.md, "Collection log"): found by this name wherever it is. */
export const LOG_TABLE_NAME = 'DunningLog';

/** The sheet a new log is put on, in the workbook's language (made unique if taken). */
export const LOG_SHEET_NAMES: Readonly<Record<PaneLanguage, string>> = { 'zh-CN': '催收记录', en: 'Collection log' };
