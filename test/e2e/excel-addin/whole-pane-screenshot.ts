import type { Page } from 'playwright-core';

/**
 * The whole task pane as one PNG (the README's pictures, the browser tests' artifacts): the pane
 * scrolls inside its own box (`#app`), so the page is let grow for the shot and put back after.
 */
export async function wholePaneScreenshot(page: Page): Promise<Buffer> {
  const style = await page.addStyleTag({ content: 'html, body { height: auto !important; display: block !important; } #app { overflow: visible !important; }' });
  try {
    return await page.screenshot({ fullPage: true });
  } finally {
    await style.evaluate((el) => (el as Element).remove());
  }
}
