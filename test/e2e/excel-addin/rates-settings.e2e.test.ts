import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTaskPaneServer, type TaskPaneServer } from './task-pane-server.ts';

let pane: TaskPaneServer;

beforeAll(async () => { pane = await startTaskPaneServer(); });
afterAll(async () => { await pane?.close(); });

const openPane = (width: number): Promise<Page> => pane.openPane(width, 1000, 'rates-settings');

/** The Penalty and Rule cells of a sheet row (0-based), as the in-memory host holds them. */
function penaltyAndRule(page: Page, row: number): Promise<unknown[]> {
  return page.evaluate((r) => {
    const host = (window as unknown as { __excelHost: { model: { sheets: Array<{ rows: Array<Array<{ value: unknown } | undefined>> }> } } }).__excelHost;
    return (host.model.sheets[0]?.rows[r] ?? []).slice(10, 12).map((c) => c?.value);
  }, row);
}

describe('Rates and holidays in the Excel task pane (Chromium, in-memory host)', () => {
  it('shows the tables, refuses a bad rate, and a user LPR quote changes a flagged Penalty and drops its assumed mark', async () => {
    const page = await openPane(350);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // As of 2026-11-22 (the demo workbook's settings): the LPR is 64 days past 2026-09-19.
    await expect.poll(() => page.getByTestId('rates-stale-cnLpr').textContent()).toContain('64 days past: figures after 2026-09-19 assume the last value');
    expect(await page.getByTestId('rates-known-until-cnHolidays').textContent()).toBe('known until 2026-12-31');

    // Yuan by the 1-year LPR: 深圳市华强 owes 86,000.50 since 2026-10-02 (52 days), a breach after the LPR's known-until date:
    // 86,000.50 × 3.00 % (assumed) × 52 / 365 = 367.563… → 367.56.
    await page.getByTestId('currency-rules').locator('summary').click();
    await page.getByTestId('setting-rule-currency-CNY').selectOption('cn-lpr-1x');
    await page.getByTestId('flag-overdue').click();
    await expect.poll(() => penaltyAndRule(page, 3)).toEqual([367.56, 'China: interest at the 1-year LPR — assumed: LPR (China) after 2026-09-19']);
    expect(await page.getByTestId('flag-assumed').textContent()).toContain('Some penalties rest on an assumed rate: LPR (China) after 2026-09-19 (1 invoice).');

    await page.getByTestId('rate-change-form').locator('summary').click();
    await page.getByTestId('rate-change-table').selectOption('cnLpr');
    await page.getByTestId('rate-change-from').fill('2026-09-22');
    await page.getByTestId('rate-change-known-until').fill('2026-11-22');
    await page.getByTestId('rate-change-rate').fill('2.9O');
    await page.getByTestId('rate-change-five-year').fill('3.40');
    await page.getByTestId('rate-change-add').click();
    await expect.poll(() => page.getByTestId('rate-change-error').textContent()).toBe('The rate “2.9O” cannot be read: write the percent a year as a number such as 3.75 (between -10 and 100).');
    await page.getByTestId('rate-change-rate').fill('2.90');
    await page.getByTestId('rate-change-add').click();
    await expect.poll(() => page.getByTestId('rates-known-until-cnLpr').textContent()).toBe('known until 2026-11-22 · includes your data');
    expect(await page.getByTestId('rates-stale-cnLpr').count()).toBe(0);
    const saved = await page.evaluate(() => (window as unknown as { __excelHost: { settings: { saved: Record<string, unknown> } } }).__excelHost.settings.saved['dunningDesk.referenceData']);
    expect(saved).toEqual({ version: 1, rateChanges: [{ table: 'cnLpr', from: '2026-09-22', rate: '2.90', fiveYear: '3.40', knownUntil: '2026-11-22' }], calendarYears: {} });

    // The quote of 2026-09-22 was in force on 2026-10-02: 86,000.50 × 2.90 % × 52 / 365 = 355.311… → 355.31, not assumed.
    await page.getByTestId('flag-overdue').click();
    await expect.poll(() => penaltyAndRule(page, 3)).toEqual([355.31, 'China: interest at the 1-year LPR']);
    expect(await page.getByTestId('flag-assumed').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([320, 450])('lays the section out for a %i px pane in both languages: nothing sticks out, drop-downs show whole names', async (width) => {
    const page = await openPane(width);
    for (const id of ['currency-rules', 'rate-change-form', 'calendar-form']) await page.getByTestId(id).locator('summary').click();
    for (const lang of ['zh-CN', 'en'] as const) {
      await page.getByTestId(`dunning-language-${lang}`).click();
      const report = await page.evaluate(() => {
        const section = document.querySelector('[data-testid="settings"]') as HTMLElement;
        const limit = (document.querySelector('#app') as HTMLElement).getBoundingClientRect().right + 0.5;
        const out = [...section.querySelectorAll<HTMLElement>('*')]
          .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > limit)
          .map((el) => `${el.tagName.toLowerCase()}[${el.dataset.testid ?? el.className}]`);
        const canvas = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
        const clipped = [...section.querySelectorAll<HTMLSelectElement>('select')].filter((sel) => {
          canvas.font = getComputedStyle(sel).font;
          return canvas.measureText(sel.selectedOptions[0]?.text ?? '').width > sel.clientWidth - 28;
        }).map((sel) => `${sel.dataset.testid}: ${sel.selectedOptions[0]?.text}`);
        return { out, clipped, scroll: document.scrollingElement?.scrollWidth ?? 0, inner: window.innerWidth };
      });
      expect(report.out, lang).toEqual([]);
      expect(report.clipped, lang).toEqual([]);
      expect(report.scroll).toBeLessThanOrEqual(report.inner);
    }
    await page.close();
  });
});
