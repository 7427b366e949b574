import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = resolve(HERE, '../../..');
export const EXTENSION_DIR = join(REPO, '.output/chrome-mv3');
export const FIXTURES = join(REPO, 'test/fixtures/webmail');
export const ARTIFACTS = join(REPO, 'test/e2e/artifacts');

/**
 * The webmail origins the extension must run on, written out here on purpose: the manifest test
 * checks the hosts derived from the extension's one list against this expectation. Fixture
 * pages are served at these.
 */
export const WEBMAIL_HOSTS = ['mail.google.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'];

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly extensionId: string;
  /** Requests to anything but the served webmail pages (each was blocked). */
  readonly strayRequests: string[];
  /** Serves a fixture file at a webmail URL, with response headers (scripts at /__fixtures/<name>.js). */
  serve(url: string, fixture: string, headers?: Readonly<Record<string, string>>): void;
  close(): Promise<void>;
}

/**
 * Chromium (Debian's, or CHROME_PATH) in headless mode with the built extension loaded, every
 * network request answered locally: fixture pages at the real webmail URLs, anything else
 * blocked and recorded (the extension must make no request at all).
 */
export async function launchWithExtension(options: { readonly uiLanguage?: string; readonly viewport?: { width: number; height: number } } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`build the extension first (npm run build:extension): ${EXTENSION_DIR} is missing`);
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    // Every test at 1280×720 unless it asks for another window (1366×768).
    viewport: options.viewport ?? { width: 1280, height: 720 },
    locale: options.uiLanguage ?? 'en-GB',
    // The browser's UI language decides the extension's (chrome.i18n); on Linux it follows LANGUAGE.
    env: { ...process.env, LANGUAGE: (options.uiLanguage ?? 'en-GB').replace('-', '_') },
    args: [
      `--lang=${options.uiLanguage ?? 'en-GB'}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
      `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const pages = new Map<string, { fixture: string; headers: Record<string, string> }>();
  const strayRequests: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    // The extension's own files (options page, popup) load from the package, not the network.
    if (url.protocol === 'chrome-extension:') return route.continue();
    if (!WEBMAIL_HOSTS.includes(url.hostname)) {
      strayRequests.push(url.href);
      return route.abort('blockedbyclient');
    }
    const script = /^\/__fixtures\/([a-z-]+\.js)$/.exec(url.pathname)?.[1];
    if (script && existsSync(join(FIXTURES, script))) {
      return route.fulfill({ contentType: 'text/javascript', body: readFileSync(join(FIXTURES, script)) });
    }
    const page = pages.get(url.origin + url.pathname);
    if (!page) {
      strayRequests.push(url.href);
      return route.fulfill({ status: 404, body: '' });
    }
    return route.fulfill({ contentType: 'text/html; charset=utf-8', headers: { ...page.headers }, body: readFileSync(join(FIXTURES, page.fixture)) });
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).hostname;
  return {
    context,
    extensionId,
    strayRequests,
    serve: (url, fixture, headers = {}) => void pages.set(new URL(url).origin + new URL(url).pathname, { fixture, headers }),
    close: () => context.close(),
  };
}

/** Imports a receivables file on the options page (the `import-file` input) and waits for its report. */
export async function importList(browser: ExtensionBrowser, file: string): Promise<string> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.getByTestId('import-file').setInputFiles(join(FIXTURES, file));
  const report = await page.getByTestId('import-report').innerText();
  await page.close();
  return report;
}

/**
 * The extension's service worker once its extension APIs are there. Right after launch on a
 * loaded machine the first worker can be one Chromium is still starting or replacing (its
 * `chrome` not yet defined), so this waits, up to 10 s, for one that has them.
 */
export async function extensionWorker(browser: ExtensionBrowser): Promise<Worker> {
  const until = Date.now() + 10_000;
  for (;;) {
    for (const worker of [...browser.context.serviceWorkers()].reverse()) {
      const ready = await worker.evaluate(() => typeof (globalThis as { chrome?: { storage?: unknown } }).chrome?.storage === 'object').catch(() => false);
      if (ready) return worker;
    }
    if (Date.now() > until) throw new Error('the extension\'s service worker did not start within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Empties the collection log (as a fresh install has it), through the extension's own storage:
 * tests that look at what the days overdue suggest start without history.
 */
export async function clearLog(browser: ExtensionBrowser): Promise<void> {
  const worker = await extensionWorker(browser);
  await worker.evaluate(async () => {
    const g = globalThis as unknown as { chrome?: { storage?: { local: { get(keys: null): Promise<Record<string, unknown>>; remove(keys: string[]): Promise<void> } } } };
    // Right after launch the worker can be evaluated before Chrome has given it its APIs.
    for (let i = 0; i < 250 && !g.chrome?.storage; i++) await new Promise((r) => setTimeout(r, 20));
    const storage = g.chrome!.storage!.local;
    // The log's settings (`log`, `log$`) and its shards (`logShard<n>`).
    await storage.remove(Object.keys(await storage.get(null)).filter((k) => k === 'log' || k === 'log$' || k.startsWith('logShard')));
  });
}

/** The input events the fixture page recorded (in the page's own world, as webmail would see them). */
export async function pageInputEvents(page: Page): Promise<Array<{ inputType: string; field: string; popout?: boolean }>> {
  return page.evaluate(() => (window as unknown as { __events: Array<{ inputType: string; field: string; popout?: boolean }> }).__events);
}

/**
 * Whether the first text containing `needle` inside the element `root` comes before the element
 * `later` in document order (i.e. the inserted text is above the signature or quote).
 */
export async function textPrecedes(page: Page, root: string, needle: string, later: string): Promise<boolean> {
  return page.evaluate(([rootSel, text, laterSel]) => {
    const container = document.querySelector(rootSel!)!;
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    let hit: Node | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.textContent?.includes(text!)) { hit = n; break; }
    const target = container.querySelector(laterSel!);
    return !!hit && !!target && (hit.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  }, [root, needle, later]);
}
