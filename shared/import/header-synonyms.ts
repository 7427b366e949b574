import { isFieldName } from './field-names.ts';
import type { FieldName } from './types.ts';

/**
 * Column headers → fields, in English, Chinese (简/繁) and German, as the accounting systems
 * write them (QuickBooks, Xero, Stripe, SAP FBL5N, 金蝶, 用友, hand-kept sheets).
 * Shared by the CSV importer and the Excel add-in (which maps sheet columns with it).
 *
 * Headers are compared after {@link normalizeHeader}: NFKC (full-width → ASCII), lower case,
 * a bracketed suffix such as `(UTC)` or `(USD)` removed, then everything that is not a letter
 * or digit removed: `*Due Date (UTC)` → `duedate`.
 */

/** One synonym: the normalized header, its field and how strongly it claims the field. */
interface Synonym {
  readonly field: FieldName;
  /** Higher wins when several columns claim one field (e.g. original currency over local currency). */
  readonly priority: number;
  /** The column holds one invoice line's amount (Xero `LineAmount`): line items are summed. */
  readonly lineLevel?: boolean;
}

// Priorities: 5 = the field's own name, 3 = common synonym, 1 = weak (used only when nothing better).
const EXACT: ReadonlyArray<readonly [FieldName, number, readonly string[]]> = [
  ['customer', 6, ['customer name', 'customername', 'client name', 'contactname', 'contact name', 'account name', 'debtor name',
    'kundenname', 'name 1', 'name1', 'debitorname', 'kunde name', 'customer full name', 'customer job', 'customerjob', 'company name', '客户简称', '客戶簡稱',
    '客户名称', '客戶名稱', '往来单位', '往來單位', '往来单位名称', '单位名称', '單位名稱', '购货单位', '購貨單位', '客户全称']],
  ['customer', 4, ['customer', 'client', 'debtor', 'company', 'bill to', 'billed to', 'sold to', 'kunde', 'debitor', 'firma',
    '客户', '客戶', '单位', '购买方', '购方名称']],
  ['customer', 1, ['name', 'account', 'konto', 'customer id', 'customer number', 'kundennummer', 'kundennr', 'kunden nr', '客户编码', '客戶編碼']],
  ['invoice', 6, ['invoice number', 'invoicenumber', 'invoice no', 'invoice #', 'invoice num', 'invoice id', 'inv no', 'inv #',
    'rechnungsnummer', 'rechnungsnr', 'rechnung nr', 'renr', 're nr', 'rgnr', 'rg nr', 'bill no', 'bill number', 'invoice ref', 'ref no', 'transaction no', 'belegnummer', 'belegnr', 'beleg nr', 'document number', 'document no', 'doc no', 'documentno',
    '发票号', '发票号码', '发票编号', '發票號碼', '發票號', '单据编号', '單據編號', '单据号', '單據號', '单号', '發票編號']],
  ['invoice', 4, ['invoice', 'num', 'no', 'number', 'ref', 'reference no', 'rechnung', 'beleg', 'document', 'referenz',
    '编号', '單號', '凭证号']],
  ['invoice', 1, ['id', 'transaction id', 'reference']],
  ['email', 5, ['email', 'e mail', 'emailaddress', 'email address', 'customer email', 'contact email', 'billing email',
    'e mail adresse', 'emailadresse', '邮箱', '电子邮件', '电子邮箱', '電子郵件', '郵箱', '邮件']],
  ['phone', 5, ['phone', 'telephone', 'tel', 'phone number', 'mobile', 'customer phone', 'telefon', 'telefonnummer', 'handy',
    '电话', '联系电话', '電話', '聯絡電話', '手机', '手機']],
  ['currency', 6, ['document currency', 'doc currency', 'doc curr', 'transaction currency', 'belegwährung', 'belegwaehrung', 'belegwähr', 'bwähr', '原币', '原币币种', '原币币别']],
  ['currency', 5, ['currency', 'curr', 'currency code', 'ccy', 'waehrung', 'währung', 'wahrung', '币别', '币种', '幣別', '幣種', '货币', '貨幣']],
  ['currency', 2, ['local currency', 'hauswährung', 'hauswaehrung', 'hw', 'lcurr', 'loc curr', 'hauswährg', 'hwähr', '本位币', '本币']],
  ['amount', 6, ['amount in doc curr', 'amount in document currency', 'betrag in belegwährung', 'betrag in bw', 'betrag bw', 'amount in dc', 'amt in doc curr', 'betr in bw',
    '原币金额', '原币价税合计', '价税合计原币', '原幣金額', '原币发票金额', '原币应收金额']],
  ['amount', 5, ['foreign amount', 'amount', 'total', 'invoice amount', 'invoice total', 'original amount', 'gross amount', 'total amount', 'invoice value', 'amount invoiced', 'gross',
    'betrag', 'rechnungsbetrag', 'bruttobetrag', 'brutto', 'betrag brutto', 'rechnungssumme', 'forderung', 'gesamtbetrag', 'summe brutto',
    '价税合计', '價稅合計', '发票金额', '發票金額', '应收金额', '應收金額', '應收帳款', '应收账款', '含税金额', '金额', '金額', '开票金额', '开票总额', '应收款']],
  ['amount', 2, ['借方', 'debit', 'soll', 'amount in local currency', 'amt in loc cur', 'amt in loc curr', 'betr in hw', 'betrag hauswährung', 'amount in lc', 'betrag in hauswährung', 'betrag in hw', 'betrag hw',
    '本币金额', '价税合计本位币', '本位币金额', '本幣金額']],
  ['paid', 6, ['amount paid', 'invoiceamountpaid', 'paid amount', 'payments', 'payment received', 'received',
    '已核销金额', '已结算金额', '已收金额', '已收款', '原币已收', '已收原币', '收款金额', '已收款金额', '已回款', '回款金额', '已收']],
  ['paid', 4, ['paid', 'payment', 'bezahlt', 'gezahlt', 'zahlungseingang', '已核销', '已结算', '已付', '已收款項']],
  ['paid', 2, ['贷方', '貸方', 'credit', 'haben']],
  ['outstanding', 6, ['foreign open balance', 'foreign balance', 'open balance', 'amount remaining', 'invoiceamountdue', 'balance due', 'outstanding', 'outstanding amount', 'open amount', 'amount open', 'outstanding balance', 'balance outstanding', 'remaining balance', 'remaining amount', 'unpaid', 'unpaid amount',
    'offener betrag', 'offen', 'restbetrag', 'offene summe',
    '未核销金额', '未结算金额', '原币余额', '余额原币', '未收金额', '未收款', '應收餘額', '未核銷金額']],
  ['outstanding', 4, ['balance', 'amount due', 'total due', 'due amount', 'open', 'remaining', 'saldo', '未核销', '未结算', '余额', '餘額', '未收', '应收余额']],
  ['issueDate', 6, ['invoice date', 'invoicedate', 'document date', 'doc date', 'belegdatum', 'rechnungsdatum', 'belegdat', 'doc dt', 'inv date', 'invoice dt', 'bill date', 'billing date', 'date issued', 'issued on', 'issue date',
    '发票日期', '开票日期', '單據日期', '单据日期', '业务日期', '業務日期', '發票日期', '開票日期']],
  ['issueDate', 4, ['date', 'issue date', 'issued', 'created', 'datum', 'posting date', 'buchungsdatum', 'transaction date', '日期', 'pstng date', 'buchungsdat']],
  ['dueDate', 6, ['due date', 'duedate', 'net due date', 'payment due', 'due', 'net due dt', 'fälligkeit netto', 'nettofälligkeitsdatum', 'netto fällig', 'fällig netto', 'due by', 'date due', 'payment due date', '约定收款日', '約定收款日', 'nettofälligkeit', 'nettofaelligkeit', 'fälligkeit',
    'faelligkeit', 'fällig', 'faellig', 'fällig am', 'fälligkeitsdatum', 'zahlbar bis', '到期日', '到期日期', '应收日期', '應收日期', '付款到期日', '收款到期日', '到期']],
  ['terms', 5, ['terms', 'payment terms', 'terms of payment', 'credit terms', 'zahlungsbedingung', 'zahlungsbedingungen', 'zahlungsziel', 'zahlungsbed', 'pmnt terms', 'payt terms',
    '收款条件', '付款条件', '账期', '帳期', '信用期', '信用天数', '信用天數', '付款條件', '收款條件', '结算方式']],
  ['contact', 5, ['contact', 'contact person', 'attention', 'attn', 'ansprechpartner', '联系人', '聯絡人', '聯繫人']],
  ['salesperson', 5, ['salesperson', 'sales person', 'sales rep', 'rep', 'account manager', 'vertriebsmitarbeiter', 'verkäufer', 'vertreter',
    '业务员', '销售员', '業務員', '銷售員', '销售人员', '经办人']],
  // The contract's late-payment penalty as a rate (issue 11): read by parsePenaltyText.
  ['penalty', 5, ['违约金', '逾期利率', '违约金比例', '违约金标准', '违约金约定', '逾期违约金', '逾期付款违约金', '违约金率', '滞纳金', '滞纳金比例', '逾期罚息', '罚息利率',
    '違約金', '逾期利率', 'late fee', 'late fees', 'late charge', 'penalty rate', 'penalty', 'late payment interest', 'late interest', 'interest on late payment',
    'default interest', 'verzugszins', 'verzugszinsen', 'verzugszinssatz']],
];

