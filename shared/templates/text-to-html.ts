import { escapeHtml } from './escape-html.ts';

/**
 * Plain message text as HTML: blank lines separate paragraphs, single line breaks become `<br>`,
 * a paragraph whose lines all start with "- " becomes a list. Every character is escaped, so
 * nothing in the text (template or data) can become markup.
 */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '')
    .map((paragraph) => {
      const lines = paragraph.split('\n');
      const item = (l: string): boolean => /^\s*- /.test(l);
      const list = (items: readonly string[]): string => `<ul>${items.map((l) => `<li>${escapeHtml(l.replace(/^\s*- /, ''))}</li>`).join('')}</ul>`;
      if (lines.every(item)) return list(lines);
      // A lead-in line followed by a list ("Payment details:" / "- IBAN: …").
      const [first = '', ...rest] = lines;
      if (rest.length > 0 && !item(first) && rest.every(item)) return `<p>${escapeHtml(first)}</p>${list(rest)}`;
      return `<p>${lines.map(escapeHtml).join('<br>')}</p>`;
    })
    .join('\n');
}
