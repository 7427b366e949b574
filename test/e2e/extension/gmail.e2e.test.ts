import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ARTIFACTS, clearLog, extensionWorker, importList, launchWithExtension, pageInputEvents, textPrecedes, type ExtensionBrowser } from './extension-browser.ts';
import { expectRealInsertion } from './expect-real-insertion.ts';
import { buttonPlace, expectPickerOnScreen, gmailToChips, insertNotice, signalLog } from './picker-checks.ts';

let browser: ExtensionBrowser;

/** The part of chrome.tabs the shortcut test uses (runs in the extension's service worker). */
interface ChromeTabs {
  query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<Array<{ id: number }>>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/**
 * What the background's onCommand listener does for the "open-picker" command: headless
 * Chromium does not route synthetic key presses to browser-level shortcuts.
 */
async function pressShortcut(): Promise<void> {
  const worker = await extensionWorker(browser);
  await worker.evaluate(async () => {
    const tabs = (globalThis as unknown as { chrome: { tabs: ChromeTabs } }).chrome.tabs;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    await tabs.sendMessage(tab!.id, { type: 'open-picker' });
  });
}

/** A new tab on the Gmail page at `url` with a new message open and the extension's button in it. */
async function openCompose(url: string): ReturnType<ExtensionBrowser['context']['newPage']> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.locator('#compose-button').click();
  await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(1);
  return page;
}

beforeAll(async () => {
  browser = await launchWithExtension();
  browser.serve('https://mail.google.com/mail/u/0/', 'gmail-new-message.html');
  browser.serve('https://mail.google.com/mail/u/1/', 'gmail-new-message-zh.html');
  browser.serve('https://mail.google.com/mail/u/2/', 'gmail-inline-reply.html');
  // Gmail's Trusted Types headers: enforcement alone, and with the allowed policy names listed.
  browser.serve('https://mail.google.com/mail/u/3/', 'gmail-new-message.html', { 'content-security-policy': "require-trusted-types-for 'script'" });
  browser.serve('https://mail.google.com/mail/u/4/', 'gmail-new-message.html', {
    'content-security-policy': "require-trusted-types-for 'script'; trusted-types goog#html gmail#html",
  });
});

// Every test starts from a list imported on the options page, as a user would, and no collection
// log (each Insert records a row; the suggestions these tests check are the days overdue's).
beforeEach(async () => {
  await clearLog(browser);
  const report = await importList(browser, 'receivables.csv');
  expect(report).toContain('receivables.csv');
});

afterAll(async () => {
  await browser?.close();
});

