import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, importList, launchWithExtension, type ExtensionBrowser } from './extension-browser.ts';
import { expectPickerOnScreen, gmailToChips, insertNotice } from './picker-checks.ts';
import { expectRealInsertion } from './expect-real-insertion.ts';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ uiLanguage: 'zh-CN' });
  browser.serve('https://mail.google.com/mail/u/1/', 'gmail-new-message-zh.html');
});

afterAll(async () => {
  await browser?.close();
});

describe('a browser in Chinese', () => {
  it('shows the button, picker and options in Chinese and writes Chinese reminders by default', async () => {
    await importList(browser, 'receivables.csv');
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.locator('h1').innerText()).toContain('设置');
    await options.close();

    const page = await browser.context.newPage();
    await page.goto('https://mail.google.com/mail/u/1/#inbox');
    await page.locator('#compose-button').click();
    await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(1);
    expect(await page.getByTestId('dunning-insert').innerText()).toBe('催款');
    await page.getByTestId('dunning-insert').click();
    await expect.poll(() => page.locator('.dd-head strong').innerText()).toBe('催款提醒');
    await expect.poll(() => page.getByTestId('dunning-language-zh-CN').getAttribute('aria-checked')).toBe('true');
    await page.getByTestId('dunning-customer-search').fill('hengyuan');
    await page.getByTestId('dunning-stage-formal-notice').click();
    expect(await page.getByTestId('dunning-stage-formal-notice').innerText()).toMatch(/[\u4e00-\u9fff]/);
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toContain('INV-2026-0907');
    expect(await page.getByTestId('dunning-suggestion').innerText()).toMatch(/^建议：/);
    expect(await page.locator('[data-group="ladder"] .dd-group-label').innerText()).toBe('催收阶梯');
    await expectPickerOnScreen(page);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'picker-gmail-zh.png') });
    await page.getByTestId('dunning-insert-confirm').click();
    await expect.poll(() => page.locator('[g_editable="true"]').innerText()).toContain('INV-2026-0907');
    expect(await page.locator('[g_editable="true"]').innerText()).toMatch(/[\u4e00-\u9fff]/);
    expect(await page.locator('input[name="subjectbox"]').inputValue()).toMatch(/[\u4e00-\u9fff]/);
    await expect.poll(() => gmailToChips(page)).toEqual(['finance@hengyuan-foods.example']);
    expect(await insertNotice(page)).toContain('收件人：已添加 finance@hengyuan-foods.example');
    await page.screenshot({ path: join(ARTIFACTS, 'notice-gmail-zh.png') });
    await expectRealInsertion(browser, page, { body: '[g_editable="true"]', text: 'INV-2026-0907', below: '.gmail_signature_prefix', bodyLabel: '邮件正文' });
    await page.close();
  });
});
