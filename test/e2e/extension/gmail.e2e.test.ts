import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, importList, launchWithExtension, pageInputEvents, textPrecedes, type ExtensionBrowser } from './extension-browser.ts';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  browser.serve('https://mail.google.com/mail/u/0/', 'gmail-new-message.html');
  browser.serve('https://mail.google.com/mail/u/1/', 'gmail-new-message-zh.html');
  browser.serve('https://mail.google.com/mail/u/2/', 'gmail-inline-reply.html');
  const report = await importList(browser, 'receivables.csv');
  expect(report).toContain('receivables.csv');
});

afterAll(async () => {
  await browser?.close();
});

describe('Gmail new message dialog', () => {
  it('inserts subject, recipient and body above the signature as real edits', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await page.locator('#compose-button').click();
    const button = page.getByTestId('dunning-insert');
    await expect.poll(() => button.count()).toBe(1);
    await page.locator('[g_editable="true"]').click();
    await button.click();

    await page.getByTestId('dunning-customer-search').fill('minghua');
    await expect.poll(() => page.getByTestId('dunning-customer').count()).toBe(1);
    await page.getByTestId('dunning-stage-deadline').click();
    await page.getByTestId('dunning-language-en').click();
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toContain('INV-2026-0815');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'picker-gmail-new-message.png') });
    await page.getByTestId('dunning-insert-confirm').click();

    const body = page.locator('[g_editable="true"]');
    await expect.poll(() => body.innerText()).toContain('INV-2026-0815');
    const text = await body.innerText();
    expect(text).toContain('INV-2026-0902');
    expect(await textPrecedes(page, '[g_editable="true"]', 'INV-2026-0815', '.gmail_signature_prefix')).toBe(true);
    expect(await page.locator('.gmail_signature').innerText()).toContain('Li Na');
    expect(await page.locator('input[name="subjectbox"]').inputValue()).not.toBe('');
    expect(await page.locator('[name="to"] input').inputValue()).toContain('ap@minghua-electronics.example');
    const events = await pageInputEvents(page);
    expect(events).toContainEqual(expect.objectContaining({ field: 'Message Body', type: 'input' }));
    expect(events).toContainEqual(expect.objectContaining({ field: 'subjectbox', inputType: 'insertText' }));
    expect(browser.strayRequests).toEqual([]);
    await page.close();
  });
});
