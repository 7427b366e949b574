import { describe, expect, it } from 'vitest';
import type { ExcelStepError } from '../../../excel-addin/excel/table-location.ts';
import { errorText, paneErrorFrom } from '../../../excel-addin/i18n/error-text.ts';

/** Every code the add-in itself raises (the excel layer's, the stores'), and the Office.js codes it expects. */
const STEP_CODES: ReadonlyArray<ExcelStepError['code']> = ['no-data', 'no-header', 'missing-columns', 'columns-occupied'];
const PANE_CODES = ['invalid-settings', 'no-row', 'no-open-invoices', 'nothing-overdue', 'import-empty', 'settings-not-saved'];
const OFFICE_CODES = ['ItemNotFound', 'InvalidSelection', 'InvalidArgument', 'InvalidOperationInCellEditMode', 'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded', 'AccessDenied', 'ItemAlreadyExists', 'GeneralException'];

describe('error text', () => {
  it.each([...STEP_CODES, ...PANE_CODES, ...OFFICE_CODES])('has plain words for %s in both languages', (code) => {
    for (const lang of ['en', 'zh-CN'] as const) {
      const text = errorText({ code, detail: 'D', address: 'Sheet1!K7' }, lang);
      expect(text).not.toMatch(/Something went wrong|出现问题/);
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it('chooses the words by code, never by message, and never shows a code', () => {
    const officeError = Object.assign(new Error('Die Arbeitsmappe ist geschützt.'), { code: 'AccessDenied' });
    expect(errorText(paneErrorFrom(officeError), 'en')).toBe('The workbook is protected or read-only. Unprotect the sheet and try again.');
    expect(errorText(paneErrorFrom(new Error('ItemNotFound')), 'en')).toMatch(/^Excel could not complete the action/);
    expect(errorText({ code: 'FilteredRangeConflict', detail: 'x' }, 'zh-CN')).toBe('加载项未能完成操作，数据没有丢失。请重试；如仍失败，请关闭后重新打开加载项。');
    expect(errorText({ code: 'FilteredRangeConflict' }, 'en')).not.toMatch(/FilteredRangeConflict/);
  });
});
