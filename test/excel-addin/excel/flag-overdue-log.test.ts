/// <reference types="office-js" />
import { describe, expect, it } from 'vitest';
import { appendLogRows } from '../../../excel-addin/excel/append-log-rows.ts';
import { isLogStatusRule, logStatusRules } from '../../../excel-addin/excel/log-status-rules.ts';
import { readLogSheet } from '../../../excel-addin/excel/read-log-sheet.ts';
import type { NewLogEntry } from '../../../shared/log/index.ts';
import { money } from '../../../shared/money.ts';
import { plainDate, toExcelSerial } from '../../../shared/plain-date.ts';
import { createExcelHost, FIVE_MB, modelSnapshot, readCells, seedSheet, type ExcelHost, type OwnedRegion } from '../../excel-host/index.ts';
import { seedReceivables } from '../receivables-sheet-fixture.ts';
import { flagReceivables as flag } from './flag-receivables.ts';
import { runLogFlagBench } from '../flag-bench.ts';

const d = plainDate;
const serial = (text: string): number => toExcelSerial(plainDate(text));

/** The fixture's owned block: I3:R10. */
const OWNED: OwnedRegion = { sheet: 'Sheet1', rect: { row: 2, col: 8, rows: 8, cols: 10 } };

/** What the team recorded on the fixture's customers before 2026-11-22. */
const LOG: readonly NewLogEntry[] = [
  { date: d('2026-10-05'), customer: 'Acme Ltd', invoices: ['INV-2026-0101'], action: 'reminder', stage: 'friendly', channel: 'email', by: 'Li Na' },
  // Promised the whole balance by 10 November; still open on the 22nd: a broken promise.
  { date: d('2026-10-20'), customer: 'ACME LTD ', invoices: [], action: 'promise', channel: 'phone', amount: money(1000000, 'USD'), currency: 'USD', until: d('2026-11-10'), by: 'Li Na' },
  { date: d('2026-11-15'), customer: 'Globex GmbH', invoices: ['INV-2026-0102'], action: 'reminder', stage: 'friendly', channel: 'email', by: 'Tom' },
  { date: d('2026-11-02'), customer: '深圳市华强电子有限公司', invoices: ['INV-2026-0103'], action: 'dispute', reason: '数量与订单不符', by: 'Tom' },
];

async function withLog(entries: readonly NewLogEntry[] = LOG): Promise<ExcelHost> {
  const host = createExcelHost();
  seedReceivables(host);
  host.model.selection = { sheet: host.model.activeSheet, rect: { row: 4, col: 2, rows: 1, cols: 1 } };
  const out = await host.Excel.run((ctx) => appendLogRows(ctx, entries, { lang: 'en' }));
  expect(out.ok).toBe(true);
  return host;
}

async function logEntries(host: ExcelHost) {
  const read = await host.Excel.run((ctx) => readLogSheet(ctx));
  if (!read.ok || !read.value) throw new Error('no log');
  return read.value.table.entries;
}

