import { describe, expect, it } from 'vitest';
import type { Receivable } from '../../../shared/import/types.ts';
import { money } from '../../../shared/money.ts';
import { plainDate } from '../../../shared/plain-date.ts';
import {
  createPenaltyCalculator, parseRuleSelection, ruleSelectionFromFlags, selectRule, type RuleChoice, type RuleSelection,
} from '../../../shared/penalty/index.ts';
import { createReportRowBuilder } from '../../../shared/report/index.ts';

const asOf = plainDate('2026-11-22');

function selection(result: { ok: true; value: RuleSelection } | { ok: false; error: { message: string } }): RuleSelection {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const dailyRate: RuleChoice = { rule: { kind: 'daily-rate', rate: '0.0005' }, label: 'contract 日万分之五' };
const monthlyRate: RuleChoice = { rule: { kind: 'monthly-rate', rate: '0.015' }, label: 'contract 1.5%/month' };

type Row = readonly [customer: string, currency: 'CNY' | 'GBP' | 'EUR' | 'USD', dueDate: string, outstanding: number, own: RuleChoice | undefined, rule: string | undefined];

/**
 * Rows of one ledger in the order a report meets them: currencies and customers interleaved,
 * the same customer in two currencies, names written two ways, invoices with their contract's
 * own penalty between them, so a rule kept for one currency or customer that leaked into the
 * next row would show.
 */
const CASES: readonly { name: string; selection: RuleSelection; rows: readonly Row[] }[] = [
  {
    name: 'rules per currency with a default (--rule GBP=… --rule EUR=… --rule cn-lpr-1.5x)',
    selection: selection(ruleSelectionFromFlags(['GBP=uk-late-payment', 'EUR=de-b2b', 'cn-lpr-1.5x'])),
    rows: [
      ['Suzhou Meiya Textiles', 'CNY', '2026-08-31', 1_000_000, undefined, 'cn-lpr-1.5x'],
      ['Bristol Print Works Ltd', 'GBP', '2026-09-30', 85_000, undefined, 'uk-late-payment'],
      ['Kleinmann Maschinenbau GmbH', 'EUR', '2026-10-15', 2_500_000, undefined, 'de-b2b'],
      ['Acme Hardware Inc.', 'USD', '2026-07-01', 400_000, undefined, 'cn-lpr-1.5x'],
      ['Bristol Print Works Ltd', 'GBP', '2026-06-30', 1_500_000, dailyRate, 'contract 日万分之五'],
      ['Bristol Print Works Ltd', 'EUR', '2026-10-01', 120_000, undefined, 'de-b2b'],
      ['Bristol Print Works Ltd', 'GBP', '2026-10-01', 120_000, undefined, 'uk-late-payment'],
      ['Suzhou Meiya Textiles', 'CNY', '2026-12-31', 50_000, undefined, 'cn-lpr-1.5x'],
      ['Suzhou Meiya Textiles', 'CNY', '2026-10-20', 0, undefined, undefined],
    ],
  },
  {
    name: 'currency rules only: other currencies get none',
    selection: selection(ruleSelectionFromFlags(['GBP=uk-late-payment'])),
    rows: [
      ['Northwind Traders', 'USD', '2026-08-01', 300_000, undefined, undefined],
      ['Bristol Print Works Ltd', 'GBP', '2026-08-01', 300_000, undefined, 'uk-late-payment'],
      ['Northwind Traders', 'USD', '2026-08-01', 300_000, monthlyRate, 'contract 1.5%/month'],
      ['Northwind Traders', 'USD', '2026-09-01', 300_000, undefined, undefined],
      ['Bristol Print Works Ltd', 'GBP', '2026-09-01', 300_000, undefined, 'uk-late-payment'],
    ],
  },
  {
    name: 'customer rules over currency rules, per currency, names matched as everywhere',
    selection: selection(parseRuleSelection({
      default: 'cn-lpr-1.5x', currencies: { GBP: 'uk-late-payment' },
      customers: { 'ＡＣＭＥ  Ltd': 'de-b2b', 'Ningbo Haixing Logistics': '日万分之五' },
    })),
    rows: [
      ['ACME Ltd', 'GBP', '2026-09-15', 700_000, undefined, 'de-b2b'],
      ['Bristol Print Works Ltd', 'GBP', '2026-09-15', 700_000, undefined, 'uk-late-payment'],
      ['acme  ltd', 'CNY', '2026-09-15', 700_000, undefined, 'de-b2b'],
      ['Suzhou Meiya Textiles', 'CNY', '2026-09-15', 700_000, undefined, 'cn-lpr-1.5x'],
      ['Ningbo Haixing Logistics', 'CNY', '2026-05-31', 2_000_000, undefined, 'contract 日万分之五'],
      ['Ningbo Haixing Logistics', 'GBP', '2026-05-31', 2_000_000, monthlyRate, 'contract 1.5%/month'],
      ['Ningbo Haixing Logistics', 'GBP', '2026-05-31', 2_000_000, undefined, 'contract 日万分之五'],
      ['Bristol Print Works Ltd', 'CNY', '2026-09-15', 700_000, undefined, 'cn-lpr-1.5x'],
      ['ACME Ltd', 'GBP', '2026-11-30', 700_000, undefined, 'de-b2b'],
    ],
  },
  {
    name: 'nothing chosen: only invoices with their own penalty are charged',
    selection: selection(ruleSelectionFromFlags([])),
    rows: [
      ['Suzhou Meiya Textiles', 'CNY', '2026-08-31', 1_000_000, undefined, undefined],
      ['Suzhou Meiya Textiles', 'CNY', '2026-08-31', 1_000_000, dailyRate, 'contract 日万分之五'],
      ['Acme Hardware Inc.', 'USD', '2026-08-31', 1_000_000, monthlyRate, 'contract 1.5%/month'],
      ['Acme Hardware Inc.', 'USD', '2026-08-31', 1_000_000, undefined, undefined],
    ],
  },
];

function receivable([customer, currency, dueDate, outstanding, own]: Row, i: number): Receivable {
  const amount = money(outstanding, currency);
  return {
    row: i + 2, customer, invoice: `INV-${1000 + i}`, currency, amount, paid: money(0, currency), outstanding: amount,
    dueDate: plainDate(dueDate), ...(own ? { penaltyRule: own } : {}),
  };
}

describe('report rows: each invoice gets its own rule, decided once per currency and customer', () => {
  it.each(CASES)('$name', ({ selection: rules, rows }) => {
    const toRow = createReportRowBuilder({ asOf, rules });
    // Twice over: the second pass meets every currency and customer with its rule already decided.
    for (const pass of [1, 2]) {
      rows.forEach((spec, i) => {
        const r = receivable(spec, i);
        const row = toRow(r);
        const expected = spec[5];
        expect({ pass, customer: r.customer, currency: r.currency, rule: row.rule }).toEqual({ pass, customer: r.customer, currency: r.currency, rule: expected });
        // The figures of that rule, from a calculator of its own (no report, no cache shared with other rows).
        const chosen = r.outstanding.minor > 0 ? selectRule(rules, r) : undefined;
        expect(chosen?.label).toBe(expected);
        const alone = chosen ? createPenaltyCalculator(chosen.rule, asOf)(r.outstanding, r.dueDate) : undefined;
        expect(row.penalty).toEqual(row.daysOverdue > 0 && alone ? alone.penalty : money(0, r.currency));
        expect(row.compensation).toEqual(row.daysOverdue > 0 && alone ? alone.compensation : money(0, r.currency));
        expect(row.assumed).toEqual(row.daysOverdue > 0 ? alone?.assumed : undefined);
      });
    }
  });

  it('charges what the rows say: some penalty in every case is not zero', () => {
    for (const { selection: rules, rows } of CASES) {
      const toRow = createReportRowBuilder({ asOf, rules });
      expect(rows.map(receivable).map(toRow).some((row) => row.penalty.minor > 0)).toBe(true);
    }
  });
});
