/**
 * Remembers which invoice numbers were seen and on which row, to report duplicates.
 *
 * Exports are usually sorted, so keys mostly arrive in increasing order: those are appended to
 * a sorted array (no hashing, no rehashing; looked up by binary search) and only keys that
 * arrive out of order go into a Map. Hand-written because a plain Map of a million strings
 * costs more than the CSV parse itself in the 1,000,000-row benchmark.
 */
export interface InvoiceIndex {
  /** The row the key was first seen on, or undefined after recording it now on `row`. */
  firstRowOrAdd(key: string, row: number): number | undefined;
}

/** A fresh, empty index. */
export function createInvoiceIndex(): InvoiceIndex {
  const sortedKeys: string[] = [];
  const sortedRows: number[] = [];
  const others = new Map<string, number>();
  let last: string | undefined;

  function searchSorted(key: string): number | undefined {
    let lo = 0;
    let hi = sortedKeys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = sortedKeys[mid] as string;
      if (k === key) return sortedRows[mid];
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  return {
    firstRowOrAdd(key, row) {
      if (last === undefined || key > last) {
        // Out-of-order keys are all below some earlier `last`, so a key above `last` is new.
        sortedKeys.push(key);
        sortedRows.push(row);
        last = key;
        return undefined;
      }
      const found = key === last ? sortedRows[sortedRows.length - 1] : searchSorted(key) ?? others.get(key);
      if (found !== undefined) return found;
      others.set(key, row);
      return undefined;
    },
  };
}
