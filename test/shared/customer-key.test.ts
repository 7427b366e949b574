import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerKey } from '../../shared/customer-key.ts';
import { summarizeCustomers } from '../../shared/customers/index.ts';
import { buildReminderModel } from '../../shared/templates/index.ts';
import { money } from '../../shared/money.ts';
import { plainDate } from '../../shared/plain-date.ts';
import type { Receivable } from '../../shared/import/types.ts';

const invoice = (row: number, customer: string, invoice: string): Receivable => ({
  row, customer, invoice, currency: 'CNY', amount: money(100_000, 'CNY'), paid: money(0, 'CNY'),
  outstanding: money(100_000, 'CNY'), dueDate: plainDate('2026-10-01'),
});

describe('customerKey', () => {
  it.each([
    ['ACME  Ltd', 'acme ltd'],
    ['  ＡＣＭＥ Ltd ', 'acme ltd'],
    ['苏州美雅纺织　有限公司', '苏州美雅纺织 有限公司'],
    ['Acme Trading Ltd', 'acme trading ltd'],
    ['Acme\tTrading', 'acme trading'],
    ['ACME Ltd ', 'acme ltd'],
    [' ', ''],
    ['', ''],
  ])('keys %j as %j', (name, key) => {
    expect(customerKey(name)).toBe(key);
  });

  it('keys every name as the plain rule does (NFKC, trim, one space, lower case): the ASCII fast path changes nothing', () => {
    const slow = (name: string): string => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
    const names = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'Ab z. -&\t\u3000ＡＣ苏é'.split('')), maxLength: 12 }),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 8 }),
    );
    fc.assert(fc.property(names, (name) => customerKey(name) === slow(name)), { numRuns: 2000 });
  });

  it('makes the customer summary and the reminder agree on who a customer is', () => {
    const list = [invoice(2, 'ＡＣＭＥ Ltd', 'INV-1'), invoice(3, 'acme  ltd', 'INV-2')];
    const summaries = summarizeCustomers(list, plainDate('2026-11-22'));
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.openInvoices).toBe(2);
    const model = buildReminderModel(list, 'Acme Ltd', plainDate('2026-11-22'));
    expect(model.invoices.map((i) => i.invoice)).toEqual(['INV-1', 'INV-2']);
  });
});
