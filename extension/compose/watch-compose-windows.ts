import type { ComposeAdapter, ComposeWindow } from './compose-window.ts';

/** A running watch over one document's compose windows. */
export interface ComposeWatcher {
  /** The compose windows currently tracked (by body element). */
  readonly windows: ReadonlyMap<HTMLElement, ComposeWindow>;
  /** Looks at the page now (also done on every DOM mutation). */
  scan(): void;
  stop(): void;
}

/**
 * Watches a document for compose windows: `added` runs once per new compose body (also for
 * bodies mounted after their window), `removed` when the body leaves the page or is no longer
 * found as a compose window (a settings editor taken for one while the real compose window
 * next to it had not mounted its editor yet: the container then held only that editor). A
 * MutationObserver drives it; each batch of mutations costs one querySelectorAll.
 */
export function watchComposeWindows(
  doc: Document,
  adapter: ComposeAdapter,
  added: (win: ComposeWindow) => void,
  removed: (win: ComposeWindow) => void,
  /** Runs on every scan for each window still open, found afresh (e.g. to re-place a button the page re-rendered away). */
  present: (win: ComposeWindow) => void = () => {},
): ComposeWatcher {
  const windows = new Map<HTMLElement, ComposeWindow>();
  const scan = (): void => {
    const found = adapter.findComposeWindows(doc);
    const bodies = new Set(found.map((w) => w.body));
    for (const [body, win] of windows) {
      if (!body.isConnected || !bodies.has(body)) {
        windows.delete(body);
        removed(win);
      }
    }
    for (const win of found) {
      if (windows.has(win.body)) {
        // The fresh find: the webmail may have re-rendered the toolbar (a new Send button).
        windows.set(win.body, win);
        present(win);
        continue;
      }
      windows.set(win.body, win);
      added(win);
    }
  };
  const observer = new MutationObserver(scan);
  observer.observe(doc, { childList: true, subtree: true });
  scan();
  return {
    windows,
    scan,
    stop: () => observer.disconnect(),
  };
}
