import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importList, launchWithExtension, pageInputEvents, textPrecedes, type ExtensionBrowser } from './extension-browser.ts';
import { expectRealInsertion } from './expect-real-insertion.ts';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  browser.serve('https://outlook.office.com/mail/', 'outlook-new-mail.html');
  browser.serve('https://outlook.live.com/mail/0/', 'outlook-new-mail.html');
  browser.serve('https://outlook.cloud.microsoft/mail/inbox/id/AAQk', 'outlook-reading-pane-reply.html');
  browser.serve('https://outlook.office365.com/mail/', 'outlook-new-mail-zh.html');
});

// Every test starts from a list imported on the options page, as a user would.
beforeEach(async () => {
  const report = await importList(browser, 'receivables.csv');
  expect(report).toContain('receivables.csv');
});

afterAll(async () => {
  await browser?.close();
});

describe('Outlook new mail (editor mounted after the window)', () => {
  it('puts the button next to Send and fills To, subject and body above the signature', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://outlook.office.com/mail/');
    await page.locator('#new-mail').click();
    await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(1);
    expect(await page.evaluate(() => document.querySelector('dunning-desk-button')?.previousElementSibling?.textContent)).toBe('Send');

    await page.getByTestId('dunning-insert').click();
    await page.getByTestId('dunning-customer-search').fill('northbridge');
    await expect.poll(() => page.getByTestId('dunning-customer').count()).toBe(1);
    await page.getByTestId('dunning-stage-statement').click();
    await page.getByTestId('dunning-language-en').click();
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toContain('INV-2026-1003');
    const subject = await page.locator('.dd-subject').innerText();
    expect(subject).not.toBe('');
    await page.getByTestId('dunning-insert-confirm').click();

    const body = page.locator('div[contenteditable="true"][aria-multiline="true"]');
    await expect.poll(() => body.innerText()).toContain('INV-2026-1003');
    expect(await body.innerText()).toContain('£4,200.00');
    expect(await textPrecedes(page, 'div[contenteditable="true"][aria-multiline="true"]', 'INV-2026-1003', '#Signature')).toBe(true);
    expect(await page.locator('#Signature').innerText()).toContain('Li Na');
    expect(await page.locator('input[maxlength="255"]').inputValue()).toBe(subject);
    expect(await page.locator('[role="textbox"][aria-label="To"]').innerText()).toContain('accounts@northbridge-components.example');
    expect(await page.locator('[role="textbox"][aria-label="Cc"]').innerText()).toBe('');
    const events = await pageInputEvents(page);
    expect(events).toContainEqual(expect.objectContaining({ field: 'Message body, press Alt+F10 to exit', type: 'input' }));
    expect(events).toContainEqual(expect.objectContaining({ field: 'Add a subject', inputType: 'insertText' }));
    expect(browser.strayRequests).toEqual([]);
    await page.close();
  });

  it('does not overwrite a subject the user typed, and goes away with the discarded draft', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://outlook.live.com/mail/0/');
    await page.locator('#new-mail').click();
    await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(1);
    await page.locator('input[maxlength="255"]').fill('Our call today');
    await page.getByTestId('dunning-insert').click();
    await page.getByTestId('dunning-customer-search').fill('hengyuan');
    await page.getByTestId('dunning-stage-payment-plan').click();
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toContain('INV-2026-0907');
    await page.getByTestId('dunning-insert-confirm').click();
    await expect.poll(() => page.locator('div[contenteditable="true"][aria-multiline="true"]').innerText()).toContain('INV-2026-0907');
    expect(await page.locator('input[maxlength="255"]').inputValue()).toBe('Our call today');
    expect(await page.locator('[role="textbox"][aria-label="To"]').innerText()).toContain('finance@hengyuan-foods.example');
    await expectRealInsertion(browser, page, { body: 'div[contenteditable="true"][aria-multiline="true"]', text: 'INV-2026-0907', below: '#Signature', bodyLabel: 'Message body, press Alt+F10 to exit' });
    // Settled invoices are not reminded about.
    expect(await page.locator('div[contenteditable="true"][aria-multiline="true"]').innerText()).not.toContain('INV-2026-0611');
    // Discarding the draft takes the button with it.
    await page.locator('[data-fixture-close]').click();
    await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(0);
    await page.close();
  });
});

