/**
 * Walks up from a compose body to the container of its compose window: the nearest ancestor
 * that `isContainer` accepts, never one that also holds another compose body (that would be
 * the page, not the window). Falls back to the body's parent.
 */
export function composeRoot(
  body: HTMLElement,
  bodySelector: string,
  isContainer: (candidate: HTMLElement) => boolean,
): HTMLElement {
  let best: HTMLElement | null = null;
  for (let node = body.parentElement; node; node = node.parentElement) {
    if (node.querySelectorAll(bodySelector).length > 1) break;
    if (isContainer(node)) return node;
    best = node;
    if (node.tagName === 'BODY') break;
  }
  return body.parentElement ?? best ?? body;
}
