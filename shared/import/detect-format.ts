import { normalizeHeader } from './header-synonyms.ts';

/** Export formats the importer recognises by their header rows. */
export type ExportFormat = 'quickbooks' | 'xero' | 'kingdee' | 'yonyou' | 'sap' | 'stripe' | 'generic';

/**
 * Names the system that wrote an export from its header cells (their public column layouts):
 * Xero (`ContactName` + `InvoiceNumber`), Stripe (`id` + `Amount Due`/`Amount Remaining` +
 * `Customer Email`), QuickBooks Online (`Num` + `Open Balance`), SAP FBL5N (`Belegnummer`,
 * `Nettofälligkeit`, `Hauswährung` / `Document Number` or `DocumentNo` + `Net due date` or `Net due dt`), 金蝶 (`单据编号` +
 * `价税合计`), 用友 U8 (`客户编码` + `客户名称` + `余额`/`原币`). Otherwise `generic`.
 */
export function detectFormat(headers: readonly string[]): ExportFormat {
  const keys = new Set(headers.map((h) => normalizeHeader(h).key));
  const has = (k: string): boolean => keys.has(k);
  const some = (pred: (k: string) => boolean): boolean => [...keys].some(pred);
  if (has('contactname') && has('invoicenumber')) return 'xero';
  if (has('id') && (has('amountdue') || has('amountremaining')) && (has('customeremail') || has('customername'))) return 'stripe';
  if (has('num') && has('openbalance')) return 'quickbooks';
  if (has('belegnummer') || has('nettofälligkeit') || has('hauswährung') || has('belegwährung') || has('zuordnung')
    || ((has('netduedate') || has('netduedt')) && (has('documentnumber') || has('documentno') || has('assignment')))) return 'sap';
  if (has('单据编号') && some((k) => k.includes('价税合计'))) return 'kingdee';
  if (has('客户编码') && some((k) => k.includes('余额') || k.includes('原币'))) return 'yonyou';
  return 'generic';
}

/** Whether the header carries per-line columns (quantity, unit price, line amount): one row per invoice line. */
export function isLineItemHeader(headers: readonly string[]): boolean {
  return headers.some((h) => LINE_COLUMNS.has(normalizeHeader(h).key));
}

const LINE_COLUMNS = new Set([
  'quantity', 'qty', 'unitamount', 'unitprice', 'lineamount', 'inventoryitemcode', 'itemcode', 'menge', 'einzelpreis',
  '数量', '单价', '數量', '單價',
]);

/** The language of a header row, for defaults (currency, decimal mark): `zh`, `de` or `en`. */
export function headerLanguage(headers: readonly string[]): 'zh' | 'de' | 'en' {
  const text = headers.join(' ');
  if (/[\u4e00-\u9fff]/.test(text)) return 'zh';
  if (/beleg|betrag|fälligkeit|faelligkeit|währung|waehrung|kunde|rechnung|datum|zahlungs|konto/i.test(text)) return 'de';
  return 'en';
}
