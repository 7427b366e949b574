import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('built-in reference data are verbatim copies of the hand-out folder', () => {
  // The hand-out folder sits beside the repository in CI (../shared); a worktree finds it two levels up.
  const candidates = ['../shared/data', '../../shared/data'].map((p) => new URL(`../../../${p}/`, import.meta.url));
  const dir = candidates.find((u) => { try { readFileSync(new URL('rates/ecb-mro.json', u)); return true; } catch { return false; } });
  it.runIf(dir !== undefined).each([
    ['rates/cn-lpr.json', '../../../shared/rates/cn-lpr-data.ts', 'CN_LPR_DATA'],
    ['rates/uk-boe-bank-rate.json', '../../../shared/rates/uk-bank-rate-data.ts', 'UK_BANK_RATE_DATA'],
    ['rates/ecb-mro.json', '../../../shared/rates/ecb-mro-data.ts', 'ECB_MRO_DATA'],
    ['rates/de-basiszinssatz.json', '../../../shared/rates/de-basiszinssatz-data.ts', 'DE_BASISZINSSATZ_DATA'],
    ['calendars/cn-holidays.json', '../../../shared/calendar/cn-holidays-data.ts', 'CN_HOLIDAYS_DATA'],
  ])('%s', async (file, module, name) => {
    const copy = ((await import(module)) as Record<string, unknown>)[name];
    expect(copy).toEqual(JSON.parse(readFileSync(new URL(file, dir), 'utf8')));
  });
});
