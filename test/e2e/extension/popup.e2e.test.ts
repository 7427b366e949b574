import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLogCsv } from '../../../shared/log/index.ts';
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

  it.each([
    { channel: 'sms', lang: 'en', label: 'Text message', expected: ['CN¥18,450.50', 'INV-2026-0815', 'INV-2026-0902', 'Please pay by'] },
    { channel: 'wechat', lang: 'zh-CN', label: 'WeChat', expected: ['¥18,450.50', '2张发票', 'INV-2026-0815', '前付清'] },
  ])('copies the reminder as $channel text in $lang (plain, at most 300 characters) and records it as sent only when asked', async ({ channel, lang, label, expected }) => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.getByTestId('dunning-customer-search').fill('minghua');
    await page.getByTestId('dunning-stage-deadline').click();
    await page.getByTestId(`dunning-language-${lang}`).click();
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toContain('INV-2026-0902');
    const before = await logRows(page);
    await page.getByTestId(`dunning-copy-${channel}`).click();
    await expect.poll(() => page.getByTestId('dunning-copy-status').innerText()).toContain(`Copied for ${label}`);
    const text = await page.getByTestId('dunning-short-text').inputValue();
    expect(text.length).toBeLessThanOrEqual(300);
    for (const e of expected) expect(text).toContain(e);
    expect(text).not.toMatch(/<[a-z]/i);
    expect(await page.getByTestId('dunning-short-count').innerText()).toBe(`${text.length} / 300 characters`);
    expect(await pasted(page)).toBe(text);
    // Copying is not sending: nothing is recorded until the user says the message went out.
    expect(await logRows(page)).toEqual(before);
    await page.getByTestId('dunning-record-sent').click();
    await expect.poll(() => page.getByTestId('dunning-copy-status').innerText()).toContain(`Recorded in the collection log as sent (${label})`);
    const after = await logRows(page);
    expect(after.length).toBe(before.length + 1);
    expect(after.at(-1)).toMatchObject({ customer: 'Shanghai Minghua Electronics Co. Ltd', action: 'reminder', stage: 'deadline', channel, invoices: ['INV-2026-0815', 'INV-2026-0902'] });
    expect(await page.getByTestId('dunning-record-sent').count()).toBe(0);
    // The picker's notice takes it back.
    await page.getByTestId('dunning-record-undo').click();
    await expect.poll(() => logRows(page)).toEqual(before);
    expect(browser.strayRequests).toEqual([]);
    await page.close();
  });
});

/** The collection log's rows, as the background exports them. */
async function logRows(page: Page) {
  const reply = await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ csv: string }> } } }).chrome.runtime.sendMessage({ type: 'log-export' }));
  const read = parseLogCsv(reply.csv);
  if (!read.ok) throw new Error(read.error.message);
  return read.value.entries.map(({ row: _row, ...e }) => e);
}

/** What the clipboard holds, read the way a user would: pasted into a text field. */
async function pasted(page: Page): Promise<string> {
  await page.evaluate(() => {
    document.getElementById('paste-here')?.remove();
    const area = document.createElement('textarea');
    area.id = 'paste-here';
    document.body.append(area);
  });
  await page.locator('#paste-here').focus();
  await page.keyboard.press('Control+V');
  const text = await page.locator('#paste-here').inputValue();
  await page.evaluate(() => document.getElementById('paste-here')?.remove());
  return text;
}