describe('Gmail new message dialog', () => {
  it('inserts subject, recipient and body above the signature as real edits, and logs which signal found each field', async () => {
    const page = await browser.context.newPage();
    const log = signalLog(page);
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
    await expectPickerOnScreen(page);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'picker-gmail-new-message.png') });
    await page.getByTestId('dunning-insert-confirm').click();

    const body = page.locator('[g_editable="true"]');
    await expect.poll(() => body.innerText()).toContain('INV-2026-0815');
    const text = await body.innerText();
    expect(text).toContain('INV-2026-0902');
    expect(await textPrecedes(page, '[g_editable="true"]', 'INV-2026-0815', '.gmail_signature_prefix')).toBe(true);
    expect(await page.locator('.gmail_signature').innerText()).toContain('Li Na');
    // The message starts in the .gmail_default wrapper, in the user's default font.
    expect(await page.locator('[g_editable="true"] .gmail_default').first().innerText()).toContain('INV-2026-0815');
    expect(await page.locator('input[name="subjectbox"]').inputValue()).not.toBe('');
    // To was folded into the summary when the picker took focus: it was opened and the address
    // became a chip, which is what Gmail sends to.
    await expect.poll(() => gmailToChips(page)).toEqual(['ap@minghua-electronics.example']);
    expect(await page.locator('[name="to"] input[role="combobox"]').inputValue()).toBe('');
    const notice = await insertNotice(page);
    expect(notice).toContain('ap@minghua-electronics.example');
    expect(notice).not.toContain('not filled');
    const events = await pageInputEvents(page);
    expect(events).toContainEqual(expect.objectContaining({ field: 'Message Body', type: 'input' }));
    expect(events).toContainEqual(expect.objectContaining({ field: 'subjectbox', inputType: 'insertText' }));
    expect(browser.strayRequests).toEqual([]);
    // The extension's console says which signal found the window, Send, To and the subject, and
    // how the address went in: what a developer needs when Gmail changes its markup.
    expect(log).toContainEqual(expect.stringMatching(/^\[Dunning Desk\] gmail compose window: container: .+; send: shortcut in its tooltip$/));
    expect(log).toContainEqual(
      '[Dunning Desk] gmail insert: to: combobox in name=to, opened by focus on the recipients summary (.aoD.hl); recipient: paste; subject: name=subjectbox; result: body inserted, to set, subject set',
    );
    await page.close();
  });

  it('is undone by Ctrl+Z like any edit', async () => {
    const page = await openCompose('https://mail.google.com/mail/u/0/#inbox');
    const body = page.locator('[g_editable="true"]');
    const before = await body.innerHTML();
    await body.click({ position: { x: 20, y: 10 } });
    await page.getByTestId('dunning-insert').click();
    await page.getByTestId('dunning-customer-search').fill('northbridge');
    await page.getByTestId('dunning-stage-statement').click();
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toContain('INV-2026-1003');
    await page.keyboard.press('Enter');
    await expect.poll(() => body.innerText()).toContain('INV-2026-1003');
    await expectRealInsertion(browser, page, { body: '[g_editable="true"]', text: 'INV-2026-1003', below: '.gmail_signature_prefix', bodyLabel: 'Message Body' });
    expect(await page.locator('input[name="subjectbox"]').inputValue()).not.toBe('');
    await expect.poll(() => gmailToChips(page)).toEqual(['accounts@northbridge-components.example']);
    await page.locator('[g_editable="true"]').focus();
    await page.keyboard.press('Control+Z');
    await expect.poll(() => body.innerText()).not.toContain('INV-2026-1003');
    expect(await body.innerHTML()).toBe(before);
    await page.close();
  });

  it('never overwrites what the user typed: a selected greeting stays, half-typed To is left alone', async () => {
    const page = await openCompose('https://mail.google.com/mail/u/0/#inbox');
    await page.locator('[name="to"] input').fill('zhou');
    const body = page.locator('[g_editable="true"]');
    await body.click({ position: { x: 20, y: 10 } });
    await page.keyboard.type('Hello Zhou Min,');
    await page.keyboard.press('Shift+Home');
    expect(await page.evaluate(() => document.getSelection()?.toString())).toBe('Hello Zhou Min,');
    await page.getByTestId('dunning-insert').click();
    await page.getByTestId('dunning-customer-search').fill('minghua');
    await page.getByTestId('dunning-stage-friendly').click();
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toContain('INV-2026-0815');
    await page.getByTestId('dunning-insert-confirm').click();
    await expect.poll(() => body.innerText()).toContain('INV-2026-0815');
    await expectRealInsertion(browser, page, { body: '[g_editable="true"]', text: 'INV-2026-0815', below: '.gmail_signature_prefix', bodyLabel: 'Message Body' });
    const text = await body.innerText();
    expect(text.startsWith('Hello Zhou Min,')).toBe(true);
    expect(await page.locator('[name="to"] input').inputValue()).toBe('zhou');
    expect(await gmailToChips(page)).toEqual([]);
    expect(await page.locator('input[name="subjectbox"]').inputValue()).not.toBe('');
    await page.close();
  });

  it('works from the keyboard too: Tab to the button, Enter, and the caret is kept', async () => {
    const page = await openCompose('https://mail.google.com/mail/u/0/#inbox');
    const body = page.locator('[g_editable="true"]');
    await body.click({ position: { x: 20, y: 10 } });
    await page.keyboard.type('Dear Ms Zhou,');
    await page.getByTestId('dunning-insert').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('dunning-customer-search').count()).toBe(1);
    await page.keyboard.type('hengyuan');
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toContain('INV-2026-0907');
    await page.keyboard.press('Enter');
    await expect.poll(() => body.innerText()).toContain('INV-2026-0907');
    const text = await body.innerText();
    expect(text.startsWith('Dear Ms Zhou,')).toBe(true);
    await expectRealInsertion(browser, page, { body: '[g_editable="true"]', text: 'INV-2026-0907', below: '.gmail_signature_prefix', bodyLabel: 'Message Body' });
    await page.close();
  });

  it('is one button per window and goes away with the window', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    await page.locator('#compose-button').click();
    await page.locator('#compose-button').click();
    await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(2);
    await page.locator('[data-fixture-close]').first().click();
    await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(1);
    await page.locator('[data-fixture-close]').first().click();
    await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(0);
    await page.close();
  });
});

