import { normalizeHeader } from './header-synonyms.ts';

/**
 * Whether a header names the invoice's status column: Stripe and Xero `Status`, 金蝶
 * `单据状态` / `作废状态`, German `Belegstatus`. SAP's `St` (an icon column) is not one.
 */
export function isStatusHeader(header: string): boolean {
  return STATUS_HEADERS.has(normalizeHeader(header).key);
}

/**
 * What a status cell says about a row that has an invoice number: `void` when the invoice was
 * cancelled (Stripe `void`, Xero `VOIDED`/`DELETED`, 作废), `draft` when it was never issued to
 * the customer (Stripe `draft`, Xero `DRAFT`, and `SUBMITTED` = awaiting approval when `format` is
 * `xero`, 金蝶 暂存/创建),
 * else undefined: the row is a receivable. Such invoices are owed by nobody, so a reminder
 * about them would be wrong; the importer skips them with this kind.
 */
export function statusSkipKind(header: string, cell: string, format?: string): 'void' | 'draft' | undefined {
  const value = cell.trim().toLowerCase();
  if (value === '') return undefined;
  // A 作废状态 (voided?) column says 是/否 or 已作废/未作废.
  if (VOID_FLAG_HEADERS.has(normalizeHeader(header).key)) return value === '是' || value === '已作废' || value === '作废' ? 'void' : undefined;
  if (VOID.has(value)) return 'void';
  if (DRAFT.has(value)) return 'draft';
  // Xero's SUBMITTED is "awaiting approval"; in a hand-kept sheet "Submitted" may mean sent to the customer.
  if (format === 'xero' && value === 'submitted') return 'draft';
  return undefined;
}

const VOID_FLAG_HEADERS = new Set(['作废状态', '作廢狀態'].map((h) => normalizeHeader(h).key));
const STATUS_HEADERS = new Set(
  ['status', 'invoice status', 'document status', 'belegstatus', 'rechnungsstatus', '单据状态', '單據狀態', '发票状态', '發票狀態', '状态', '狀態']
    .map((h) => normalizeHeader(h).key)
    .concat([...VOID_FLAG_HEADERS]),
);
const VOID = new Set(['void', 'voided', 'deleted', 'cancelled', 'canceled', 'storniert', '作废', '已作废', '作廢', '已作廢']);
const DRAFT = new Set(['draft', 'entwurf', '草稿', '暂存', '暫存', '创建', '創建']);
