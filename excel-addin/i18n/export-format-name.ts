import type { PaneLanguage } from './language.ts';

/** The systems the importer recognises an export of (`source.format`), as people call them. */
const NAMES: Readonly<Record<string, Readonly<Record<PaneLanguage, string>>>> = {
  quickbooks: { en: 'QuickBooks', 'zh-CN': 'QuickBooks' },
  xero: { en: 'Xero', 'zh-CN': 'Xero' },
  kingdee: { en: 'Kingdee', 'zh-CN': '金蝶' },
  yonyou: { en: 'Yonyou U8', 'zh-CN': '用友 U8' },
  sap: { en: 'SAP', 'zh-CN': 'SAP' },
  stripe: { en: 'Stripe', 'zh-CN': 'Stripe' },
  generic: { en: 'spreadsheet export', 'zh-CN': '通用表格' },
};

/** The name of an export's format in the pane's language (own names only; a format added later shows as it is). */
export function exportFormatName(format: string, lang: PaneLanguage): string {
  return Object.hasOwn(NAMES, format) ? (NAMES[format] as Readonly<Record<PaneLanguage, string>>)[lang] : format;
}
