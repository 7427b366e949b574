/**
 * Fixed-position CSS for the picker: beside the compose window (to its left) when there is room,
 * so the message stays visible; otherwise above the button in the lower half of the window and
 * below it in the upper half.
 */
export function pickerPosition(
  button: DOMRect,
  composeWindow: DOMRect,
  viewportWidth: number,
  viewportHeight: number,
  pickerWidth = 460,
): Record<string, string> {
  const gap = 8;
  const clampLeft = (x: number): number => Math.max(gap, Math.min(x, viewportWidth - pickerWidth - gap));
  if (composeWindow.left >= pickerWidth + 2 * gap) {
    return { left: `${composeWindow.left - pickerWidth - gap}px`, bottom: `${Math.max(gap, viewportHeight - composeWindow.bottom)}px` };
  }
  const left = `${clampLeft(button.right - pickerWidth)}px`;
  return button.top > viewportHeight / 2
    ? { left, bottom: `${Math.max(gap, viewportHeight - button.top + gap)}px` }
    : { left, top: `${Math.min(viewportHeight - 80, button.bottom + gap)}px` };
}
