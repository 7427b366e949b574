import { addDays, endOfMonth, type PlainDate } from '../plain-date.ts';

/** Payment terms as a rule: days after the invoice date, or after the end of the invoice month. */
export interface PaymentTerms {
  readonly days: number;
  /** 月结 / `EOM`: count from the last day of the invoice month. */
  readonly fromMonthEnd: boolean;
}

// Each pattern captures the net days (or none: due at once). Checked in order on lower-cased, NFKC text.
const PATTERNS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => PaymentTerms]> = [
  // 月结60天, 月結30天, 月结 60 日
  [/^月[结結]\s*(\d{1,3})\s*[天日]?$/, (m) => ({ days: Number(m[1]), fromMonthEnd: true })],
  // Net 30 EOM, EOM 30
  [/^(?:net\s*)?(\d{1,3})\s*(?:days?\s*)?eom$|^eom\s*\+?\s*(\d{1,3})(?:\s*days?)?$/, (m) => ({ days: Number(m[1] ?? m[2]), fromMonthEnd: true })],
  // Net 30, N30, net30 days, 2/10 Net 30, 2% 10 Net 30
  [/^(?:\d+(?:[.,]\d+)?\s*%?\s*\/?\s*\d{1,3}\s*,?\s*)?(?:net|n)\s*(\d{1,3})(?:\s*days?)?$/, (m) => ({ days: Number(m[1]), fromMonthEnd: false })],
  // 30 days, 30 days net, 30天, 30日, 账期30天, 30天账期, 开票后30天
  [/^(?:[^\d]{0,6}?)(\d{1,3})\s*(?:days?|天|日)(?:\s*(?:net|账期|帳期|内付款|內付款))?$/, (m) => ({ days: Number(m[1]), fromMonthEnd: false })],
  // 14 Tage netto, Netto 30 Tage, zahlbar innerhalb 14 Tagen (netto), 2 % Skonto 10 Tage, 30 Tage netto
  [/(\d{1,3})\s*tage?n?\s*(?:rein\s*)?netto|netto\s*(?:innerhalb\s*(?:von\s*)?)?(\d{1,3})\s*tage?n?/, (m) => ({ days: Number(m[1] ?? m[2]), fromMonthEnd: false })],
  [/^(?:zahlbar\s*)?(?:innerhalb|binnen|in)\s*(?:von\s*)?(\d{1,3})\s*tage?n?(?:\s*ohne\s*abzug)?$/, (m) => ({ days: Number(m[1]), fromMonthEnd: false })],
];

// Terms are a few words: a longer cell is not understood, so no pattern sees more than this.
const MAX_TERMS_CHARS = 80;

// Due at once: on receipt, cash on delivery, 货到付款, 款到发货, sofort.
const IMMEDIATE = /^(?:due\s*(?:up)?on\s*receipt|upon\s*receipt|on\s*receipt|receipt|immediate(?:ly)?|cod|c\.o\.d\.?|cash\s*on\s*delivery|cash|prepaid|prepayment|net\s*0|due\s*immediately|货到付款|貨到付款|款到发货|款到發貨|现结|現結|现款|現款|即付|预付|預付|(?:zahlbar\s*)?sofort(?:\s*(?:ohne\s*abzug|netto|rein\s*netto))?|zahlbar\s*sofort\s*ohne\s*abzug|bar|nachnahme|vorkasse)$/;

/**
 * Reads payment terms: `Net 30`, `2/10 Net 30` (the discount is ignored: the net days give
 * the due date), `Due on receipt`, `30天`, `月结60天` (the end of the invoice month, then 60
 * days), `货到付款`, `Zahlbar sofort`, `14 Tage netto`, `Net 30 EOM`. `undefined` when the
 * text is not understood.
 */
export function parseTerms(text: string): PaymentTerms | undefined {
  const t = text.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
  if (t === '' || t.length > MAX_TERMS_CHARS) return undefined;
  if (IMMEDIATE.test(t)) return { days: 0, fromMonthEnd: false };
  for (const [re, make] of PATTERNS) {
    const m = re.exec(t);
    if (m) return make(m);
  }
  return undefined;
}

/** The due date that terms give for an invoice date. */
export function dueDateFromTerms(terms: PaymentTerms, issueDate: PlainDate): PlainDate {
  const start = terms.fromMonthEnd ? endOfMonth(issueDate) : issueDate;
  return addDays(start, terms.days);
}
