import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { pageInputEvents, textPrecedes, type ExtensionBrowser } from './extension-browser.ts';

/**
 * What every insertion must show: the text above the signature (or quote) in the body, an
 * `input` event from the body that reached the page (the webmail would save the draft), and no
 * request to any host but the served webmail pages.
 */
export async function expectRealInsertion(
  browser: ExtensionBrowser,
  page: Page,
  check: { readonly body: string; readonly text: string; readonly below: string; readonly bodyLabel: string; readonly eventsFrom?: Page },
): Promise<void> {
  expect(await textPrecedes(page, check.body, check.text, check.below)).toBe(true);
  const events = await pageInputEvents(check.eventsFrom ?? page);
  expect(events).toContainEqual(expect.objectContaining({ field: check.bodyLabel, type: 'input' }));
  expect(browser.strayRequests).toEqual([]);
}