// Header words that mark a line-level amount in line-item exports (Xero): such amounts are summed per invoice.
const LINE_LEVEL: ReadonlyArray<readonly [FieldName, number, readonly string[]]> = [
  ['amount', 1, ['lineamount', 'line amount', 'line total']],
];

// Chinese headers are often decorated (`未核销金额(原币)`, `价税合计本位币`): fall back to a
// contained keyword. Checked in order; the first hit wins.
const CONTAINS: ReadonlyArray<readonly [string, FieldName, number]> = [
  ['借方', 'amount', 3], ['贷方', 'paid', 3], ['本期应收', 'amount', 5], ['本期收回', 'paid', 5], ['本期收款', 'paid', 5], ['本期回款', 'paid', 5],
  ['未核销', 'outstanding', 5], ['未结算', 'outstanding', 5], ['未收', 'outstanding', 4], ['余额', 'outstanding', 3], ['餘額', 'outstanding', 3], ['未核銷', 'outstanding', 5],
  ['已核销', 'paid', 5], ['已结算', 'paid', 5], ['已收', 'paid', 4], ['已核銷', 'paid', 5],
  ['价税合计', 'amount', 5], ['原币金额', 'amount', 5], ['本币金额', 'amount', 2], ['发票金额', 'amount', 4],
  ['到期', 'dueDate', 5], ['客户名称', 'customer', 6], ['发票号', 'invoice', 6], ['单据编号', 'invoice', 5],
  ['duedate', 'dueDate', 4], ['invoicenumber', 'invoice', 4], ['customername', 'customer', 5],
];

