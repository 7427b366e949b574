import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS, clearLog, importList, launchWithExtension, pageInputEvents, textPrecedes, type ExtensionBrowser } from './extension-browser.ts';
import { expectRealInsertion } from './expect-real-insertion.ts';
import { buttonPlace, expectPickerOnScreen, insertNotice, signalLog } from './picker-checks.ts';

let browser: ExtensionBrowser;
const BODY = 'div[contenteditable="true"][aria-multiline="true"]';

beforeAll(async () => {
  browser = await launchWithExtension();
  browser.serve('https://outlook.office.com/mail/', 'outlook-new-mail.html');
  browser.serve('https://outlook.live.com/mail/0/', 'outlook-new-mail.html');
  browser.serve('https://outlook.cloud.microsoft/mail/inbox/id/AAQk', 'outlook-reading-pane-reply.html');
  browser.serve('https://outlook.office365.com/mail/', 'outlook-new-mail-zh.html');
  browser.serve('https://outlook.office.com/mail/options/mail/messageContent', 'outlook-settings-signature.html');
});

// Every test starts from a list imported on the options page, as a user would, and no collection
// log (each Insert records a row: a test must not see the reminders an earlier one sent).
beforeEach(async () => {
  await clearLog(browser);
  const report = await importList(browser, 'receivables.csv');
  expect(report).toContain('receivables.csv');
});

afterAll(async () => {
  await browser?.close();
});

/** A new tab at `url` with new mail open and the button in it. */
async function openNewMail(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.locator('#new-mail').click();
  await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(1);
  return page;
}

/** Picks a customer by search and a stage, and inserts. */
async function insertFor(page: Page, search: string, invoice: string, stage = 'statement'): Promise<void> {
  await page.getByTestId('dunning-insert').click();
  await page.getByTestId('dunning-customer-search').fill(search);
  await page.getByTestId(`dunning-stage-${stage}`).click();
  await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toContain(invoice);
  await page.getByTestId('dunning-insert-confirm').click();
  // The body goes in after To: a recipient Outlook does not take costs two waits first.
  await expect.poll(() => page.locator(BODY).innerText(), { timeout: 5000 }).toContain(invoice);
}

/** Where the button sits: the element before it holds Send and "More send options"; never in a toolbar. */
async function placement(page: Page): Promise<{ send: string; menu: string; inToolbar: boolean }> {
  return page.evaluate(() => {
    const host = document.querySelector('dunning-desk-button')!;
    const before = host.previousElementSibling!;
    return {
      send: before.querySelector('.fui-SplitButton__primaryActionButton, button')?.textContent ?? '',
      menu: before.querySelector('[aria-haspopup="menu"]')?.getAttribute('aria-label') ?? '',
      inToolbar: host.closest('[role="toolbar"]') !== null,
    };
  });
}

