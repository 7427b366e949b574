import type { TemplateLocale } from './template-locale.ts';

/** Joins items as a reader expects: `A, B and C` (English), `A、B及C` (Chinese). */
export function joinList(items: readonly string[], locale: TemplateLocale): string {
  if (items.length <= 1) return items[0] ?? '';
  const head = items.slice(0, -1);
  const last = items[items.length - 1] ?? '';
  return locale === 'zh-CN' ? `${head.join('、')}及${last}` : `${head.join(', ')} and ${last}`;
}