const NOT_WORD = /[^\p{L}\p{N}]+/gu;
// No header is this long; a longer cell (a note, a pasted paragraph) is not looked up at all.
const MAX_HEADER_CHARS = 200;

const TABLE: ReadonlyMap<string, Synonym> = buildTable();
// A quantity is never money, whatever group it sits under (`本期应收数量`).
const QUANTITY = /数量|數量|quantity|qty|menge/;

function buildTable(): Map<string, Synonym> {
  const table = new Map<string, Synonym>();
  for (const [field, priority, names] of EXACT) {
    for (const name of names) {
      const key = normalizeHeader(name).key;
      if (!table.has(key)) table.set(key, { field, priority });
    }
  }
  for (const [field, priority, names] of LINE_LEVEL) {
    for (const name of names) table.set(normalizeHeader(name).key, { field, priority, lineLevel: true });
  }
  return table;
}


/**
 * Where a bracketed suffix starts (`Amount (EUR)` → the index of `(`), or -1: the text ends in
 * `)`, `]` or `}` (blanks after it allowed) and the last opening bracket before it has no
 * closing bracket between. A scan from the end: linear on any text (a regex searching for the
 * opening bracket from every position was quadratic on `((((…`).
 */
function bracketAt(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
  const close = text.charCodeAt(end - 1);
  if (close !== 0x29 && close !== 0x5d && close !== 0x7d) return -1;
  for (let k = end - 2; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x29 || c === 0x5d || c === 0x7d) return -1;
    if (c === 0x28 || c === 0x5b || c === 0x7b) return k;
  }
  return -1;
}

/** A header reduced for comparison, plus what a bracketed suffix said (`Amount (EUR)` → `EUR`). */
export interface NormalizedHeader {
  readonly key: string;
  readonly bracket?: string;
}

/** Reduces a header to its comparison key: `*Due Date (UTC)` → `duedate`, `Amount (EUR)` → `amount` + bracket `EUR`. */
export function normalizeHeader(header: string): NormalizedHeader {
  let text = header.normalize('NFKC').toLowerCase().trim();
  if (text.length > MAX_HEADER_CHARS) return { key: '' };
  let bracket: string | undefined;
  const at = bracketAt(text);
  if (at > 0) {
    bracket = text.slice(at + 1, text.trimEnd().length - 1).trim();
    text = text.slice(0, at);
  }
  const key = text.replace(NOT_WORD, '');
  if (key === '' && bracket) return { key: bracket.replace(NOT_WORD, '') };
  return bracket === undefined ? { key } : { key, bracket };
}

// Markers of original (document) currency vs local (book) currency in a header:
// where a file has both, the original-currency column is the one the customer owes.
// QuickBooks Online with multicurrency adds `Foreign Amount` / `Foreign Open Balance` beside the home-currency columns.
const ORIGINAL_MARK = /原币|原幣|belegw|doccurr|documentcurrency|transactioncurrency|^foreign/;
const LOCAL_MARK = /本币|本位币|本幣|本位幣|hausw|localcurrency|inlc$|inhw$|^hw$/;

