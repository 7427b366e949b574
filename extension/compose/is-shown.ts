import { isHidden } from './is-hidden.ts';

/**
 * Whether an element is shown. Markup first (works without layout, as in fixture DOMs); where
 * the browser lays the page out (`reference`, e.g. the compose body, has boxes), also whether
 * the element has any box, so one hidden by a stylesheet class does not count.
 */
export function isShown(el: Element, reference: Element): boolean {
  if (isHidden(el)) return false;
  return reference.getClientRects().length === 0 || el.getClientRects().length > 0;
}