describe('Outlook new mail (editor mounted after the window)', () => {
  it('puts the button after the Send split button and fills To (resolved on ";"), subject and body above the signature', async () => {
    const page = await openNewMail('https://outlook.office.com/mail/');
    expect(await placement(page)).toEqual({ send: 'Send', menu: 'More send options', inToolbar: false });

    await page.getByTestId('dunning-insert').click();
    await page.getByTestId('dunning-customer-search').fill('northbridge');
    await expect.poll(() => page.getByTestId('dunning-customer').count()).toBe(1);
    await page.getByTestId('dunning-stage-statement').click();
    await page.getByTestId('dunning-language-en').click();
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toContain('INV-2026-1003');
    await expectPickerOnScreen(page);
    const subject = await page.locator('.dd-subject').innerText();
    expect(subject).not.toBe('');
    await page.getByTestId('dunning-insert-confirm').click();

    const body = page.locator(BODY);
    await expect.poll(() => body.innerText()).toContain('INV-2026-1003');
    expect(await body.innerText()).toContain('£4,200.00');
    expect(await textPrecedes(page, BODY, 'INV-2026-1003', '#Signature')).toBe(true);
    expect(await page.locator('#Signature').innerText()).toContain('Li Na');
    expect(await page.locator('input[maxlength="255"]').inputValue()).toBe(subject);
    // Resolved into a recipient (a chip), not left as typed text.
    const to = page.locator('[data-well="to"] ._EType_RECIPIENT_ENTITY');
    await expect.poll(() => to.allInnerTexts()).toEqual(['accounts@northbridge-components.example']);
    expect(await page.locator('[data-well="cc"]').innerText()).toBe('');
    expect(await insertNotice(page)).toContain('To: accounts@northbridge-components.example added');
    const events = await pageInputEvents(page);
    expect(events).toContainEqual(expect.objectContaining({ field: 'Message body, press Alt+F10 to exit', type: 'input' }));
    expect(events).toContainEqual(expect.objectContaining({ field: 'Add a subject', inputType: 'insertText' }));
    expect(browser.strayRequests).toEqual([]);
    await page.close();
  });

  it.each([
    ['contenteditable', '', 'single-line contenteditable', 'maxlength=255'],
    ['textbox', '&subject=nomax', 'role=textbox without dir', 'last text input above the body'],
    ['presentation', '', 'role=presentation contenteditable', 'maxlength=255'],
    ['combobox', '&subject=nomax', 'role=combobox', 'last text input above the body'],
  ])('finds To written as %s (Briskine\'s selector history) and the subject, fills both and logs the signals', async (variant, extra, toSignal, subjectSignal) => {
    const page = await browser.context.newPage();
    const log = signalLog(page);
    await page.goto(`https://outlook.live.com/mail/0/?to=${variant}${extra}`);
    await page.locator('#new-mail').click();
    await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(1);
    await insertFor(page, 'minghua', 'INV-2026-0815');
    // Each markup variant is found by its own signal, and the extension's console says which.
    await expect.poll(() => log.filter((l) => l.startsWith('[Dunning Desk] outlook insert:'))).toEqual([
      `[Dunning Desk] outlook insert: to: ${toSignal}; recipient: typed + ;; subject: ${subjectSignal}; result: body inserted, to set, subject set`,
    ]);
    expect(log).toContainEqual(expect.stringMatching(/^\[Dunning Desk\] outlook compose window: container: .+; send: shortcut in its tooltip$/));
    // A known contact resolves to the display name only.
    const to = variant === 'combobox' ? page.locator('.well-box ._EType_RECIPIENT_ENTITY') : page.locator('[data-well="to"] ._EType_RECIPIENT_ENTITY');
    await expect.poll(() => to.allInnerTexts()).toEqual(['Zhou Min']);
    expect(await page.locator('.subject input').inputValue()).not.toBe('');
    const notice = await insertNotice(page);
    expect(notice).toContain('To: ap@minghua-electronics.example added');
    expect(notice).toContain('Subject filled');
    await page.close();
  });

  it('does not overwrite a subject the user typed, and goes away with the discarded draft', async () => {
    const page = await openNewMail('https://outlook.live.com/mail/0/');
    await page.locator('input[maxlength="255"]').fill('Our call today');
    await insertFor(page, 'hengyuan', 'INV-2026-0907', 'payment-plan');
    expect(await page.locator('input[maxlength="255"]').inputValue()).toBe('Our call today');
    await expectRealInsertion(browser, page, { body: BODY, text: 'INV-2026-0907', below: '#Signature', bodyLabel: 'Message body, press Alt+F10 to exit' });
    expect(await page.locator(BODY).innerText()).not.toContain('INV-2026-0611');
    expect(await insertNotice(page)).toContain('Subject left as it was');
    await page.locator('[data-fixture-close]').click();
    await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(0);
    await page.close();
  });

  it('tries Enter when ";" does not resolve the address, and gets the recipient', async () => {
    const page = await browser.context.newPage();
    const log = signalLog(page);
    await page.goto('https://outlook.office.com/mail/?separator=off');
    await page.locator('#new-mail').click();
    await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(1);
    await insertFor(page, 'northbridge', 'INV-2026-1003');
    await expect.poll(() => page.locator('[data-well="to"] ._EType_RECIPIENT_ENTITY').allInnerTexts()).toEqual(['accounts@northbridge-components.example']);
    // What it typed the first time (the address and ";") was taken out again.
    expect((await page.locator('[data-well="to"]').innerText()).replace(/\u00a0/g, ' ').trim()).toBe('accounts@northbridge-components.example');
    expect(await insertNotice(page)).toContain('To: accounts@northbridge-components.example added');
    await expect.poll(() => log.find((l) => l.includes('outlook insert:'))).toMatch(/; recipient: typed \+ Enter;/);
    await page.close();
  });

  it('says so when Outlook does not resolve the recipient, and takes out what it typed', async () => {
    const page = await openNewMail('https://outlook.office.com/mail/?resolve=off');
    await insertFor(page, 'minghua', 'INV-2026-0815');
    expect(await insertNotice(page)).toContain('To not filled: add ap@minghua-electronics.example yourself');
    expect((await page.locator('[data-well="to"]').innerText()).trim()).toBe('');
    await page.close();
  });
});

