/**
 * Splits rows into consecutive blocks whose summed weight stays under `budgetBytes` (a row
 * heavier than the budget gets a block of its own). `weights[i]` is row i's serialized size.
 */
export function planBlocks(weights: readonly number[], budgetBytes: number): Array<{ start: number; end: number }> {
  const blocks: Array<{ start: number; end: number }> = [];
  let start = 0;
  let sum = 0;
  weights.forEach((w, i) => {
    if (i > start && sum + w > budgetBytes) {
      blocks.push({ start, end: i });
      start = i;
      sum = 0;
    }
    sum += w;
  });
  if (start < weights.length) blocks.push({ start, end: weights.length });
  return blocks;
}
