import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLLECTION_STATUSES, deriveCollection, invoiceCollectionToJson, todayAgenda, todayAgendaToJson } from '../../../shared/collection/index.ts';
import { CONTACT_CHANNELS } from '../../../shared/contact-channel.ts';
import type { Receivable } from '../../../shared/import/types.ts';
import { JURISDICTIONS } from '../../../shared/limitation/index.ts';
import { LOG_ACTIONS, type LogEntry } from '../../../shared/log/index.ts';
import { money } from '../../../shared/money.ts';
import { fromEpochDay, plainDate, toEpochDay } from '../../../shared/plain-date.ts';
import { STAGE_IDS } from '../../../shared/stage-id.ts';

const CUSTOMERS = ['Acme Ltd', 'ACME  ltd', '苏州美雅纺织', 'Kleinmann GmbH', 'Zed'];
const INVOICES = ['A-1', 'a-1', 'A-2', 'B-7', 'C-9', 'GONE-1'];
const CURRENCIES = ['CNY', 'GBP', 'JPY'];
const base = toEpochDay(plainDate('2025-06-01'));
const day = fc.integer({ min: 0, max: 900 }).map((n) => fromEpochDay(base + n));

const receivable: fc.Arbitrary<Receivable> = fc.record({
  customer: fc.constantFrom(...CUSTOMERS), invoice: fc.constantFrom(...INVOICES), currency: fc.constantFrom(...CURRENCIES),
  amount: fc.integer({ min: 0, max: 1e9 }), paid: fc.integer({ min: 0, max: 1e9 }), due: day, issued: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
}).map((r) => ({
  row: 2, customer: r.customer, invoice: r.invoice, currency: r.currency, amount: money(r.amount, r.currency), paid: money(Math.min(r.paid, r.amount), r.currency),
  outstanding: money(r.amount - Math.min(r.paid, r.amount), r.currency), dueDate: r.due,
  ...(r.issued !== undefined ? { issueDate: fromEpochDay(toEpochDay(r.due) - r.issued) } : {}),
}));

// Any row the validator could let through, and some it would not (a promise without until, a
// stage on a payment): the derivation must survive whatever a hand-edited sheet holds.
const entry: fc.Arbitrary<LogEntry> = fc.record({
  row: fc.integer({ min: 2, max: 10_000 }), date: day, customer: fc.constantFrom(...CUSTOMERS),
  invoices: fc.subarray(INVOICES, { maxLength: 3 }), action: fc.constantFrom(...LOG_ACTIONS),
  stage: fc.option(fc.constantFrom(...STAGE_IDS), { nil: undefined }), channel: fc.option(fc.constantFrom(...CONTACT_CHANNELS), { nil: undefined }),
  amount: fc.option(fc.record({ minor: fc.integer({ min: 1, max: 1e9 }), currency: fc.constantFrom(...CURRENCIES) }), { nil: undefined }),
  until: fc.option(day, { nil: undefined }), reason: fc.option(fc.string(), { nil: undefined }), note: fc.option(fc.string(), { nil: undefined }),
}).map((e) => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as unknown as LogEntry);

const options = fc.record({
  jurisdiction: fc.option(fc.constantFrom(...JURISDICTIONS), { nil: undefined }), lang: fc.constantFrom('en' as const, 'zh-CN' as const),
}).map((o) => (o.jurisdiction ? { jurisdiction: o.jurisdiction, lang: o.lang } : { lang: o.lang }));

describe('deriveCollection on any log', () => {
  it('never throws, and gives every receivable and customer a state that holds together', () => {
    fc.assert(fc.property(fc.array(receivable, { maxLength: 12 }), fc.array(entry, { maxLength: 40 }), day, options, (receivables, log, asOf, opts) => {
      const state = deriveCollection(receivables, log, asOf, opts);
      expect(state.invoices).toHaveLength(receivables.length);
      for (const i of state.invoices) {
        expect(COLLECTION_STATUSES).toContain(i.status);
        if (i.nextAction !== null) expect(i.nextAction >= asOf).toBe(true);
        expect(i.nextAction === null).toBe(i.nextStage === null);
        if (i.receivable.outstanding.minor <= 0) expect(i.status).toBe('paid');
        JSON.stringify(invoiceCollectionToJson(i));
      }
      for (const c of state.customers) {
        expect(COLLECTION_STATUSES).toContain(c.status);
        expect(c.why.length).toBeGreaterThan(0);
      }
      JSON.stringify(todayAgendaToJson(todayAgenda(state)));
    }), { numRuns: 400 });
  });

  it('a row about one customer never changes another customer’s state', () => {
    fc.assert(fc.property(fc.array(receivable, { maxLength: 10 }), fc.array(entry, { maxLength: 30 }), entry, day, options, (receivables, log, extra, asOf, opts) => {
      const before = deriveCollection(receivables, log, asOf, opts);
      const after = deriveCollection(receivables, [...log, { ...extra, row: 99_999 }], asOf, opts);
      const touched = extra.customer.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
      const others = (s: typeof before): unknown => JSON.stringify(s.customers.filter((c) => c.key !== touched).map((c) => ({ ...c, invoices: c.invoices.map(invoiceCollectionToJson) })));
      expect(others(after)).toEqual(others(before));
      receivables.forEach((r, i) => {
        if (r.customer.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase() !== touched) {
          expect(invoiceCollectionToJson(after.invoices[i]!)).toEqual(invoiceCollectionToJson(before.invoices[i]!));
        }
      });
    }), { numRuns: 300 });
  });
});
