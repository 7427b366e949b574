/** The picker's width, and the least height worth opening it at (search, a few customers, Insert). */
export const PICKER_WIDTH = 460;
const MIN_HEIGHT = 320;
const GAP = 8;

/**
 * Fixed-position CSS for the picker, always inside the window on every side: `left`, `top` or
 * `bottom`, and `maxHeight` (the picker scrolls inside and keeps Insert in view), and `width`
 * in windows narrower than the picker. Beside the compose window (to its left) when there is
 * room, so the message stays visible; otherwise above the button when it is in the lower half
 * of the window (a reply at the bottom of the page, a button scrolled out of view) and below it
 * in the upper half; where that leaves too little height, against the window's bottom edge.
 */
export function pickerPosition(
  button: DOMRect,
  composeWindow: DOMRect,
  viewportWidth: number,
  viewportHeight: number,
  pickerWidth = PICKER_WIDTH,
): Record<string, string> {
  const width = Math.min(pickerWidth, viewportWidth - 2 * GAP);
  const px = (n: number): string => `${Math.round(n)}px`;
  const clampLeft = (x: number): number => Math.max(GAP, Math.min(x, viewportWidth - width - GAP));
  const sized: Record<string, string> = width < pickerWidth ? { width: px(width) } : {};
  // Anchored to the bottom edge at `bottom`: the top then never goes above the window.
  const fromBottom = (left: number, bottom: number): Record<string, string> => {
    const b = viewportHeight - bottom - GAP < MIN_HEIGHT ? GAP : bottom;
    return { left: px(left), bottom: px(b), maxHeight: px(viewportHeight - b - GAP), ...sized };
  };
  if (composeWindow.left >= width + 2 * GAP) {
    const bottom = Math.max(GAP, viewportHeight - Math.min(composeWindow.bottom, viewportHeight));
    return fromBottom(clampLeft(composeWindow.left - width - GAP), bottom);
  }
  const left = clampLeft(button.right - width);
  // A button below the window's edge counts as at the edge.
  const buttonTop = Math.min(Math.max(button.top, 0), viewportHeight);
  if (buttonTop > viewportHeight / 2) return fromBottom(left, Math.max(GAP, viewportHeight - buttonTop + GAP));
  const top = Math.max(GAP, button.bottom + GAP);
  if (viewportHeight - top - GAP < MIN_HEIGHT) return fromBottom(left, GAP);
  return { left: px(left), top: px(top), maxHeight: px(viewportHeight - top - GAP), ...sized };
}
