/**
 * Whether markup hides an element: `hidden`, `type=hidden`, `aria-hidden`, or an inline
 * `display:none` on it or an ancestor. Uses markup rather than layout so it gives the same
 * answer in a fixture DOM without layout (tests) and in the browser.
 */
export function isHidden(el: Element): boolean {
  if (el.tagName === 'INPUT' && el.getAttribute('type') === 'hidden') return true;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden') || node.getAttribute('aria-hidden') === 'true') return true;
    const style = node.getAttribute('style');
    if (style && /display\s*:\s*none/i.test(style)) return true;
  }
  return false;
}
