import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ADDIN_PATHS } from '../../../excel-addin/addin-urls.ts';
import { startTaskPaneServer, type TaskPaneServer } from './task-pane-server.ts';
import { wholePaneScreenshot } from './whole-pane-screenshot.ts';

const DIST = 'dist/excel-addin';
/** Pictures for whoever looks at a run (git ignores the folder); the README's are made by scripts/screenshot-addin-taskpane.ts. */
const ARTIFACTS = 'test/e2e/artifacts';

let pane: TaskPaneServer;

beforeAll(async () => { pane = await startTaskPaneServer(); });
afterAll(async () => { await pane?.close(); });

const openPane = (width = 380, height = 1100): Promise<Page> => pane.openPane(width, height);

/** The whole pane as one picture, in the test artifacts only: a test run never writes a tracked file. */
async function screenshotPane(page: Page, lang: 'en' | 'zh-CN'): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  writeFileSync(join(ARTIFACTS, `excel-addin-taskpane-350-${lang}.png`), await wholePaneScreenshot(page));
}

describe('Excel add-in task pane in Chromium on the in-memory host', () => {
  it('serves every file the manifest names', () => {
    for (const p of [ADDIN_PATHS.taskpane, ADDIN_PATHS.functionsScript, ADDIN_PATHS.functionsMetadata, ...ADDIN_PATHS.icons]) {
      expect(existsSync(join(DIST, p)), p).toBe(true);
    }
    const meta = JSON.parse(readFileSync(join(DIST, ADDIN_PATHS.functionsMetadata), 'utf8')) as { functions: Array<{ id: string }> };
    expect(meta.functions.map((f) => f.id)).toEqual(['DAYSOVERDUE', 'PENALTY', 'BUCKET', 'STAGE', 'LPR', 'STATUTORYRATE']);
  });

  it('flags the sheet, then drafts the reminder for the selected row (at 350 px, in Chinese and English)', async () => {
    const page = await openPane(350, 900);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    await page.getByTestId('flag-overdue').click();
    await expect.poll(() => page.getByTestId('pane-notice').textContent()).toBe('6 of 7 invoices overdue; columns Sheet1!I1:R8');
    const row = await page.evaluate(() => {
      const host = (window as unknown as { __excelHost: { model: { sheets: Array<{ rows: Array<Array<{ value: unknown } | undefined>> }> } } }).__excelHost;
      return (host.model.sheets[0]?.rows[1] ?? []).slice(8, 14).map((c) => c?.value);
    });
    // 12,000.00 CNY outstanding, 99 days at 0.05 % a day = 594.00, with the rule that produced it.
    expect(row).toEqual([99, '91-180', 594, 'China, agreed penalty: 0.05 % a day', 12594, 'Final notice']);
    const customFunctions = await page.evaluate(() =>
      [...(window as unknown as { __excelHost: { customFunctions: Map<string, unknown> } }).__excelHost.customFunctions.keys()]);
    expect(customFunctions).toEqual(['DAYSOVERDUE', 'PENALTY', 'BUCKET', 'STAGE', 'LPR', 'STATUTORYRATE']);

    await page.getByTestId('reminder-from-selection').click();
    await expect.poll(() => page.getByTestId('reminder-customer').textContent()).toBe('Shanghai Minghua Electronics Co. Ltd');
    await expect.poll(() => page.getByTestId('dunning-stage-final-notice').getAttribute('aria-pressed')).toBe('true');
    const text = await page.getByTestId('reminder-text').textContent();
    expect(text).toContain('INV-2026-0815');
    expect(await page.getByTestId('mailto-reminder').getAttribute('href')).toMatch(/^mailto:ap%40minghua-electronics\.example\?subject=/);

    await page.getByTestId('dunning-language-zh-CN').click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('催款助手');
    // The contract clause of the rule in use sits under the rule picker, in the pane's language.
    expect(await page.getByTestId('rule-clause').textContent()).toContain('每逾期一日按逾期未付金额的万分之五');
    await screenshotPane(page, 'zh-CN');
    await page.getByTestId('dunning-language-en').click();
    await screenshotPane(page, 'en');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('records a promise for the selected row\'s customer in the DunningLog table, then shows it in Today', async () => {
    const page = await openPane(350, 1100);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.getByTestId('reminder-from-selection').click();
    await expect.poll(() => page.getByTestId('reminder-customer').textContent()).toBe('Shanghai Minghua Electronics Co. Ltd');
    await page.getByTestId('record-promise').click();
    await page.getByTestId('record-by').fill('Li Na');
    await page.getByTestId('record-by').dispatchEvent('change');
    await page.getByTestId('record-until').fill('2026-11-27');
    await page.getByTestId('record-amount').fill('12,000');
    await page.getByTestId('record-save').click();
    await expect.poll(() => page.getByTestId('pane-notice').textContent()).toBe('Recorded on sheet Collection log: 1 row(s)');
    const log = await page.evaluate(() => {
      const host = (window as unknown as { __excelHost: { model: {
        sheets: Array<{ name: string; rows: Array<Array<{ value: unknown } | undefined>> }>; tables: Array<{ name: string; sheet: { name: string }; rect: unknown }>;
      } } }).__excelHost;
      const sheet = host.model.sheets.find((s) => s.name === 'Collection log');
      return {
        rows: (sheet?.rows ?? []).slice(0, 2).map((r) => Array.from({ length: 12 }, (_, i) => r?.[i]?.value ?? '')),
        tables: host.model.tables.map((t) => [t.name, t.sheet.name, t.rect]),
      };
    });
    expect(log).toEqual({
      rows: [
        ['date', 'customer', 'invoices', 'action', 'stage', 'channel', 'amount', 'currency', 'until', 'reason', 'note', 'by'],
        // 2026-11-22 and 2026-11-27 as Excel serials; 12,000.00 CNY; the phone, where promises are made.
        [46348, 'Shanghai Minghua Electronics Co. Ltd', '', 'promise', '', 'phone', 12000, 'CNY', 46353, '', '', 'Li Na'],
      ],
      tables: [['DunningLog', 'Collection log', { row: 0, col: 0, rows: 2, cols: 12 }]],
    });
    // The promise holds the chase until its day: the customer waits, the promise is coming up.
    await expect.poll(() => page.getByTestId('log-status').textContent()).toBe('Promised to pay');
    await page.getByTestId('show-today').click();
    await expect.poll(() => page.getByTestId('today-action').count()).toBeGreaterThan(0);
    const lines = await page.getByTestId('today-action').allInnerTexts();
    expect(lines.some((l) => l.includes('Shanghai Minghua'))).toBe(false);
    expect(lines.some((l) => l.includes('Hengyuan Foods'))).toBe(true);
    expect(await page.getByTestId('today-upcoming').innerText()).toContain('Shanghai Minghua Electronics Co. Ltd');
    // A line of the list selects that customer's row in the ledger.
    await page.getByTestId('today-customer').filter({ hasText: 'Hengyuan Foods' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __excelHost: { model: { selection: { rect: { row: number } } } } }).__excelHost.model.selection.rect.row)).toBe(2);
    await page.getByTestId('dunning-language-zh-CN').click();
    await expect.poll(() => page.getByTestId('today-count').textContent()).toMatch(/^今日有 \d+ 位客户待催收/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('builds the aging summary sheet with a chart per currency', async () => {
    const page = await openPane();
    await page.getByTestId('aging-summary').click();
    await expect.poll(() => page.getByTestId('pane-notice').textContent()).toBe('Aging summary on sheet Aging summary');
    const model = await page.evaluate(() => {
      const host = (window as unknown as { __excelHost: { model: { sheets: Array<{ name: string }>; charts: Array<{ chartType: string; title: string }> } } }).__excelHost;
      return { sheets: host.model.sheets.map((s) => s.name), charts: host.model.charts.map((c) => [c.chartType, c.title]) };
    });
    expect(model).toEqual({
      sheets: ['Sheet1', 'Aging summary'],
      charts: [['ColumnStacked', 'Outstanding by bucket (CNY)'], ['ColumnStacked', 'Outstanding by bucket (USD)'], ['ColumnStacked', 'Outstanding by bucket (EUR)']],
    });
    await page.close();
  });

  it.each([['en', 'The columns beside your table already hold other data (Sheet1!K4).'], ['zh-CN', '表格右侧的列已有其他数据（Sheet1!K4）']] as const)(
    'shows an error once, in plain %s words, in office-js-helpers\' bar: styled, dismissible, never over the controls', async (lang, words) => {
      const page = await openPane();
      const scripts: string[] = [];
      page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
      if (lang === 'zh-CN') await page.getByTestId('dunning-language-zh-CN').click();
      await page.evaluate(() => {
        const host = (window as unknown as { __excelHost: { model: { sheets: Array<{ rows: Array<Array<unknown>> }> } } }).__excelHost;
        // A note typed to the right of the table, where the owned columns would go.
        (host.model.sheets[0]?.rows[3] as unknown[])[10] = { value: 'call Friday', numberFormat: 'General' };
      });
      expect(scripts.some((u) => u.includes('office.helpers'))).toBe(false);
      await page.getByTestId('flag-overdue').click();
      const bar = page.locator('.office-js-helpers-notification');
      await expect.poll(() => bar.count()).toBe(1);
      // The library is loaded only now, for the first error.
      expect(scripts.some((u) => u.includes('office.helpers'))).toBe(true);
      const message = (await page.getByTestId('pane-error-text').innerText()).trim();
      expect(message).toContain(words);
      // One message: said once on the page, no internal code, no title repeating it.
      const body = await page.evaluate(() => document.body.innerText);
      expect(body.split(words).length - 1).toBe(1);
      expect(body).not.toMatch(/columns-occupied|GeneralException|dueDate|--date-order/);
      expect(await bar.getAttribute('role')).toBe('alert');
      expect(await bar.getAttribute('lang')).toBe(lang);
      const look = await bar.evaluate((el) => {
        const s = getComputedStyle(el);
        const icon = el.querySelector('.ms-Icon--Clear');
        const glyph = icon ? getComputedStyle(icon, '::before') : null;
        return { position: s.position, background: s.backgroundColor, glyph: glyph?.content, glyphColor: glyph?.color };
      });
      // In the page's flow, opaque, with a close mark that shows (no icon font needed).
      expect(look.position).toBe('static');
      expect(look.background).toBe('rgb(253, 231, 233)');
      expect(look.glyph).toBe('"×"');
      expect(look.glyphColor).toBe('rgb(50, 49, 48)');
      const close = page.getByTestId('pane-error-close');
      expect(await close.getAttribute('aria-label')).toBe(lang === 'zh-CN' ? '关闭' : 'Dismiss');
      const closeBox = await close.boundingBox();
      expect(closeBox && closeBox.width >= 24 && closeBox.height >= 24).toBe(true);
      // Nothing it covers: the language buttons are where a click lands, and still work.
      const barBox = await bar.boundingBox();
      for (const id of ['dunning-language-zh-CN', 'dunning-language-en', 'flag-overdue']) {
        const button = page.getByTestId(id);
        const box = await button.boundingBox();
        if (!barBox || !box) throw new Error(`no box for ${id}`);
        expect(box.y >= barBox.y + barBox.height || box.y + box.height <= barBox.y, id).toBe(true);
        const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x as number, y as number)?.getAttribute('data-testid'), [box.x + box.width / 2, box.y + box.height / 2]);
        expect(hit, id).toBe(id);
      }
      await page.getByTestId(lang === 'zh-CN' ? 'dunning-language-en' : 'dunning-language-zh-CN').click();
      await expect.poll(() => page.getByTestId('pane-error-text').innerText()).not.toContain(words);
      await close.click();
      await expect.poll(() => bar.count()).toBe(0);
      await page.close();
    });

  it.each([320, 350, 450])('lays the pane out for a %i px wide task pane: nothing overflows, drop-downs show whole names', async (width) => {
    const page = await openPane(width);
    await page.getByTestId('detect-table').click();
    await page.getByTestId('reminder-from-selection').click();
    await page.getByTestId('reminder-text').waitFor();
    for (const lang of ['en', 'zh-CN'] as const) {
      await page.getByTestId(`dunning-language-${lang}`).click();
      const report = await page.evaluate(() => {
        const app = document.querySelector('#app') as HTMLElement;
        const limit = app.getBoundingClientRect().right + 0.5;
        // Elements that stick out of the pane (the preview may scroll inside its own box).
        const out = [...document.querySelectorAll<HTMLElement>('#app *')]
          .filter((el) => !el.closest('.reminder-html') && el.getClientRects().length > 0 && el.getBoundingClientRect().right > limit)
          .map((el) => `${el.tagName.toLowerCase()}[${el.dataset.testid ?? el.className}] ${Math.round(el.getBoundingClientRect().right)}`);
        const canvas = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
        const clipped = [...document.querySelectorAll<HTMLSelectElement>('#app select')].filter((sel) => {
          const text = sel.selectedOptions[0]?.text ?? '';
          canvas.font = getComputedStyle(sel).font;
          // The arrow and padding take about 28 px of a drop-down.
          return canvas.measureText(text).width > sel.clientWidth - 28;
        }).map((sel) => `${sel.dataset.testid}: ${sel.selectedOptions[0]?.text}`);
        const preview = document.querySelector<HTMLElement>('[data-testid="reminder-text"]');
        return { out, clipped, scroll: document.scrollingElement?.scrollWidth ?? 0, inner: window.innerWidth, previewTable: !!preview?.querySelector('table'), previewOverflow: preview ? preview.scrollWidth - preview.clientWidth : -1 };
      });
      expect(report.out, lang).toEqual([]);
      expect(report.clipped, lang).toEqual([]);
      expect(report.scroll).toBeLessThanOrEqual(report.inner);
      expect(report.previewTable).toBe(true);
      expect(report.previewOverflow, lang).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});
