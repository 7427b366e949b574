import { describe, expect, it } from 'vitest';
import { importReceivables, isStatusHeader, statusSkipKind } from '../../../shared/import/index.ts';

describe('isStatusHeader', () => {
  it.each([
    ['Status', true], ['Invoice Status', true], ['单据状态', true], ['作废状态', true], ['Belegstatus', true],
    ['St', false], ['Status Transitions', false], ['Customer', false],
  ])('%s → %s', (header, expected) => {
    expect(isStatusHeader(header)).toBe(expected);
  });
});

describe('statusSkipKind', () => {
  it.each([
    ['Status', 'void', 'void'], ['Status', 'VOIDED', 'void'], ['Status', 'DELETED', 'void'], ['单据状态', '已作废', 'void'],
    ['Status', 'draft', 'draft'], ['Status', 'DRAFT', 'draft'], ['单据状态', '暂存', 'draft'],
    ['作废状态', '是', 'void'], ['作废状态', '否', undefined], ['作废状态', '未作废', undefined],
    ['Status', 'open', undefined], ['Status', 'paid', undefined], ['Status', 'uncollectible', undefined],
    ['Status', 'AUTHORISED', undefined], ['单据状态', '已审核', undefined], ['Status', '', undefined], ['Status', 'Overdue', undefined],
  ])('%s %s → %s', (header, cell, kind) => {
    expect(statusSkipKind(header, cell)).toBe(kind);
  });

  it('SUBMITTED is a draft in Xero (awaiting approval) but not in a hand-kept sheet', () => {
    expect(statusSkipKind('Status', 'SUBMITTED', 'xero')).toBe('draft');
    expect(statusSkipKind('Status', 'Submitted', 'generic')).toBeUndefined();
  });
});

describe('a status column keeps void and unissued invoices out of the receivables', () => {
  it('skips them as void / draft, takes the rest, and accounts for every line', () => {
    const text = 'Customer,Invoice,Due Date,Amount,Status\nA,1,2026-09-01,10,open\nB,2,2026-09-01,20,void\nC,3,2026-09-01,30,draft\nD,4,2026-09-01,40,paid\n';
    const r = importReceivables(new TextEncoder().encode(text));
    expect(r.receivables.map((x) => x.invoice)).toEqual(['1', '4']);
    expect(r.skipped).toEqual([{ row: 1, kind: 'header' }, { row: 3, kind: 'void' }, { row: 4, kind: 'draft' }]);
    expect(r.rejected).toEqual([]);
  });

  it('a file without a status column takes every row', () => {
    const text = 'Customer,Invoice,Due Date,Amount,Note\nA,1,2026-09-01,10,void\n';
    expect(importReceivables(new TextEncoder().encode(text)).receivables).toHaveLength(1);
  });
});
