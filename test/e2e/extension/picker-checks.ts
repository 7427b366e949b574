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

/** The text of the notice shown after Insert, which must be wholly inside the window (a notice off screen says nothing). */
export async function insertNotice(page: Page): Promise<string> {
  const notice = page.getByTestId('dunning-insert-notice');
  await expect.poll(() => notice.count()).toBe(1);
  const viewport = page.viewportSize()!;
  const box = (await notice.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  return notice.innerText();
}

/**
 * The lines the content script logs to the extension's console (`[Dunning Desk] …`: which
 * signal found each field), collected from the page's console events, which include the
 * content script's isolated world. Call before the page loads.
 */
export function signalLog(page: Page): string[] {
  const lines: string[] = [];
  page.on('console', (m) => {
    if (m.text().startsWith('[Dunning Desk]')) lines.push(m.text());
  });
  return lines;
}

/** Where the Dunning button sits in its compose window, as a person sees it. */
export async function buttonPlace(page: Page, body: string): Promise<{ inViewport: boolean; aboveBody: boolean; inBody: boolean; inToolbar: boolean }> {
  const viewport = page.viewportSize()!;
  const box = (await page.getByTestId('dunning-insert').boundingBox())!;
  const where = await page.evaluate((bodySelector) => {
    const host = document.querySelector('dunning-desk-button')!;
    const editor = document.querySelector(bodySelector)!;
    return {
      aboveBody: (host.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !editor.contains(host),
      inBody: editor.contains(host),
      inToolbar: host.closest('[role="toolbar"]') !== null,
    };
  }, body);
  return { inViewport: box.x >= 0 && box.y >= 0 && box.x + box.width <= viewport.width && box.y + box.height <= viewport.height && box.width > 0, ...where };
}
