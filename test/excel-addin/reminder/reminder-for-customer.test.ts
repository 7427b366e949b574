import { describe, expect, it } from 'vitest';
import { mailtoLink, reminderForCustomer, suggestedStageFor } from '../../../excel-addin/reminder/reminder-for-customer.ts';
import { DEFAULT_BUCKETS } from '../../../shared/aging.ts';
import type { Receivable } from '../../../shared/import/types.ts';
import { money } from '../../../shared/money.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import { DEFAULT_STAGE_POLICY } from '../../../shared/stages/index.ts';

const S = { asOf: plainDate('2026-11-22'), ruleFor: () => ({ kind: 'daily-rate', rate: '0.0005' }) as const, buckets: DEFAULT_BUCKETS, policy: DEFAULT_STAGE_POLICY };
const inv = (row: number, customer: string, minor: number, due: string): Receivable => ({
  row, customer, invoice: `INV-${row}`, currency: 'CNY', amount: money(minor, 'CNY'), paid: money(0, 'CNY'), outstanding: money(minor, 'CNY'), dueDate: plainDate(due),
});
const LEDGER = [inv(2, '华强电子', 1_000_000, '2026-10-20'), inv(3, '华强电子 ', 500_000, '2026-08-01'), inv(4, 'Other', 100, '2026-01-01')];

describe('reminder for a customer', () => {
  it('suggests the stage of the customer\'s oldest debt, matching names as the core does', () => {
    // INV-3 is 113 days overdue: final notice (91–120); INV-2 alone would be a deadline (33 days).
    expect(suggestedStageFor(LEDGER, '华强电子', S)).toBe('final-notice');
    expect(suggestedStageFor(LEDGER, 'Nobody', S)).toBeNull();
  });

  it('renders the formal notice in Chinese with both invoices and the penalty', () => {
    const out = reminderForCustomer(LEDGER, '华强电子', 'formal-notice', 'email', 'zh-CN', S);
    if (!out.ok) throw new Error(out.error.message);
    expect(out.value.subject).toMatch(/华强电子/);
    expect(out.value.text).toContain('INV-2');
    expect(out.value.text).toContain('INV-3');
    expect(out.value.text).not.toContain('INV-4');
  });

  it('builds a mailto link whose parts are percent-encoded', () => {
    expect(mailtoLink('a&b@x.example', 'Re: 催款 & more', 'line 1\nline 2')).toBe(
      'mailto:a%26b%40x.example?subject=Re%3A%20%E5%82%AC%E6%AC%BE%20%26%20more&body=line%201%0Aline%202');
  });
});
