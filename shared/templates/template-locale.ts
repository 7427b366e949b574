/** Message languages the library is written in. */
export type TemplateLang = 'zh-CN' | 'en';

/** Formatting locales: English dates differ between the UK (22 November 2026) and the US (November 22, 2026). */
export type TemplateLocale = 'zh-CN' | 'en-GB' | 'en-US';

/** The formatting locale for a language: an explicit locale wins, English defaults to en-GB. */
export function localeFor(lang: TemplateLang, locale?: TemplateLocale): TemplateLocale {
  if (locale !== undefined) return locale;
  return lang === 'zh-CN' ? 'zh-CN' : 'en-GB';
}

/** Whether a string names a supported language. */
export function isTemplateLang(text: string): text is TemplateLang {
  return text === 'zh-CN' || text === 'en';
}

/** Whether a string names a supported formatting locale. */
export function isTemplateLocale(text: string): text is TemplateLocale {
  return text === 'zh-CN' || text === 'en-GB' || text === 'en-US';
}