describe('flagOverdue with the collection log', () => {
  it('writes Status, Last contact, Next action and Limitation expires from the log, and Next stage follows the log', async () => {
    const host = await withLog();
    const log = await logEntries(host);
    const result = await flag(host, { log, jurisdiction: 'cn' });
    expect(result).toMatchObject({ ok: true, value: { ownedAddress: 'Sheet1!I3:R10', broken: 1 } });
    expect(readCells(host.model, 'Sheet1!N3:R10')).toEqual([
      ['Next stage', 'Status', 'Last contact', 'Next action', 'Limitation expires'],
      // Promise broken: at least a deadline, due at once; the promise (debtor's agreement) restarted
      // the three years from 2026-10-20 (民法典 第195条), so they end on 2029-10-20.
      ['Set a deadline', 'Promise broken', serial('2026-10-20'), serial('2026-11-22'), serial('2029-10-20')],
      // A friendly reminder a week ago: the stage after it, once seven days have passed; the demand
      // restarted the period in China (第195条).
      ['Statement / confirm amount', 'Open', serial('2026-11-15'), serial('2026-11-22'), serial('2029-11-15')],
      // Disputed: not chased (no next stage, no next action); a dispute restarts nothing.
      ['', 'Disputed', serial('2026-11-02'), '', serial('2029-12-01')],
      // Paid: no limitation date for a debt that is gone.
      ['', 'Paid', '', '', ''],
      // Nothing recorded: the stage by days overdue, due today.
      ["Lawyer's letter", 'Open', '', serial('2026-11-22'), serial('2029-05-02')],
      ['check dueDate: not a date', '', '', '', ''],
      ['', '', '', '', ''],
    ]);
  });

  it('leaves every cell outside its columns untouched, the log sheet included', async () => {
    const host = await withLog();
    seedSheet(host.model, 'Sheet1!Y3', [['Collector'], ['Wang']]);
    const log = await logEntries(host);
    const before = modelSnapshot(host.model, [OWNED]);
    expect((await flag(host, { log, jurisdiction: 'cn' })).ok).toBe(true);
    expect(modelSnapshot(host.model, [OWNED])).toEqual(before);
    // Again, a month later: same cells, rules replaced rather than piled up.
    expect((await flag(host, { log, jurisdiction: 'cn', asOf: d('2026-12-22') })).ok).toBe(true);
    expect(modelSnapshot(host.model, [OWNED])).toEqual(before);
    expect(host.model.conditionalFormats).toHaveLength(5);
  });

  it('marks broken promises on their Status cell and limitation periods ending within 90 days on their date', async () => {
    const host = await withLog();
    const log = await logEntries(host);
    // Years later, with nothing paid: Acme's period (to 2029-10-20) ends within 90 days, and the
    // unchased invoice's (to 2029-05-02) has ended; the others run to November and December.
    const late = await flag(host, { log, jurisdiction: 'cn', asOf: d('2029-08-01') });
    expect(late).toMatchObject({ ok: true, value: { limitationSoon: 2 } });
    const rules = host.model.conditionalFormats.filter((c) => c.rect.cols === 1).map((c) => [c.formula, c.rect.col, c.rect.row, c.rect.rows, c.fill]);
    expect(rules).toEqual(expect.arrayContaining([
      ['=OR($O4="Promise broken",$O4="承诺未兑现",$O4="Instalment missed",$O4="分期逾期未付")', 14, 3, 7, '#F4CCCC'],
      ['=AND(ISNUMBER($R4),$R4-TODAY()<90)', 17, 3, 7, '#FFC7CE'],
    ]));
  });

  it('without a log, Next stage follows days overdue as before and every case is open', async () => {
    const host = await withLog([]);
    const result = await flag(host, { jurisdiction: 'uk' });
    expect(result.ok).toBe(true);
    expect(readCells(host.model, 'Sheet1!N4:R4')).toEqual([['Formal notice', 'Open', '', serial('2026-11-22'), serial('2032-09-01')]]);
  });
});

describe('the log status rules are told apart from the user\'s', () => {
  it.each([
    ['its own broken-promise rule on Status', logStatusRules(8, 3)[0]?.formula ?? '', 14, true],
    ['its own limitation rule', logStatusRules(8, 3)[1]?.formula ?? '', 17, true],
    ['its own rule from another first row', '=AND(ISNUMBER($R12),$R12-TODAY()<90)', 17, true],
    ['the same formula over another column', '=AND(ISNUMBER($R4),$R4-TODAY()<90)', 16, false],
    ['a user rule on the date column', '=AND(ISNUMBER($R4),$R4-TODAY()<30)', 17, false],
    ['a user rule on Status', '=$O4="Open"', 14, false],
  ])('%s', (_, formula, column, ours) => {
    expect(isLogStatusRule(formula, 8, column)).toBe(ours);
  });
});

describe('a large log within Excel on the web\'s limits', () => {
  it('reads a 20,000-row log and flags 20,000 receivables with it: every sync under 5 MB, a bounded number of syncs', async () => {
    const bench = await runLogFlagBench(20_000, 20_000);
    expect(bench.ok).toBe(true);
    expect(bench.logEntries).toBe(20_000);
    expect(Math.max(bench.readLargestResponseBytes, bench.flagLargestRequestBytes, bench.flagLargestResponseBytes)).toBeLessThan(FIVE_MB);
    expect(bench.readSyncs).toBeLessThanOrEqual(10);
    expect(bench.flagSyncs).toBeLessThanOrEqual(20);
    expect(bench.host.syncs.every((s) => s.error === undefined)).toBe(true);
  }, 120_000);
});