describe('Gmail pop-out compose window (about:blank)', () => {
  it('runs in the pop-out and inserts subject, recipient and body there', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://mail.google.com/mail/u/0/#inbox');
    const [popout] = await Promise.all([page.waitForEvent('popup'), page.locator('#compose-button').click({ modifiers: ['Shift'] })]);
    expect(popout.url()).toBe('about:blank');
    // The size Gmail opens it at (window.open features), not the main window's.
    await popout.setViewportSize({ width: 700, height: 600 });
    await expect.poll(() => popout.getByTestId('dunning-insert').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.getByTestId('dunning-insert').count()).toBe(0);
    await popout.getByTestId('dunning-insert').click();
    await popout.getByTestId('dunning-customer-search').fill('hengyuan');
    await popout.getByTestId('dunning-stage-formal-notice').click();
    await popout.getByTestId('dunning-language-en').click();
    await expect.poll(() => popout.getByTestId('dunning-preview').innerText()).toContain('INV-2026-0907');
    await expectPickerOnScreen(popout);
    const subject = await popout.locator('.dd-subject').innerText();
    await popout.getByTestId('dunning-insert-confirm').click();

    const body = popout.locator('[g_editable="true"]');
    await expect.poll(() => body.innerText()).toContain('INV-2026-0907');
    expect(await textPrecedes(popout, '[g_editable="true"]', 'INV-2026-0907', '.gmail_signature_prefix')).toBe(true);
    expect(await popout.locator('input[name="subjectbox"]').inputValue()).toBe(subject);
    await expect.poll(() => gmailToChips(popout)).toEqual(['finance@hengyuan-foods.example']);
    const events = await pageInputEvents(page);
    expect(events).toContainEqual(expect.objectContaining({ popout: true, field: 'Message Body', type: 'input' }));
    expect(browser.strayRequests).toEqual([]);
    await popout.close();
    await page.close();
  });
});

describe('Gmail with a Chinese interface, keyboard only', () => {
  it('searches, moves with arrows, chooses the language with Tab and arrows, inserts with Enter and closes with Esc', async () => {
    const page = await openCompose('https://mail.google.com/mail/u/1/#inbox');
    const body = page.locator('[g_editable="true"]');
    await body.click();

    // Esc closes the picker and leaves the editor as it was.
    await page.getByTestId('dunning-insert').click();
    await expect.poll(() => page.getByTestId('dunning-customer-search').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('dunning-customer-search').count()).toBe(0);

    // Esc gave the focus back to the editor, so the shortcut opens the picker there again.
    await pressShortcut();
    const search = page.getByTestId('dunning-customer-search');
    await expect.poll(() => search.evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await page.keyboard.type('INV-2026');
    await expect.poll(() => page.getByTestId('dunning-customer').count()).toBe(3);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const selected = page.locator('[data-testid="dunning-customer"][aria-selected="true"]');
    const chosen = await selected.innerText();
    // Stage and language by keyboard too: Tab past the "not in the list" link to the stage
    // group (one stop), an arrow moves the stage on; Tab to the language group, an arrow
    // chooses 中文.
    const focused = () => search.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement?.getAttribute('data-testid'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const suggested = await focused();
    expect(suggested).toMatch(/^dunning-stage-/);
    await page.keyboard.press('Home');
    await expect.poll(focused).toBe('dunning-stage-courtesy');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('dunning-stage-friendly').getAttribute('aria-checked')).toBe('true');
    await page.keyboard.press('Tab');
    await expect.poll(focused).toBe('dunning-language-en');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => page.getByTestId('dunning-language-zh-CN').getAttribute('aria-checked')).toBe('true');
    expect(await focused()).toBe('dunning-language-zh-CN');
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toMatch(/[\u4e00-\u9fff][\s\S]*INV-2026-\d{4}/);
    await page.keyboard.press('Enter');

    await expect.poll(() => page.getByTestId('dunning-customer-search').count()).toBe(0);
    const text = await body.innerText();
    const invoice = /INV-2026-\d{4}/.exec(text)?.[0];
    expect(invoice).toBeDefined();
    expect(chosen.split('\n')[0]!.length).toBeGreaterThan(0);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(await textPrecedes(page, '[g_editable="true"]', invoice!, '.gmail_signature_prefix')).toBe(true);
    expect(await page.locator('input[name="subjectbox"]').inputValue()).toMatch(/[\u4e00-\u9fff]/);
    await expect.poll(() => gmailToChips(page)).toEqual([expect.stringMatching(/@/)]);
    await expectRealInsertion(browser, page, { body: '[g_editable="true"]', text: invoice!, below: '.gmail_signature_prefix', bodyLabel: '邮件正文' });
    await page.close();
  });
});

