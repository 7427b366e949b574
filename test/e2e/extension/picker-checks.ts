import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * What a person must see of an open picker: the whole picker inside the window on every side,
 * Insert inside the window (not scrolled away), and the preview's invoice table no wider than
 * the preview.
 */
export async function expectPickerOnScreen(page: Page): Promise<void> {
  const viewport = page.viewportSize()!;
  const picker = (await page.locator('.dd-picker').boundingBox())!;
  expect(picker.x).toBeGreaterThanOrEqual(0);
  expect(picker.y).toBeGreaterThanOrEqual(0);
  expect(picker.x + picker.width).toBeLessThanOrEqual(viewport.width);
  expect(picker.y + picker.height).toBeLessThanOrEqual(viewport.height);
  const insert = (await page.getByTestId('dunning-insert-confirm').boundingBox())!;
  expect(insert.y).toBeGreaterThanOrEqual(picker.y);
  expect(insert.y + insert.height).toBeLessThanOrEqual(Math.min(viewport.height, picker.y + picker.height));
  const table = page.locator('.dd-html table').first();
  if ((await table.count()) > 0) {
    const widths = await table.evaluate((t) => ({ table: t.scrollWidth, preview: (t.closest('.dd-preview') as HTMLElement).clientWidth }));
    expect(widths.table).toBeLessThanOrEqual(widths.preview);
  }
}

/** The addresses of Gmail's recipient chips in To. */
export async function gmailToChips(page: Page): Promise<string[]> {
  return page.locator('[name="to"] [role="option"][data-hovercard-id]').evaluateAll((chips) => chips.map((c) => c.getAttribute('data-hovercard-id') ?? ''));
}

/** The text of the notice shown after Insert. */
export async function insertNotice(page: Page): Promise<string> {
  const notice = page.getByTestId('dunning-insert-notice');
  await expect.poll(() => notice.count()).toBe(1);
  return notice.innerText();
}