describe('Outlook new mail with a Chinese interface whose Send names no shortcut', () => {
  it('finds Send by its place (past a menu hidden by a stylesheet) and inserts in Chinese', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://outlook.office365.com/mail/');
    await page.locator('#new-mail').click();
    await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(1);
    expect(await page.evaluate(() => document.querySelector('dunning-desk-button')?.previousElementSibling?.textContent)).toBe('发送');

    await page.getByTestId('dunning-insert').click();
    await page.getByTestId('dunning-customer-search').fill('minghua');
    await expect.poll(() => page.getByTestId('dunning-customer').count()).toBe(1);
    await page.getByTestId('dunning-stage-deadline').click();
    await page.getByTestId('dunning-language-zh-CN').click();
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toMatch(/[\u4e00-\u9fff][\s\S]*INV-2026-0815/);
    await page.getByTestId('dunning-insert-confirm').click();

    const sel = 'div[contenteditable="true"][aria-multiline="true"]';
    await expect.poll(() => page.locator(sel).innerText()).toContain('INV-2026-0815');
    expect(await textPrecedes(page, sel, 'INV-2026-0815', '#Signature')).toBe(true);
    expect(await page.locator('input[maxlength="255"]').inputValue()).toMatch(/[\u4e00-\u9fff]/);
    expect(await page.locator('[role="textbox"][aria-label="收件人"]').innerText()).toContain('ap@minghua-electronics.example');
    expect(await page.locator('[role="textbox"][aria-label="抄送"]').innerText()).toBe('');
    const events = await pageInputEvents(page);
    expect(events).toContainEqual(expect.objectContaining({ field: '邮件正文，按 Alt+F10 退出', type: 'input' }));
    expect(events).toContainEqual(expect.objectContaining({ field: '添加主题', inputType: 'insertText' }));
    expect(browser.strayRequests).toEqual([]);
    await page.close();
  });
});

describe('Outlook reading-pane reply with a Chinese interface', () => {
  it('matches the customer from To, never touches read-only bodies, inserts above the signature and history', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://outlook.cloud.microsoft/mail/inbox/id/AAQk');
    await page.locator('#reply-button').click();
    await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(1);
    await page.getByTestId('dunning-insert').click();
    const selected = page.locator('[data-testid="dunning-customer"][aria-selected="true"]');
    await expect.poll(() => selected.innerText()).toContain('Hengyuan');
    await page.getByTestId('dunning-stage-follow-up').click();
    await page.getByTestId('dunning-language-zh-CN').click();
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toContain('INV-2026-0907');
    await page.getByTestId('dunning-insert-confirm').click();

    const body = page.locator('div[contenteditable="true"][aria-multiline="true"]');
    await expect.poll(() => body.innerText()).toContain('INV-2026-0907');
    const sel = 'div[contenteditable="true"][aria-multiline="true"]';
    expect(await textPrecedes(page, sel, 'INV-2026-0907', '#Signature')).toBe(true);
    expect(await textPrecedes(page, sel, 'INV-2026-0907', '#divRplyFwdMsg')).toBe(true);
    expect(await page.locator('[role="document"]').innerText()).toBe('你好，发票 INV-2026-0907 我们下周安排付款。');
    expect(await page.locator('[role="textbox"][aria-label="收件人"]').innerText()).not.toContain('@');
    expect(await page.locator('[role="textbox"][aria-label="收件人"] [title]').getAttribute('title')).toBe('finance@hengyuan-foods.example');
    await expectRealInsertion(browser, page, { body: sel, text: 'INV-2026-0907', below: '#Signature', bodyLabel: '邮件正文，按 Alt+F10 退出' });
    await page.close();
  });
});

describe('Outlook pop-out compose window (about:blank)', () => {
  it('runs in the pop-out and inserts there', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://outlook.office.com/mail/');
    const [popout] = await Promise.all([page.waitForEvent('popup'), page.locator('#pop-out').click()]);
    expect(popout.url()).toBe('about:blank');
    await expect.poll(() => popout.getByTestId('dunning-insert').count(), { timeout: 10_000 }).toBe(1);
    await popout.getByTestId('dunning-insert').click();
    await popout.getByTestId('dunning-customer-search').fill('minghua');
    await popout.getByTestId('dunning-stage-statement').click();
    await popout.getByTestId('dunning-language-en').click();
    await expect.poll(() => popout.getByTestId('dunning-preview').innerText()).toContain('INV-2026-0815');
    const subject = await popout.locator('.dd-subject').innerText();
    await popout.getByTestId('dunning-insert-confirm').click();
    const body = popout.locator('div[contenteditable="true"][aria-multiline="true"]');
    await expect.poll(() => body.innerText()).toContain('INV-2026-0815');
    expect(await textPrecedes(popout, 'div[contenteditable="true"][aria-multiline="true"]', 'INV-2026-0815', '#Signature')).toBe(true);
    expect(await popout.locator('[role="textbox"][aria-label="To"]').innerText()).toContain('ap@minghua-electronics.example');
    expect(await popout.locator('input[maxlength="255"]').inputValue()).toBe(subject);
    const events = await pageInputEvents(page);
    expect(events).toContainEqual(expect.objectContaining({ popout: true, field: 'Message body, press Alt+F10 to exit', type: 'input' }));
    expect(browser.strayRequests).toEqual([]);
    await page.close();
  });
});