/** How one header maps: the field, its strength and whether it is a line-level amount. */
export interface HeaderMatch extends Synonym {
  /** Currency named in the header (`Amount (EUR)`, `金额(元)`), upper case ISO. */
  readonly currencyHint?: string;
}

/** Looks one header up in the synonym table (exact synonyms first, then Chinese keywords). */
export function matchHeader(header: string): HeaderMatch | undefined {
  const { key, bracket } = normalizeHeader(header);
  if (key === '' || QUANTITY.test(key)) return undefined;
  let found: Synonym | undefined = TABLE.get(key);
  if (!found) {
    for (const [word, field, priority] of CONTAINS) {
      if (key.includes(word)) {
        found = { field, priority };
        break;
      }
    }
  }
  if (!found) return undefined;
  let priority = found.priority;
  const marks = key + (bracket ?? '');
  if (found.field === 'amount' || found.field === 'paid' || found.field === 'outstanding' || found.field === 'currency') {
    if (ORIGINAL_MARK.test(marks)) priority += 1;
    else if (LOCAL_MARK.test(marks)) priority = Math.min(priority, 2);
  }
  const hint = bracket === undefined ? undefined : currencyHint(bracket);
  return { ...found, priority, ...(hint ? { currencyHint: hint } : {}) };
}

function currencyHint(bracket: string): string | undefined {
  const b = bracket.trim();
  if (/^[a-z]{3}$/.test(b) && b !== 'utc' && b !== 'gmt' && b !== 'net') return b.toUpperCase();
  if (b === '元' || b === '人民币' || b === 'rmb') return 'CNY';
  if (b === '€') return 'EUR';
  if (b === '$' || b === 'us$') return 'USD';
  if (b === '£') return 'GBP';
  return undefined;
}

/** The result of mapping a header row. */
export interface HeaderMapping {
  /** Column index per field. */
  readonly mapping: Partial<Record<FieldName, number>>;
  /** Number of distinct fields found (how header-like the row is). */
  readonly score: number;
  /** Fields whose column holds a per-line amount (summed over an invoice's lines). */
  readonly lineLevel: ReadonlySet<FieldName>;
  /** Currency named by a mapped header (`Amount (EUR)`), if any. */
  readonly currencyHint?: string;
  /** Override headers (`overrides`) that no column carries. */
  readonly missing: readonly string[];
}

/**
 * Maps a row of header cells to fields. `overrides` (field → header text, compared after
 * normalization, or a 1-based column number) win over the synonym table. Where several
 * columns claim one field the strongest wins (e.g. `原币金额` over `本币金额`, `Customer Name`
 * over `Customer`), ties go to the leftmost. A column maps to at most one field.
 */
export function mapHeaders(headers: readonly string[], overrides?: Readonly<Partial<Record<FieldName, string>>>): HeaderMapping {
  const mapping: Partial<Record<FieldName, number>> = {};
  const taken = new Set<number>();
  const missing: string[] = [];
  const keys = headers.map((h) => normalizeHeader(h).key);
  if (overrides) {
    for (const [field, header] of Object.entries(overrides) as [string, unknown][]) {
      if (typeof header !== 'string') continue;
      // Settings and arguments are user strings: only real field names count (`__proto__` does not).
      if (!isFieldName(field)) {
        missing.push(`${field}=${header}`);
        continue;
      }
      const want = normalizeHeader(header).key;
      let index = keys.findIndex((k, i) => k === want && !taken.has(i));
      if (index < 0 && /^\d+$/.test(header.trim())) {
        const n = Number(header.trim()) - 1;
        if (n >= 0 && n < headers.length) index = n;
      }
      if (index < 0 || want === '') {
        missing.push(`${field}=${header}`);
        continue;
      }
      mapping[field] = index;
      taken.add(index);
    }
  }
  const best = new Map<FieldName, { index: number; match: HeaderMatch }>();
  headers.forEach((header, index) => {
    if (taken.has(index)) return;
    const match = matchHeader(header);
    if (!match || mapping[match.field] !== undefined) return;
    const current = best.get(match.field);
    if (!current || match.priority > current.match.priority) best.set(match.field, { index, match });
  });
  const lineLevel = new Set<FieldName>();
  let hint: string | undefined;
  for (const [field, { index, match }] of best) {
    mapping[field] = index;
    if (match.lineLevel) lineLevel.add(field);
    if (match.currencyHint && hint === undefined) hint = match.currencyHint;
  }
  const score = Object.keys(mapping).length;
  return { mapping, score, lineLevel, missing, ...(hint ? { currencyHint: hint } : {}) };
}
