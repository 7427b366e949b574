import { describe, expect, it } from 'vitest';
import { rejectedReasonText, rejectedRowText } from '../../../excel-addin/i18n/rejected-text.ts';
import { importReceivables } from '../../../shared/import/index.ts';

/** An export with one fault per line, of the kinds the importer rejects (as bookkeepers make them). */
const FAULTY = [
  'Customer,Invoice,Currency,Amount,Due Date',
  'Acme Ltd,INV-1,USD,abc,2026-10-01',
  'Acme Ltd,INV-2,USD,100,31/02/2026',
  'Acme Ltd,INV-3,USD,100,soon',
  'Acme Ltd,,USD,100,2026-10-01',
  ',INV-5,USD,100,2026-10-01',
  'Acme Ltd,INV-6,USD,,2026-10-01',
  'Acme Ltd,INV-7,USD,100,',
  'Acme Ltd,INV-9,USD,(-5.00),2026-10-01',
  'Acme Ltd,INV-10,USD,1.234,2026-10-01',
  'Acme Ltd,INV-11,USD,100,1800-01-01',
  'Acme Ltd,INV-12,dollars?,100,2026-10-01',
  'Acme Ltd,INV-13,USD,€100,2026-10-01',
  'Acme Ltd,INV-14,USD,100,10/08/2026',
].join('\n');

describe('why a row was not taken, in the pane\'s words', () => {
  const rejected = importReceivables(new TextEncoder().encode(FAULTY)).rejected;

  it('finds the faults of the export (the importer still rejects each line)', () => {
    expect(rejected.length).toBeGreaterThanOrEqual(10);
  });

  it.each(['en', 'zh-CN'] as const)('words every reason the importer gives for the pane in %s: no CLI flag, no field name', (lang) => {
    for (const r of rejected) {
      const text = rejectedRowText(r, lang);
      expect(text, r.reason).not.toMatch(/--[a-z]|\b(?:dueDate|issueDate|outstanding|paid)\b/);
      if (lang === 'zh-CN') {
        // Never the generic "cannot be read" for a reason the core gives: each has its own words.
        expect(rejectedReasonText(r, lang), r.reason).not.toBe(`“${r.value}”无法识别`);
        expect(text, r.reason).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it.each([
    [{ row: 3, column: 'dueDate', value: '10/08/2026', reason: 'day and month could be either way round; use --date-order dmy or mdy' }, 'en',
      'Check Due date: “10/08/2026” could be day/month or month/day: choose the date order under Settings'],
    [{ row: 3, column: 'dueDate', value: '10/08/2026', reason: 'day and month order is ambiguous: no date in this column has a day over 12; use --date-order dmy or mdy' }, 'zh-CN',
      '请检查到期日：“10/08/2026”的日和月无法区分先后：请在“设置”中选择日期顺序'],
    [{ row: 9, column: 'amount', value: '1.234', reason: 'amount has more decimals than USD has (2)' }, 'en', 'Check Amount: “1.234” has more decimals than USD has (2)'],
    [{ row: 9, column: 'invoice', value: 'INV-1', reason: 'duplicate invoice number, first seen on row 4' }, 'zh-CN', '请检查发票号：发票号与第 4 行重复'],
    [{ row: 9, column: 'notes', value: 'x', reason: 'something new' }, 'en', 'Check notes: something new'],
  ] as const)('%o in %s', (r, lang, text) => {
    expect(rejectedRowText(r, lang)).toBe(text);
  });
});