describe('Outlook new mail with a Chinese interface whose Send names no shortcut', () => {
  it('finds Send as the split button (past a menu hidden by a stylesheet), places the button after it and inserts in Chinese', async () => {
    const page = await openNewMail('https://outlook.office365.com/mail/');
    expect(await placement(page)).toEqual({ send: '发送', menu: '更多发送选项', inToolbar: false });
    await page.getByTestId('dunning-insert').click();
    await page.getByTestId('dunning-customer-search').fill('minghua');
    await page.getByTestId('dunning-stage-deadline').click();
    await page.getByTestId('dunning-language-zh-CN').click();
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toMatch(/[\u4e00-\u9fff][\s\S]*INV-2026-0815/);
    await page.getByTestId('dunning-insert-confirm').click();
    await expect.poll(() => page.locator(BODY).innerText()).toContain('INV-2026-0815');
    expect(await textPrecedes(page, BODY, 'INV-2026-0815', '#Signature')).toBe(true);
    expect(await page.locator('input[maxlength="255"]').inputValue()).toMatch(/[\u4e00-\u9fff]/);
    await expect.poll(() => page.locator('[data-well="to"] ._EType_RECIPIENT_ENTITY').allInnerTexts()).toEqual(['Zhou Min']);
    expect(await page.locator('[data-well="cc"]').innerText()).toBe('');
    const events = await pageInputEvents(page);
    expect(events).toContainEqual(expect.objectContaining({ field: '邮件正文，按 Alt+F10 退出', type: 'input' }));
    expect(events).toContainEqual(expect.objectContaining({ field: '添加主题', inputType: 'insertText' }));
    expect(browser.strayRequests).toEqual([]);
    await page.close();
  });
});

