import type { CurrencyCode } from '../../shared/currency.ts';
import { headerLanguage } from '../../shared/import/detect-format.ts';
import { mapHeaders } from '../../shared/import/header-synonyms.ts';

/** The currency taken for amounts that name none, and what it was decided from. */
export interface AssumedCurrency {
  readonly currency: CurrencyCode;
  /** A currency in a header (`金额(USD)`), or the headers' language. */
  readonly from: 'header' | 'zh' | 'de' | 'en';
}

/**
 * Decides the currency of amounts that name none the way the importer (and so `dunning report`)
 * does: a currency written in the amount headers (`Amount (EUR)`), else the headers' language:
 * CNY for Chinese, EUR for German, USD otherwise. A currency column, a symbol in the amount or
 * the amount's number format still wins row by row.
 */
export function assumedCurrency(headers: readonly string[]): AssumedCurrency {
  const hint = mapHeaders(headers).currencyHint;
  if (hint) return { currency: hint, from: 'header' };
  const language = headerLanguage(headers);
  return { currency: language === 'zh' ? 'CNY' : language === 'de' ? 'EUR' : 'USD', from: language };
}
