/** Fixed-position CSS for the picker next to its button: above it in the lower half of the window, below it otherwise. */
export function pickerPosition(anchor: DOMRect, viewportWidth: number, viewportHeight: number, pickerWidth = 440): Record<string, string> {
  const left = Math.max(8, Math.min(anchor.right - pickerWidth, viewportWidth - pickerWidth - 8));
  return anchor.top > viewportHeight / 2
    ? { left: `${left}px`, bottom: `${Math.max(8, viewportHeight - anchor.top + 8)}px` }
    : { left: `${left}px`, top: `${Math.min(viewportHeight - 80, anchor.bottom + 8)}px` };
}
