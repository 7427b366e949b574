import type { DateOrder, EncodingName, FieldName, ImportOptions } from '../../shared/import/types.ts';
import { isCurrencyCode } from '../../shared/currency.ts';

/** Options shared by every command that reads an export (`report`, `remind`). */
export const IMPORT_ARG_OPTIONS = {
  encoding: { type: 'string' },
  'date-order': { type: 'string' },
  map: { type: 'string', multiple: true },
  currency: { type: 'string' },
} as const;

const ENCODINGS: readonly string[] = ['auto', 'utf-8', 'utf-16le', 'utf-16be', 'gbk', 'gb18030', 'windows-1252'];
const DATE_ORDERS: readonly string[] = ['auto', 'ymd', 'dmy', 'mdy'];
const FIELDS: readonly string[] = [
  'customer', 'invoice', 'email', 'phone', 'currency', 'amount', 'paid', 'outstanding',
  'issueDate', 'dueDate', 'terms', 'contact', 'salesperson', 'penalty',
];

/** Turns `--encoding`, `--date-order`, `--map`, `--currency` into import options, or says what is wrong. */
export function importOptionsFromArgs(
  values: { encoding?: string; 'date-order'?: string; map?: string[]; currency?: string },
  file: string,
): { ok: true; value: ImportOptions } | { ok: false; message: string } {
  const encoding = values.encoding?.toLowerCase();
  if (encoding !== undefined && !ENCODINGS.includes(encoding)) {
    return { ok: false, message: `--encoding must be one of ${ENCODINGS.join(', ')}; got "${values.encoding}"` };
  }
  const dateOrder = values['date-order']?.toLowerCase();
  if (dateOrder !== undefined && !DATE_ORDERS.includes(dateOrder)) {
    return { ok: false, message: `--date-order must be one of ${DATE_ORDERS.join(', ')}; got "${values['date-order']}"` };
  }
  const currency = values.currency?.toUpperCase();
  if (currency !== undefined && !isCurrencyCode(currency)) {
    return { ok: false, message: `--currency takes an ISO code such as CNY, EUR or USD; got "${values.currency}"` };
  }
  const map: Partial<Record<FieldName, string>> = {};
  for (const m of values.map ?? []) {
    const eq = m.indexOf('=');
    const field = eq > 0 ? m.slice(0, eq).trim() : '';
    if (!FIELDS.includes(field)) {
      return { ok: false, message: `--map takes field=Header with field one of ${FIELDS.join(', ')}; got "${m}"` };
    }
    map[field as FieldName] = m.slice(eq + 1).trim();
  }
  return {
    ok: true,
    value: {
      file,
      ...(encoding ? { encoding: encoding as EncodingName | 'auto' } : {}),
      ...(dateOrder ? { dateOrder: dateOrder as DateOrder | 'auto' } : {}),
      ...(currency ? { currency } : {}),
      ...(Object.keys(map).length ? { map } : {}),
    },
  };
}