describe('Gmail inline reply', () => {
  it.each([
    [1280, 720],
    [1366, 768],
  ])('at %i×%i: opens on the customer in To, keeps To and the subject, fits the picker and inserts above signature and quote', async (width, height) => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height });
    await page.goto('https://mail.google.com/mail/u/2/#inbox/FMfcgzQbfLsw');
    await page.locator('#reply-button').click();
    await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(1);
    await page.locator('[g_editable="true"]').click({ position: { x: 20, y: 10 } });
    await page.getByTestId('dunning-insert').click();

    const selected = page.locator('[data-testid="dunning-customer"][aria-selected="true"]');
    await expect.poll(() => selected.innerText()).toContain('Minghua');
    await page.getByTestId('dunning-stage-friendly').click();
    await page.getByTestId('dunning-language-en').click();
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toContain('INV-2026-0815');
    // The reply sits at the bottom of a long conversation: the picker still fits the window.
    await expectPickerOnScreen(page);
    await page.getByTestId('dunning-insert-confirm').click();

    const body = page.locator('[g_editable="true"]');
    await expect.poll(() => body.innerText()).toContain('INV-2026-0815');
    expect(await textPrecedes(page, '[g_editable="true"]', 'INV-2026-0815', '.gmail_signature_prefix')).toBe(true);
    expect(await textPrecedes(page, '[g_editable="true"]', 'INV-2026-0815', '.gmail_quote')).toBe(true);
    expect(await page.locator('.gmail_quote blockquote').innerText()).toContain('will come back to you');
    expect(await page.locator('input[name="subjectbox"]').inputValue()).toBe('Re: Invoice INV-2026-0815');
    expect(await page.locator('[name="to"] input[role="combobox"]').inputValue()).toBe('');
    expect(await gmailToChips(page)).toEqual(['ap@minghua-electronics.example']);
    const events = await pageInputEvents(page);
    expect(events.filter((e) => e.field === 'subjectbox' || e.field === 'To recipients')).toEqual([]);
    expect(await insertNotice(page)).toMatch(/To already had a recipient/);
    expect(events).toContainEqual(expect.objectContaining({ field: 'Message Body', type: 'input' }));
    expect(browser.strayRequests).toEqual([]);
    await page.close();
  });
});

describe('keyboard shortcut (commands API)', () => {
  it('opens the picker in the focused compose window and inserts at the caret after what the user typed', async () => {
    const page = await openCompose('https://mail.google.com/mail/u/0/#inbox');
    const body = page.locator('[g_editable="true"]');
    await body.click({ position: { x: 20, y: 10 } });
    await page.keyboard.type('Hello Zhou Min,');
    await pressShortcut();
    await expect.poll(() => page.getByTestId('dunning-customer-search').count()).toBe(1);
    await page.keyboard.type('northbridge');
    await page.getByTestId('dunning-stage-deadline').click();
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toContain('INV-2026-1003');
    await page.keyboard.press('Enter');
    await expect.poll(() => body.innerText()).toContain('INV-2026-1003');
    const text = await body.innerText();
    expect(text.startsWith('Hello Zhou Min,')).toBe(true);
    expect(text.indexOf('Hello Zhou Min,')).toBeLessThan(text.indexOf('INV-2026-1003'));
    expect(await page.locator('input[name="subjectbox"]').inputValue()).not.toBe('');
    await expect.poll(() => gmailToChips(page)).toEqual(['accounts@northbridge-components.example']);
    await expectRealInsertion(browser, page, { body: '[g_editable="true"]', text: 'INV-2026-1003', below: '.gmail_signature_prefix', bodyLabel: 'Message Body' });
    await page.close();
  });
});

