/**
 * The index a radio group moves to for a key, as in the WAI-ARIA radio group pattern: arrows
 * step (wrapping round), Home and End jump to the ends. `undefined` for any other key, so the
 * caller lets the key through (Tab leaves the group, Enter confirms).
 */
export function radioStep(key: string, current: number, count: number): number | undefined {
  if (count <= 0) return undefined;
  const at = current < 0 ? 0 : current;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (at + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (at - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}
