/**
 * Recognises total and subtotal lines in the cells of a row: `Total`, `TOTAL`, `Grand Total`,
 * `Total for 1 - 30 days past due` (QuickBooks Online, a subtotal), `Total Current` / `Total 31 - 60`
 * (QuickBooks Desktop, a subtotal), `Subtotal`, `Summe`,
 * `Zwischensumme`, `合计`, `总计`, `小计`, `(小计)客户名`, and SAP's `*` (subtotal) and `**`
 * (total) marker cells. `Total Solutions Ltd` is a customer, not a total.
 */
export function totalKind(cells: readonly string[]): 'total' | 'subtotal' | undefined {
  for (let k = 0; k < cells.length; k++) {
    const kind = totalCellKind(cells[k] as string);
    if (kind) return kind;
  }
  return undefined;
}

/** {@link totalKind} for one cell. */
export function totalCellKind(cell: string): 'total' | 'subtotal' | undefined {
  {
    if (cell.length === 0) return undefined;
    const c = cell.charCodeAt(0);
    const candidate = c === 0x2a || c === 0x20 || c === 0x28 || c === 0xff08 || c >= 0x3000
      || (c | 0x20) === 0x74 || (c | 0x20) === 0x73 || (c | 0x20) === 0x67 || (c | 0x20) === 0x7a || (c | 0x20) === 0x65
      // `Report Total` (QuickBooks' last line) starts with an r.
      || (c | 0x20) === 0x72;
    if (!candidate) return undefined;
    let t = cell.trim();
    if (t.length === 0 || t.length > MAX_TOTAL_CHARS) return undefined;
    // One blank between words: the patterns' optional blanks then never backtrack over a long run.
    if (DOUBLE_BLANK.test(t)) t = t.replace(BLANKS, ' ');
    if (STARS.test(t)) return t.length === 1 ? 'subtotal' : 'total';
    if (SUBTOTAL.test(t)) return 'subtotal';
    if (TOTAL.test(t)) return 'total';
  }
  return undefined;
}

// No total label is longer: a longer cell (a note) is not one, and no pattern sees more.
const MAX_TOTAL_CHARS = 120;
const DOUBLE_BLANK = /\s\s/;
const BLANKS = /\s+/g;
const STARS = /^\*{1,5}$/;
// `Total for …` is QuickBooks' subtotal of one aging bucket or one customer.
// `Total Current`, `Total 1 - 30`, `Total > 90`, `Total Over 90` are QuickBooks Desktop's aging-bucket subtotals.
const SUBTOTAL = /^(?:sub\s*-?\s*totals?\b.*|total\s+(?:for|of)\s+.+|total\s+(?:current|\d+\s*-\s*\d+|[>≥]\s*\d+|over\s+\d+|\d+\s*\+|\d+\s+(?:or|and)\s+(?:more|over))(?:\s+days?\b.*)?|zwischensumme\b.*|teilsumme\b.*|summe\s+(?:konto|kunde|debitor)\b.*)$|小[计計]/i;
const TOTAL = /^(?:grand\s+total|totals?|report\s+total|total\s+(?:ar|a\/r|receivables?|open|outstanding)|gesamtsumme|endsumme|gesamt|summe(?:\s+gesamt)?|saldo\s+gesamt)\s*:?\s*$|^(?:总计|總計|合计|合計|累计|累計|总合计|全部合计|本[期月年页頁]合[计計]|本年累[计計])/i;
