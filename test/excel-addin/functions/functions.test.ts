import { beforeAll, describe, expect, it } from 'vitest';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { createExcelHost, type ExcelHost } from '../../excel-host/index.ts';
import { bucket, daysoverdue, lpr, penalty, stage, statutoryrate } from '../../../excel-addin/functions/functions.ts';
import { FUNCTIONS, registerFunctions } from '../../../excel-addin/functions/register-functions.ts';
import { plainDate, toExcelSerial } from '../../../shared/plain-date.ts';
import { REFERENCE_DATA_KEY } from '../../../excel-addin/settings/reference-data-settings.ts';

const serial = (iso: string): number => toExcelSerial(plainDate(iso));
let host: ExcelHost;

beforeAll(() => {
  host = createExcelHost();
  host.install(globalThis);
});

describe('DUNNING custom functions', () => {
  it('DAYSOVERDUE counts days past the due date from Excel serials, 0 before', () => {
    expect(daysoverdue(serial('2026-08-31'), serial('2026-11-22'))).toBe(83);
    expect(daysoverdue(serial('2026-11-30'), serial('2026-11-22'))).toBe(0);
    // Across Excel's phantom 29 Feb 1900 the serials still give real days.
    expect(daysoverdue(serial('1900-02-28'), serial('1900-03-01'))).toBe(1);
  });

  it.each([
    ['DESIGN example: 10,000.00 at 0.05 % a day for 83 days', [10000, '2026-08-31', '2026-11-22', 'daily-rate', 0.0005], 415],
    ['preset 万分之五, 91 days', [100000, '2024-03-31', '2024-06-30', 'cn-contract-0.05pct-daily', undefined], 4550],
    ['1.5 % a month, 30 days', [2000, '2026-01-31', '2026-03-02', 'monthly-rate', 0.015], 30],
    ['rule JSON with a 30 % cap', [1000, '2024-01-01', '2026-01-01', '{"kind":"daily-rate","rate":"0.001","cap":{"percentOfPrincipal":"30"}}', undefined], 300],
    ['not yet due', [1000, '2026-12-01', '2026-11-22', 'daily-rate', 0.0005], 0],
  ] as const)('PENALTY: %s', (_, [amount, due, asOf, rule, rate], expected) => {
    expect(penalty(amount, serial(due), serial(asOf), rule, rate)).toBe(expected);
  });

  it.each([[-5, 'current'], [0, 'current'], [1, '1-30'], [30, '1-30'], [83, '61-90'], [180, '91-180'], [181, '180+']])('BUCKET(%i) = %s', (days, id) => {
    expect(bucket(days)).toBe(id);
  });

  it.each([[-10, ''], [-2, 'courtesy'], [1, 'friendly'], [15, 'statement'], [83, 'formal-notice'], [95, 'final-notice'], [200, 'legal']])('STAGE(%i) = %s', (days, id) => {
    expect(stage(days)).toBe(id);
  });

  it('LPR gives the quote in force (the PBOC benchmark before 2019-08-20)', () => {
    expect(lpr(serial('2024-06-30'))).toBe(0.0345);
    expect(lpr(serial('2024-06-30'), '5y')).toBe(0.0395);
    expect(lpr(serial('2019-01-01'))).toBe(0.0435);
  });

  it('STATUTORYRATE follows each law\'s reference date', () => {
    // UK: Bank Rate on 31 Dec 2023 (5.25 %) + 8 (SI 2002/1675 art. 4).
    expect(statutoryrate('UK', serial('2024-06-30'))).toBe(0.1325);
    // DE: Basiszinssatz from 1 Jan 2024 (3.62 %) + 9 (BGB §288(2)).
    expect(statutoryrate('de', serial('2024-06-30'))).toBe(0.1262);
    expect(statutoryrate('DE-CONSUMER', serial('2024-06-30'))).toBe(0.0862);
    // CN: 1-year LPR × 1.5.
    expect(statutoryrate('CN', serial('2024-06-30'))).toBeCloseTo(0.05175, 12);
  });

  it('compute with the rates the user added in the workbook (the shared runtime reads its settings)', () => {
    expect(lpr(serial('2026-10-31'))).toBe(0.03);
    // 100,000.00 due 2026-10-31 at the 1-year LPR, 30 days: 3.00 % assumed → 246.58.
    expect(penalty(100000, serial('2026-10-31'), serial('2026-11-30'), 'cn-lpr-1x')).toBe(246.58);
    host.settings.current[REFERENCE_DATA_KEY] = { version: 1, rateChanges: [{ table: 'cnLpr', from: '2026-10-20', rate: '2.80', fiveYear: '3.30', knownUntil: '2026-11-30' }], calendarYears: {} };
    try {
      expect(lpr(serial('2026-10-31'))).toBe(0.028);
      expect(lpr(serial('2026-10-31'), '5y')).toBe(0.033);
      // 100,000.00 × 2.80 % × 30 / 365 = 230.14.
      expect(penalty(100000, serial('2026-10-31'), serial('2026-11-30'), 'cn-lpr-1x')).toBe(230.14);
    } finally {
      delete host.settings.current[REFERENCE_DATA_KEY];
    }
    expect(lpr(serial('2026-10-31'))).toBe(0.03);
  });

  it('answers #VALUE! with a reason for bad arguments', () => {
    expect(() => daysoverdue('next week' as unknown as number, 46000)).toThrow(expect.objectContaining({ code: '#VALUE!' }));
    expect(() => penalty(100, serial('2026-01-01'), serial('2026-02-01'), 'daily-rate')).toThrow(/needs a rate/);
    expect(() => penalty(100, serial('2026-01-01'), serial('2026-02-01'), 'two percent')).toThrow(/unknown "two percent"/);
    expect(() => statutoryrate('FR', serial('2026-01-01'))).toThrow(expect.objectContaining({ code: '#VALUE!' }));
    expect(() => lpr(serial('2026-01-01'), '3y')).toThrow(/term/);
    expect(() => penalty('lots' as unknown as number, serial('2026-01-01'), serial('2026-02-01'), 'none')).toThrow(/amount: not a number/);
  });

  it('registers every function with the runtime under its metadata id', async () => {
    expect(registerFunctions()).toBe(true);
    expect([...host.customFunctions.keys()].sort()).toEqual(Object.keys(FUNCTIONS).sort());
    const meta = await generateCustomFunctionsMetadata('excel-addin/functions/functions.ts');
    expect(meta.errors).toEqual([]);
    const functions = (JSON.parse(meta.metadataJson) as { functions: Array<{ id: string; parameters: Array<{ name: string; optional?: boolean }> }> }).functions;
    expect(functions.map((f) => f.id).sort()).toEqual(Object.keys(FUNCTIONS).sort());
    expect(functions.find((f) => f.id === 'PENALTY')?.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}`)).toEqual(['amount', 'due', 'asOf', 'rule', 'rate?']);
  });
});
