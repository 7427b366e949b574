import { displayWidth, padToWidth } from '../display-width.ts';
import { escapeHtml } from './escape-html.ts';

/** A table cell: text and alignment (amounts and day counts align right). */
export interface TableCell {
  readonly text: string;
  readonly align?: 'left' | 'right';
}

/** A small table rendered both as aligned plain text and as an HTML table. */
export interface BlockTable {
  readonly head: readonly TableCell[];
  readonly rows: readonly (readonly TableCell[])[];
  readonly foot: readonly (readonly TableCell[])[];
}

/**
 * Aligned plain-text lines: columns padded to the widest cell by display width (a CJK character
 * takes two columns), two spaces between columns, a rule under the header and above the totals.
 */
export function tableToText(table: BlockTable): string {
  const all = [table.head, ...table.rows, ...table.foot];
  const columns = Math.max(...all.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...all.map((r) => displayWidth(r[c]?.text ?? ''))));
  const line = (row: readonly TableCell[]): string =>
    widths
      .map((w, c) => {
        const cell = row[c];
        const text = (cell?.text ?? '').replace(/\s+/g, ' ');
        return (cell?.align ?? table.head[c]?.align) === 'right' ? padToWidth(text, w, 'right') : padToWidth(text, w);
      })
      .join('  ')
      .trimEnd();
  const rule = '-'.repeat(widths.reduce((a, b) => a + b, 0) + 2 * (columns - 1));
  const lines = [line(table.head), rule, ...table.rows.map(line)];
  if (table.foot.length > 0) lines.push(rule, ...table.foot.map(line));
  return `${lines.join('\n')}\n`;
}

const CELL = 'padding:4px 8px;border-bottom:1px solid #ddd;';

/** The same table as HTML; every cell is escaped text. */
export function tableToHtml(table: BlockTable): string {
  const cell = (tag: 'th' | 'td', c: TableCell, fallback?: TableCell): string => {
    const align = c.align ?? fallback?.align ?? 'left';
    return `<${tag} style="${CELL}text-align:${align}">${escapeHtml(c.text)}</${tag}>`;
  };
  const row = (cells: readonly TableCell[], tag: 'th' | 'td'): string =>
    `<tr>${cells.map((c, i) => cell(tag, c, table.head[i])).join('')}</tr>`;
  const foot = table.foot.length > 0 ? `<tfoot>${table.foot.map((r) => row(r, 'th')).join('')}</tfoot>` : '';
  return `<table style="border-collapse:collapse;margin:8px 0">`
    + `<thead>${row(table.head, 'th')}</thead>`
    + `<tbody>${table.rows.map((r) => row(r, 'td')).join('')}</tbody>${foot}</table>`;
}