describe('Outlook reading-pane reply at the bottom of the page', () => {
  it.each([
    [1366, 768],
    [1280, 720],
  ])('at %i×%i: matches the customer by the display name of a read-only recipient, keeps To, fits the picker and inserts above the history', async (width, height) => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto('https://outlook.cloud.microsoft/mail/inbox/id/AAQk');
    await page.locator('#reply-button').click();
    await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(1);
    await page.getByTestId('dunning-insert').click();
    const selected = page.locator('[data-testid="dunning-customer"][aria-selected="true"]');
    await expect.poll(() => selected.innerText()).toContain('Hengyuan');
    await page.getByTestId('dunning-stage-follow-up').click();
    await page.getByTestId('dunning-language-zh-CN').click();
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toContain('INV-2026-0907');
    await expectPickerOnScreen(page);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, `picker-outlook-reply-${width}x${height}.png`) });
    await page.getByTestId('dunning-insert-confirm').click();

    await expect.poll(() => page.locator(BODY).innerText()).toContain('INV-2026-0907');
    expect(await textPrecedes(page, BODY, 'INV-2026-0907', '#Signature')).toBe(true);
    expect(await textPrecedes(page, BODY, 'INV-2026-0907', '#divRplyFwdMsg')).toBe(true);
    expect(await page.locator('[role="document"]').innerText()).toBe('你好，发票 INV-2026-0907 我们下周安排付款。');
    // The recipient (a display name) stays the only one; nothing was typed into To.
    expect(await page.locator('[data-readonly-recipients], [data-well="to"]').first().innerText()).toContain('陈静');
    expect(await page.locator('[data-well="to"] ._EType_RECIPIENT_ENTITY, [data-readonly-recipients] .lpc-hoverTarget').count()).toBe(1);
    expect(await insertNotice(page)).toMatch(/To already had a recipient/);
    await expectRealInsertion(browser, page, { body: BODY, text: 'INV-2026-0907', below: '#Signature', bodyLabel: '邮件正文，按 Alt+F10 退出' });
    await page.close();
  });
});

describe('Outlook reading-pane forward', () => {
  it('makes the read-only recipient line editable by focus, then fills To', async () => {
    const page = await browser.context.newPage();
    const log = signalLog(page);
    await page.goto('https://outlook.cloud.microsoft/mail/inbox/id/AAQk');
    await page.locator('#forward-button').click();
    await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(1);
    expect(await page.locator('[data-well="to"]').count()).toBe(0);
    await insertFor(page, 'minghua', 'INV-2026-0815');
    await expect.poll(() => page.locator('[data-well="to"] ._EType_RECIPIENT_ENTITY').allInnerTexts()).toEqual(['Zhou Min']);
    expect(await page.locator('[data-well="cc"] ._EType_RECIPIENT_ENTITY').count()).toBe(0);
    expect(await textPrecedes(page, BODY, 'INV-2026-0815', '#divRplyFwdMsg')).toBe(true);
    expect(await insertNotice(page)).toContain('To: ap@minghua-electronics.example added');
    await expect.poll(() => log.find((l) => l.includes('outlook insert:'))).toMatch(/^\[Dunning Desk\] outlook insert: to: .+, made editable by focusin on the docking recipients line; recipient: typed \+ ;; subject: reply;/);
    await page.close();
  });
});

describe('Outlook Settings signature editor', () => {
  it('gets no button (same roles as a compose body, but no recipients, subject or Send)', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://outlook.office.com/mail/options/mail/messageContent');
    await page.locator('[aria-label="Email signature"]').click();
    await page.keyboard.type(' (AR)');
    await page.waitForTimeout(500);
    expect(await page.getByTestId('dunning-insert').count()).toBe(0);
    await page.close();
  });

  it('gets no button while a new mail is open behind the Settings dialog; the compose window gets one', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://outlook.office.com/mail/options/mail/messageContent');
    await page.locator('#new-mail').click();
    await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(1);
    await page.locator('[aria-label="Email signature"]').click();
    await page.keyboard.type(' (AR)');
    await page.waitForTimeout(500);
    expect(await page.getByTestId('dunning-insert').count()).toBe(1);
    expect(await page.evaluate(() => document.querySelector('dunning-desk-button')!.closest('[data-fixture-window]') !== null)).toBe(true);
    expect(await page.evaluate(() => document.querySelector('.settings dunning-desk-button'))).toBeNull();
    await page.close();
  });
});

