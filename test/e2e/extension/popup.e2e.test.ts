import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importList, launchWithExtension, type ExtensionBrowser } from './extension-browser.ts';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await importList(browser, 'receivables.csv');
});

afterAll(async () => {
  await browser?.close();
});

describe('toolbar popup', () => {
  it('offers the same picker and copies the reminder (subject first) to the clipboard', async () => {
    const origin = `chrome-extension://${browser.extensionId}`;
    const page = await browser.context.newPage();
    await page.goto(`${origin}/popup.html`);
    await page.getByTestId('dunning-customer-search').fill('hengyuan');
    await page.getByTestId('dunning-stage-statement').click();
    await page.getByTestId('dunning-language-en').click();
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toContain('INV-2026-0907');
    const subject = await page.locator('.dd-subject').innerText();
    expect(await page.getByTestId('dunning-insert-confirm').innerText()).toBe('Copy to clipboard');
    await page.getByTestId('dunning-insert-confirm').click();
    await expect.poll(() => page.getByTestId('dunning-copy-status').innerText()).toContain('Copied');
    // Read the clipboard back the way a user would: paste into a text field (reading it from
    // script needs a permission extension origins cannot be granted in tests).
    await page.evaluate(() => {
      const area = document.createElement('textarea');
      area.id = 'paste-here';
      document.body.append(area);
    });
    await page.locator('#paste-here').focus();
    await page.keyboard.press('Control+V');
    const copied = await page.locator('#paste-here').inputValue();
    expect(copied.startsWith(subject)).toBe(true);
    expect(copied).toContain('INV-2026-0907');
    expect(browser.strayRequests).toEqual([]);
    await page.close();
  });
});
