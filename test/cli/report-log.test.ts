import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { fakeIo } from './fake-io.ts';

const LEDGER = 'examples/receivables.csv';
const LOG = 'examples/collection-log.csv';

async function report(args: string[]) {
  const io = fakeIo();
  const code = await main(['report', LEDGER, '--as-of', '2026-12-07', ...args], io);
  return { code, out: io.out, err: io.err };
}

describe('dunning report --log', () => {
  it('adds collection to each receivable of the JSON, and weighs the log in the customers\' ratings', async () => {
    const r = await report(['--log', LOG, '--rule', 'cn-lpr-1.5x', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const by = Object.fromEntries(json.receivables.map((x: { invoice: string; collection: unknown }) => [x.invoice, x.collection]));
    expect(by['INV-2026-0412']).toMatchObject({
      status: 'broken-promise', nextAction: '2026-12-07', nextStage: 'deadline', contacts: 5,
      lastContact: { date: '2026-10-20', action: 'promise', channel: 'phone' },
      promise: { until: '2026-11-15', amount: '20000.00', currency: 'CNY', state: 'broken' },
      // 民法典 第195条: the promise of 2026-10-20 restarted the period; three years on.
      limitation: { jurisdiction: 'cn', expires: '2029-10-20', restartedBy: { action: 'promise', date: '2026-10-20' } },
    });
    expect(by['INV-2026-0503']).toMatchObject({ status: 'plan', nextAction: '2026-12-11' });
    expect(by['INV-2026-0388']).toMatchObject({ status: 'paused', nextAction: '2026-12-11' });
    expect(by['INV-2026-0299']).toMatchObject({ status: 'with-counsel', nextAction: null, nextStage: null });
    expect(by['INV-2026-0601']).toMatchObject({ status: 'open', lastContact: null, contacts: 0, nextStage: 'friendly' });
    const meiya = json.customers.find((c: { customer: string }) => c.customer === 'Suzhou Meiya Textiles');
    expect(meiya.rating.factors).toEqual(expect.arrayContaining([{ name: 'brokenPromises', value: 1, effect: -10 }]));
  });

  it('gives no limitation without a jurisdiction, and the one asked for with --jurisdiction', async () => {
    const none = JSON.parse((await report(['--log', LOG, '--format', 'json'])).out);
    expect(none.receivables[0].collection.limitation).toBeNull();
    const uk = JSON.parse((await report(['--log', LOG, '--format', 'json', '--jurisdiction', 'uk'])).out);
    // Limitation Act 1980 s.5: INV-2026-0520 fell due 2026-10-20; six years from 2026-10-21. Reminders do not restart it.
    const bristol = uk.receivables.find((x: { invoice: string }) => x.invoice === 'INV-2026-0520');
    expect(bristol.collection.limitation).toMatchObject({ jurisdiction: 'uk', expires: '2032-10-21', restartedBy: null });
  });

  it('works out each invoice\'s limitation period under the law of the rule its currency is charged by', async () => {
    const mixed = JSON.parse((await report(['--log', LOG, '--format', 'json', '--rule', 'cn-lpr-1.5x', '--rule', 'GBP=uk-late-payment', '--rule', 'EUR=de-b2b'])).out);
    const law = (invoice: string) => mixed.receivables.find((x: { invoice: string }) => x.invoice === invoice).collection.limitation;
    // 民法典 第188、195条: three years from the promise of 2026-10-20.
    expect(law('INV-2026-0412')).toMatchObject({ jurisdiction: 'cn', expires: '2029-10-20' });
    // Limitation Act 1980 s.5: the GBP invoice under the Late Payment Act, six years from 2026-10-21.
    expect(law('INV-2026-0520')).toMatchObject({ jurisdiction: 'uk', expires: '2032-10-21' });
    // BGB §195, §199: the EUR invoice fell due 2026-06-01; three years from the end of 2026.
    expect(law('INV-2026-0388')).toMatchObject({ jurisdiction: 'de', expires: '2029-12-31' });
    // --jurisdiction still names one law for all.
    const all = JSON.parse((await report(['--log', LOG, '--format', 'json', '--rule', 'GBP=uk-late-payment', '--jurisdiction', 'cn'])).out);
    expect(all.receivables.find((x: { invoice: string }) => x.invoice === 'INV-2026-0520').collection.limitation.jurisdiction).toBe('cn');
    // Without any rule naming a law, none is claimed.
    const none = JSON.parse((await report(['--log', LOG, '--format', 'json', '--rule', 'GBP=uk-late-payment'])).out);
    expect(none.receivables.find((x: { invoice: string }) => x.invoice === 'INV-2026-0412').collection.limitation).toBeNull();
  });

  it('adds status, last contact, next action, next stage and limitation expires to the CSV and the table', async () => {
    const csv = await report(['--log', LOG, '--rule', 'cn-lpr-1.5x', '--format', 'csv']);
    const parsed = Papa.parse<Record<string, string>>(csv.out, { header: true, skipEmptyLines: true });
    expect(parsed.meta.fields?.slice(-5)).toEqual(['status', 'lastContact', 'nextAction', 'nextStage', 'limitationExpires']);
    expect(parsed.data[0]).toMatchObject({ invoice: 'INV-2026-0412', outstanding: '100000.00', status: 'broken-promise', lastContact: '2026-10-20 promise (phone)', nextAction: '2026-12-07', nextStage: 'deadline', limitationExpires: '2029-10-20' });
    expect(parsed.data).toHaveLength(8);
    const table = await report(['--log', LOG]);
    expect(table.out).toMatch(/Status\s+Last contact\s+Next action\s+Next stage\s+Limitation/);
    expect(table.out).toMatch(/INV-2026-0299 .* with-counsel +2026-08-01 legal/);
  });

  it('reads a log that is not there yet as empty, and refuses one it cannot read', async () => {
    const empty = await report(['--log', 'no-such-log.csv', '--format', 'json']);
    expect(empty.code).toBe(0);
    expect(empty.err).toContain('no log at no-such-log.csv');
    expect(JSON.parse(empty.out).receivables[0].collection).toMatchObject({ status: 'open', contacts: 0 });
    const io = fakeIo({ files: { 'bad.csv': 'Customer,Invoice\nAcme,1\n' } });
    expect(await main(['report', LEDGER, '--log', 'bad.csv'], io)).toBe(1);
    expect(io.err).toContain('not a collection log header');
  });
});
