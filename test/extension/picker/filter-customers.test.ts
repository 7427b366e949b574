import { describe, expect, it } from 'vitest';
import { filterCustomers } from '../../../extension/picker/filter-customers.ts';
import type { CustomerOption } from '../../../extension/picker/picker-protocol.ts';

const customer = (key: string, name: string, email: string, invoice: string): CustomerOption => ({
  key, name, emails: [email], suggestedStage: 'friendly', overdue: [],
  invoices: [{ invoice, dueDate: '2026-10-01', daysOverdue: 52, outstanding: '¥1.00' }],
});
const LIST = [
  customer('a', '上海明华电子有限公司', 'ap@minghua.example', 'FP-2026-001'),
  customer('b', 'Hengyuan Foods (Hangzhou) Ltd', 'finance@hengyuan.example', 'INV-2026-0907'),
];

describe('filterCustomers', () => {
  it.each([
    ['', ['a', 'b']],
    ['明华', ['a']],
    ['HENGYUAN', ['b']],
    ['finance@', ['b']],
    ['fp-2026', ['a']],
    ['hengyuan 0907', ['b']],
    ['hengyuan 001', []],
  ])('%j finds %j', (query, keys) => {
    expect(filterCustomers(LIST, query).map((c) => c.key)).toEqual(keys);
  });
});
