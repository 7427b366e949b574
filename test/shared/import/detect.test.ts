import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from '../../../shared/import/detect-delimiter.ts';
import { detectEncoding } from '../../../shared/import/detect-encoding.ts';
import { detectFormat } from '../../../shared/import/detect-format.ts';
import { totalKind } from '../../../shared/import/row-kind.ts';

const gbk = (text: string): Uint8Array => execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text });
const latin1 = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('detectEncoding', () => {
  it.each([
    ['UTF-8 BOM', Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]), 'utf-8'],
    ['UTF-16LE BOM', Uint8Array.from([0xff, 0xfe, 0x41, 0x00]), 'utf-16le'],
    ['UTF-16BE BOM', Uint8Array.from([0xfe, 0xff, 0x00, 0x41]), 'utf-16be'],
    ['UTF-8 Chinese', new TextEncoder().encode('客户名称,金额\n北京,100\n'), 'utf-8'],
    ['GBK Chinese', gbk('客户名称,单据编号,价税合计\n北京华联商贸有限公司,AR001,"12,000.00"\n'), 'gbk'],
    ['Windows-1252 German', latin1('Belegnummer;Nettofälligkeit;Betrag\n1800001234;14.09.2026;1.190,00\nZürcher Präzision;Müller\n'), 'windows-1252'],
    ['BOM-less UTF-16LE', Uint8Array.from([...'Customer\tAmount\r\n'].flatMap((c) => [c.charCodeAt(0), 0])), 'utf-16le'],
  ])('%s', (_name, bytes, encoding) => {
    expect(detectEncoding(bytes, true).encoding).toBe(encoding);
  });

  it('an ASCII sample is UTF-8 for now, open to correction', () => {
    expect(detectEncoding(new TextEncoder().encode('a,b\n1,2\n'))).toMatchObject({ encoding: 'utf-8', tentative: true });
  });

  it('a UTF-8 character cut at the end of a sample is still UTF-8', () => {
    const bytes = new TextEncoder().encode('客户,金额\n北');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1)).encoding).toBe('utf-8');
  });
});

describe('detectDelimiter', () => {
  it.each([
    ['comma with quoted commas', 'Title line, with a comma\nCustomer,Invoice,Amount\n"Acme, Inc.",1,"1,234.56"\nBeta,2,5.00\n', ','],
    ['semicolon with decimal commas', 'Konto;Beleg;Betrag\n1;2;1.190,00\n3;4;250,00-\n', ';'],
    ['tab with commas in amounts', 'Customer\tInvoice\tAmount\nAcme\t1\t1,234.56\nBeta\t2\t5,000.00\n', '\t'],
    ['pipe', '|Customer|Invoice|Amount|\n|Acme|1|5.00|\n|Beta|2|6.00|\n', '|'],
  ])('%s', (_name, sample, delimiter) => {
    expect(detectDelimiter(sample)).toBe(delimiter);
  });
});

describe('detectFormat', () => {
  it.each([
    [['', 'Date', 'Transaction Type', 'Num', 'Customer', 'Due Date', 'Amount', 'Open Balance'], 'quickbooks'],
    [['*ContactName', '*InvoiceNumber', '*InvoiceDate', '*DueDate', 'Total'], 'xero'],
    [['id', 'Number', 'Customer Name', 'Customer Email', 'Amount Due', 'Amount Paid', 'Amount Remaining'], 'stripe'],
    [['Konto', 'Belegnummer', 'Nettofälligkeit', 'Betrag in Hauswährung'], 'sap'],
    [['Account', 'Document Number', 'Net due date', 'Amount in local currency'], 'sap'],
    [['St', 'Account', 'Assignment', 'DocumentNo', 'Typ', 'Doc. Date', 'Net due dt', 'Amt in doc.curr.', 'Curr.'], 'sap'],
    [['单据编号', '业务日期', '客户', '价税合计'], 'kingdee'],
    [['单据日期', '单据号', '客户编码', '客户名称', '原币金额', '原币余额'], 'yonyou'],
    [['Client', 'Invoice #', 'Amount'], 'generic'],
  ])('%j → %s', (headers, format) => {
    expect(detectFormat(headers)).toBe(format);
  });
});

describe('totalKind', () => {
  it.each([
    [['TOTAL', '', '5.00'], 'total'],
    [['Total', '5.00'], 'total'],
    [['Grand Total:', '5.00'], 'total'],
    [['Total for 1 - 30 days past due', '', '5.00'], 'subtotal'],
    [['', '', '(小计)上海明辉实业有限公司', '5.00'], 'subtotal'],
    [['合计', '', '5.00'], 'total'],
    [['總計', '5.00'], 'total'],
    [['小计', '5.00'], 'subtotal'],
    [['*', '10023', '24.740,00'], 'subtotal'],
    [['**', '', '31.023,80'], 'total'],
    [['Summe', '5,00'], 'total'],
    [['Zwischensumme Kunde 10023', '5,00'], 'subtotal'],
    [['Total Current', '', '362.07'], 'subtotal'],
    [['Total 31 - 60', '', '5.00'], 'subtotal'],
    [['Total > 90', '', '5.00'], 'subtotal'],
    [['Total Over 90 days', '', '5.00'], 'subtotal'],
    [['Total Solutions Ltd', 'INV-1', '5.00'], undefined],
    [['Total Current Accounts Ltd', 'INV-4', '5.00'], undefined],
    [['Total 360 Media', 'INV-5', '5.00'], undefined],
    [['Summit Partners', 'INV-2', '5.00'], undefined],
    [['*Important*', 'INV-3'], undefined],
  ])('%j → %s', (cells, kind) => {
    expect(totalKind(cells)).toBe(kind);
  });
});