describe('Gmail on the live site\'s terms', () => {
  it('places the button after the whole Send group when Send names no "Enter" (German), never in the formatting toolbar', async () => {
    const page = await openCompose('https://mail.google.com/mail/u/0/?tooltips=de#inbox');
    const placement = await page.evaluate(() => {
      const host = document.querySelector('dunning-desk-button')!;
      const before = host.previousElementSibling!;
      return {
        groupHoldsSend: before.querySelector('[data-tooltip^="Senden"]') !== null,
        groupHoldsMenu: before.querySelector('[aria-haspopup="true"]') !== null,
        inToolbar: host.closest('[role="toolbar"]') !== null,
        betweenSendAndMenu: host.parentElement!.classList.contains('dC'),
      };
    });
    expect(placement).toEqual({ groupHoldsSend: true, groupHoldsMenu: true, inToolbar: false, betweenSendAndMenu: false });
    const button = (await page.getByTestId('dunning-insert').boundingBox())!;
    expect(button.y + button.height).toBeLessThanOrEqual(720);
    await page.close();
  });

  it('puts the button at a fixed, visible spot in the compose header when there is no Send group, and inserts from there', async () => {
    const page = await browser.context.newPage();
    const log = signalLog(page);
    await page.goto('https://mail.google.com/mail/u/0/?send=none#inbox');
    await page.locator('#compose-button').click();
    await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(1);
    expect(await buttonPlace(page, '[g_editable="true"]')).toEqual({ inViewport: true, aboveBody: true, inBody: false, inToolbar: false });
    // Not after the formatting toggle or Discard draft (neither is Send): before the recipients.
    expect(await page.evaluate(() => document.querySelector('dunning-desk-button')!.nextElementSibling?.className)).toBe('aoD hl');
    expect(log).toContainEqual(expect.stringMatching(/gmail compose window: .*send: not found: compose header$/));
    await page.locator('[g_editable="true"]').click();
    await page.getByTestId('dunning-insert').click();
    await page.getByTestId('dunning-customer-search').fill('northbridge');
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toContain('INV-2026-1003');
    await expectPickerOnScreen(page);
    await page.getByTestId('dunning-insert-confirm').click();
    await expect.poll(() => page.locator('[g_editable="true"]').innerText()).toContain('INV-2026-1003');
    await expect.poll(() => gmailToChips(page)).toEqual(['accounts@northbridge-components.example']);
    await page.close();
  });

  it('tries the second way (typed, then Enter) when Gmail ignores the paste, and gets the chip', async () => {
    const page = await browser.context.newPage();
    const log = signalLog(page);
    await page.goto('https://mail.google.com/mail/u/0/?paste=off#inbox');
    await page.locator('#compose-button').click();
    await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(1);
    await page.locator('[g_editable="true"]').click();
    await page.getByTestId('dunning-insert').click();
    await page.getByTestId('dunning-customer-search').fill('hengyuan');
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toContain('INV-2026-0907');
    await page.getByTestId('dunning-insert-confirm').click();
    await expect.poll(() => gmailToChips(page)).toEqual(['finance@hengyuan-foods.example']);
    expect(await page.locator('[name="to"] input[role="combobox"]').inputValue()).toBe('');
    expect(await insertNotice(page)).toContain('To: finance@hengyuan-foods.example added');
    await expect.poll(() => log.find((l) => l.includes('gmail insert:'))).toMatch(/; recipient: typed \+ Enter;/);
    await page.close();
  });

  it('says so when Gmail does not take the recipient (tried twice), and leaves To as it was', async () => {
    const page = await openCompose('https://mail.google.com/mail/u/0/?chips=off#inbox');
    await page.locator('[g_editable="true"]').click();
    await page.getByTestId('dunning-insert').click();
    await page.getByTestId('dunning-customer-search').fill('minghua');
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toContain('INV-2026-0815');
    await page.getByTestId('dunning-insert-confirm').click();
    await expect.poll(() => page.locator('[g_editable="true"]').innerText()).toContain('INV-2026-0815');
    const notice = await insertNotice(page);
    expect(notice).toContain('To not filled: add ap@minghua-electronics.example yourself');
    expect(await gmailToChips(page)).toEqual([]);
    expect(await page.locator('[name="to"] input[role="combobox"]').inputValue()).toBe('');
    await page.close();
  });

  it('keeps keys typed in the picker from Gmail\'s capture-phase shortcuts, with the search box focused', async () => {
    const page = await openCompose('https://mail.google.com/mail/u/0/#inbox');
    await page.locator('[g_editable="true"]').click();
    await page.getByTestId('dunning-insert').click();
    const search = page.getByTestId('dunning-customer-search');
    await expect.poll(() => search.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await page.evaluate(() => ((window as unknown as { __gmailShortcuts: unknown[] }).__gmailShortcuts = []));
    await page.keyboard.type('c r hengyuan');
    await page.keyboard.press('ArrowDown');
    expect(await search.inputValue()).toBe('c r hengyuan');
    expect(await page.evaluate(() => (window as unknown as { __gmailShortcuts: unknown[] }).__gmailShortcuts)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => search.count()).toBe(0);
    // Keys typed in the page itself still reach Gmail.
    await page.keyboard.type('x');
    expect(await page.evaluate(() => (window as unknown as { __gmailShortcuts: Array<{ key: string }> }).__gmailShortcuts.map((k) => k.key))).toEqual(['x']);
    await page.close();
  });

  it('shows the stages as ladder and other, with the suggested one marked and explained', async () => {
    const page = await openCompose('https://mail.google.com/mail/u/0/#inbox');
    await page.locator('[g_editable="true"]').click();
    await page.getByTestId('dunning-insert').click();
    await page.getByTestId('dunning-customer-search').fill('minghua');
    const ladder = page.locator('[data-group="ladder"] [role="radio"]');
    const other = page.locator('[data-group="other"] [role="radio"]');
    await expect.poll(() => ladder.count()).toBe(8);
    expect(await other.count()).toBe(3);
    const suggested = page.locator('[role="radio"][data-suggested="true"]');
    await expect.poll(() => suggested.getAttribute('data-testid')).toBe('dunning-stage-final-notice');
    expect(await page.getByTestId('dunning-suggestion').innerText()).toMatch(/Final notice.*\d+ days overdue.*day 91/);
    await page.close();
  });
});

describe.each([
  ['enforced Trusted Types', 'https://mail.google.com/mail/u/3/#inbox'],
  ['enforced Trusted Types with the allowed policies listed', 'https://mail.google.com/mail/u/4/#inbox'],
])('Gmail with %s', (_name, url) => {
  it('shows the button and picker and inserts, with no policy created and no violation', async () => {
    const messages: string[] = [];
    const page = await browser.context.newPage();
    page.on('console', (m) => messages.push(m.text()));
    await page.goto(url);
    await page.locator('#compose-button').click();
    await expect.poll(() => page.getByTestId('dunning-insert').count()).toBe(1);
    await page.locator('[g_editable="true"]').click();
    await page.getByTestId('dunning-insert').click();
    await page.getByTestId('dunning-customer-search').fill('northbridge');
    await expect.poll(() => page.getByTestId('dunning-preview').innerText()).toContain('INV-2026-1003');
    await page.getByTestId('dunning-insert-confirm').click();
    await expect.poll(() => page.locator('[g_editable="true"]').innerText()).toContain('INV-2026-1003');
    await expect.poll(() => gmailToChips(page)).toEqual(['accounts@northbridge-components.example']);
    // The notice (another Vue app) renders under the header as well.
    expect(await insertNotice(page)).toContain('To: accounts@northbridge-components.example added');
    expect(await page.evaluate(() => (window as unknown as { __violations: unknown[] }).__violations)).toEqual([]);
    expect(messages.filter((m) => /trusted|policy|TrustedHTML/i.test(m))).toEqual([]);
    await page.close();
  });
});