describe('Outlook whose command bar renders after the editor', () => {
  it('puts the button at a fixed, visible spot in the compose header (never beside "To"), then after Send once it renders', async () => {
    const page = await browser.context.newPage();
    const log = signalLog(page);
    await page.goto('https://outlook.office.com/mail/?send=late&sendDelay=2500');
    await page.locator('#new-mail').click();
    await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(1);
    expect(await page.locator('.compose-bar').count()).toBe(0);
    expect(await buttonPlace(page, BODY)).toEqual({ inViewport: true, aboveBody: true, inBody: false, inToolbar: false });
    expect(await page.evaluate(() => document.querySelector('dunning-desk-button')!.nextElementSibling?.querySelector('[data-well="to"]') !== null)).toBe(true);
    expect(log).toContainEqual(expect.stringMatching(/outlook compose window: .*send: not found: compose header$/));
    // The bar renders: the button moves after the whole Send split button.
    await expect.poll(() => page.locator('.compose-bar').count(), { timeout: 5000 }).toBe(1);
    await expect.poll(() => placement(page)).toEqual({ send: 'Send', menu: 'More send options', inToolbar: false });
    expect(await page.getByTestId('dunning-insert').count()).toBe(1);
    expect(log).toContainEqual(expect.stringMatching(/outlook compose window: .*send: shortcut in its tooltip$/));
    await insertFor(page, 'northbridge', 'INV-2026-1003');
    await expect.poll(() => page.locator('[data-well="to"] ._EType_RECIPIENT_ENTITY').allInnerTexts()).toEqual(['accounts@northbridge-components.example']);
    await page.close();
  });
});

describe('Outlook keys in the picker', () => {
  it('never reach Outlook\'s capture-phase shortcuts; the search box has focus', async () => {
    const page = await openNewMail('https://outlook.office.com/mail/');
    await page.getByTestId('dunning-insert').click();
    const search = page.getByTestId('dunning-customer-search');
    await expect.poll(() => search.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await page.evaluate(() => ((window as unknown as { __outlookShortcuts: unknown[] }).__outlookShortcuts = []));
    await page.keyboard.type('n r minghua');
    await page.keyboard.press('ArrowDown');
    expect(await search.inputValue()).toBe('n r minghua');
    expect(await page.evaluate(() => (window as unknown as { __outlookShortcuts: unknown[] }).__outlookShortcuts)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => search.count()).toBe(0);
    await page.keyboard.type('n');
    expect(await page.evaluate(() => (window as unknown as { __outlookShortcuts: Array<{ key: string }> }).__outlookShortcuts.map((k) => k.key))).toEqual(['n']);
    await page.close();
  });
});

describe('Outlook pop-out compose window (about:blank)', () => {
  it('runs in the pop-out and inserts there', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://outlook.office.com/mail/');
    const [popout] = await Promise.all([page.waitForEvent('popup'), page.locator('#pop-out').click()]);
    expect(popout.url()).toBe('about:blank');
    // The size Outlook opens it at (window.open features), not the main window's.
    await popout.setViewportSize({ width: 900, height: 700 });
    await expect.poll(() => popout.getByTestId('dunning-insert').count(), { timeout: 10_000 }).toBe(1);
    await popout.getByTestId('dunning-insert').click();
    await popout.getByTestId('dunning-customer-search').fill('minghua');
    await popout.getByTestId('dunning-stage-statement').click();
    await popout.getByTestId('dunning-language-en').click();
    await expect.poll(() => popout.getByTestId('dunning-preview').innerText()).toContain('INV-2026-0815');
    await expectPickerOnScreen(popout);
    const subject = await popout.locator('.dd-subject').innerText();
    await popout.getByTestId('dunning-insert-confirm').click();
    await expect.poll(() => popout.locator(BODY).innerText()).toContain('INV-2026-0815');
    expect(await textPrecedes(popout, BODY, 'INV-2026-0815', '#Signature')).toBe(true);
    await expect.poll(() => popout.locator('[data-well="to"] ._EType_RECIPIENT_ENTITY').allInnerTexts()).toEqual(['Zhou Min']);
    expect(await popout.locator('input[maxlength="255"]').inputValue()).toBe(subject);
    const events = await pageInputEvents(page);
    expect(events).toContainEqual(expect.objectContaining({ popout: true, field: 'Message body, press Alt+F10 to exit', type: 'input' }));
    expect(browser.strayRequests).toEqual([]);
    await page.close();
  });
});
