/**
 * Resolves with the first truthy answer of `check`, asked now and after every change under
 * `root` (nodes, attributes, text), or `null` after `timeoutMs`. Webmail reacts to a focus or
 * a paste on its own schedule; this waits for the effect instead of guessing a delay.
 */
export function waitFor<T>(root: Node, check: () => T | null | undefined | false, timeoutMs: number): Promise<T | null> {
  const first = check();
  if (first) return Promise.resolve(first);
  const view = (root.ownerDocument ?? (root as Document)).defaultView ?? globalThis;
  return new Promise((resolve) => {
    const observer = new view.MutationObserver(() => {
      const answer = check();
      if (answer) finish(answer);
    });
    const timer = view.setTimeout(() => finish(check() || null), timeoutMs);
    function finish(answer: T | null): void {
      observer.disconnect();
      view.clearTimeout(timer);
      resolve(answer);
    }
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}
