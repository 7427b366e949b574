/** The two languages of the pane and of what the add-in writes into sheets. */
export type PaneLanguage = 'zh-CN' | 'en';

/** Office's display language (`zh-CN`, `zh-TW`, `en-US`, `de-DE`…) to a pane language: Chinese or else English. */
export function paneLanguageFor(displayLanguage: string | undefined): PaneLanguage {
  return displayLanguage?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
