import type { Worker } from 'playwright-core';
import type { ExtensionBrowser } from './extension-browser.ts';

/**
 * Moves the clock of the extension's background (its service worker) `days` days ahead of the
 * real one (0 puts it back), as Playwright's page clock does for pages: `Date.now()` and
 * `new Date()` read the shifted time, everything else about Date is the real one. The background
 * is where the extension reads today's date (extension/platform/today.ts, for the as-of date of
 * the picker and the date of a recorded row), so this is "N days later" for the whole extension.
 * Returns the background's local date after the shift, so a test can see the shift took.
 */
export async function shiftBackgroundClock(browser: ExtensionBrowser, days: number): Promise<string> {
  // The newest of the extension's workers: one Chrome stopped stays listed, with no context left.
  const workers = browser.context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`)).reverse();
  for (const worker of workers) {
    const shifted = await shift(worker, days).catch(() => undefined);
    if (shifted !== undefined) return shifted;
  }
  // A background Chrome stopped and started again runs on the real clock already (and
  // Playwright may not list it): putting the clock back needs nothing then.
  if (days === 0) return '';
  throw new Error('the extension\'s background is not reachable to move its clock');
}

function shift(worker: Worker, days: number): Promise<string> {
  return worker.evaluate((offset) => {
    const g = globalThis as unknown as { Date: DateConstructor; __realDate?: DateConstructor };
    const Real = g.__realDate ?? g.Date;
    g.__realDate = Real;
    class Shifted extends Real {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(Real.now() + offset);
        else super(...(args as [string]));
      }

      static override now(): number {
        return Real.now() + offset;
      }
    }
    g.Date = offset === 0 ? Real : (Shifted as unknown as DateConstructor);
    const d = new g.Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, days * 86_400_000);
}
