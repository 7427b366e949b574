import { describe, expect, it } from 'vitest';
import { mapHeaders } from '../../../shared/import/header-synonyms.ts';
import type { FieldName } from '../../../shared/import/types.ts';

function fieldsOf(headers: string[], overrides?: Partial<Record<FieldName, string>>): Record<string, string> {
  const { mapping } = mapHeaders(headers, overrides);
  return Object.fromEntries(Object.entries(mapping).map(([f, i]) => [f, headers[i as number] as string]));
}

describe('mapHeaders maps header cells to fields', () => {
  it.each([
    ['客户名称', 'customer'], ['往来单位', 'customer'], ['单位名称', 'customer'], ['客戶名稱', 'customer'],
    ['Customer', 'customer'], ['Client', 'customer'], ['Kunde', 'customer'], ['*ContactName', 'customer'],
    ['单据编号', 'invoice'], ['发票号码', 'invoice'], ['Invoice #', 'invoice'], ['Num', 'invoice'], ['Belegnummer', 'invoice'],
    ['价税合计', 'amount'], ['原币金额', 'amount'], ['Amount', 'amount'], ['Total', 'amount'], ['Betrag', 'amount'],
    ['已核销', 'paid'], ['已结算', 'paid'], ['已收', 'paid'], ['Amount Paid', 'paid'],
    ['未核销', 'outstanding'], ['余额', 'outstanding'], ['Open Balance', 'outstanding'], ['Amount Due', 'outstanding'], ['Balance Due', 'outstanding'],
    ['到期日', 'dueDate'], ['应收日期', 'dueDate'], ['Due Date', 'dueDate'], ['Nettofälligkeit', 'dueDate'], ['Fälligkeit', 'dueDate'], ['Due Date (UTC)', 'dueDate'],
    ['业务日期', 'issueDate'], ['Invoice Date', 'issueDate'], ['Belegdatum', 'issueDate'],
    ['币别', 'currency'], ['Währung', 'currency'], ['Currency', 'currency'],
    ['Terms', 'terms'], ['收款条件', 'terms'], ['Zahlungsbedingung', 'terms'],
    ['Email', 'email'], ['电话', 'phone'], ['联系人', 'contact'], ['业务员', 'salesperson'],
    ['未核销金额(原币)', 'outstanding'], ['ＣＵＳＴＯＭＥＲ', 'customer'],
  ])('%s → %s', (header, field) => {
    expect(fieldsOf(['Something else', header])).toEqual({ [field]: header });
  });

  it('prefers the original-currency column where both exist', () => {
    expect(fieldsOf(['Num', 'Customer', 'Due Date', 'Currency', 'Amount', 'Open Balance', 'Foreign Amount', 'Foreign Open Balance']))
      .toMatchObject({ amount: 'Foreign Amount', outstanding: 'Foreign Open Balance', currency: 'Currency' });
    expect(fieldsOf(['本币金额', '原币金额', '本币余额', '原币余额'])).toMatchObject({ amount: '原币金额', outstanding: '原币余额' });
    expect(fieldsOf(['Betrag in Hauswährung', 'Hauswährung', 'Betrag in Belegwährung', 'Belegwährung']))
      .toEqual({ amount: 'Betrag in Belegwährung', currency: 'Belegwährung' });
    expect(fieldsOf(['价税合计本位币', '价税合计'])).toEqual({ amount: '价税合计' });
  });

  it('prefers a name over a code for the customer and an invoice number over an id', () => {
    expect(fieldsOf(['id', 'Number', 'Customer', 'Customer Name'])).toEqual({ invoice: 'Number', customer: 'Customer Name' });
    expect(fieldsOf(['客户编码', '客户名称'])).toEqual({ customer: '客户名称' });
  });

  it('overrides win and unknown override headers are reported', () => {
    const m = mapHeaders(['Kundennr', 'Rg-Nr', 'Offen'], { customer: 'Kundennr', invoice: 'rg-nr', dueDate: 'Zahlziel' });
    expect(m.mapping).toEqual({ customer: 0, invoice: 1, outstanding: 2 });
    expect(m.missing).toEqual(['dueDate=Zahlziel']);
  });

  it('notes a currency named in a header and line-level amounts', () => {
    expect(mapHeaders(['Customer', 'Invoice', 'Amount (EUR)']).currencyHint).toBe('EUR');
    expect(mapHeaders(['Customer', 'Invoice', 'LineAmount']).lineLevel.has('amount')).toBe(true);
  });

  it('scores a title line low and a header line high', () => {
    expect(mapHeaders(['A/R Aging Detail']).score).toBe(0);
    expect(mapHeaders(['', 'Date', 'Transaction Type', 'Num', 'Customer', 'Due Date', 'Amount', 'Open Balance']).score).toBe(6);
  });
});
