/**
 * Remembers which invoice numbers were seen and on which row, to report duplicates.
 *
 * Hand-written because a plain Map of a million strings costs more than the CSV parse itself
 * in the 1,000,000-row benchmark, and its strings keep the garbage collector busy. Exports are
 * usually sorted and numbered in sequence, so keys mostly arrive in increasing order, often as
 * runs (`INV-00000001`, `INV-00000002`, …): a run is stored as its first key and a count, the
 * rows in a typed array; other increasing keys as sorted segments of one; keys that arrive out
 * of order go into a Map. Lookups are a binary search over the segments.
 */
export interface InvoiceIndex {
  /** The row the key was first seen on; or undefined, after recording it now on `row`. */
  firstRowOrAdd(key: string, row: number): number | undefined;
}

/** A fresh, empty index. */
export function createInvoiceIndex(): InvoiceIndex {
  // Segment s covers keys segFirst[s] and its segCount[s] − 1 numeric successors; their rows
  // are rows[segRow[s] …].
  const segFirst: string[] = [];
  const segCount: number[] = [];
  const segRow: number[] = [];
  let rows = new Int32Array(1024);
  let rowCount = 0;
  const others = new Map<string, number>();
  let last: string | undefined;

  function pushRow(row: number): void {
    if (rowCount === rows.length) {
      const bigger = new Int32Array(rows.length * 2);
      bigger.set(rows);
      rows = bigger;
    }
    rows[rowCount++] = row;
  }

  function find(key: string): number | undefined {
    let lo = 0;
    let hi = segFirst.length - 1;
    // The last segment whose first key is ≤ key.
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if ((segFirst[mid] as string) <= key) lo = mid + 1;
      else hi = mid - 1;
    }
    if (hi < 0) return undefined;
    const offset = offsetInRun(segFirst[hi] as string, key);
    if (offset === undefined || offset >= (segCount[hi] as number)) return undefined;
    return rows[(segRow[hi] as number) + offset];
  }

  return {
    firstRowOrAdd(key, row) {
      // The next number of a numbered series (the common case) is checked first: it is above
      // `last`, so it is new, and its segment just grows.
      if (last !== undefined && isSuccessor(last, key)) {
        const s = segFirst.length - 1;
        segCount[s] = (segCount[s] as number) + 1;
        pushRow(row);
        last = key;
        return undefined;
      }
      if (last === undefined || key > last) {
        // Out-of-order keys are all below some earlier `last`, so a key above `last` is new.
        segFirst.push(key);
        segCount.push(1);
        segRow.push(rowCount);
        pushRow(row);
        last = key;
        return undefined;
      }
      const found = find(key) ?? others.get(key);
      if (found !== undefined) return found;
      others.set(key, row);
      return undefined;
    },
  };
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Whether `next` is `prev` with its trailing number plus one, same width (`A-0099` → `A-0100`). */
function isSuccessor(prev: string, next: string): boolean {
  const n = prev.length;
  if (next.length !== n || n === 0) return false;
  let i = n - 1;
  while (i >= 0 && prev.charCodeAt(i) === 0x39 && next.charCodeAt(i) === 0x30) i--;
  if (i < 0) return false;
  const p = prev.charCodeAt(i);
  if (!isDigit(p) || p === 0x39 || next.charCodeAt(i) !== p + 1) return false;
  for (let k = 0; k < i; k++) if (prev.charCodeAt(k) !== next.charCodeAt(k)) return false;
  return true;
}

/** How many successors after `first` the key is, when it has the same prefix and digit width. */
function offsetInRun(first: string, key: string): number | undefined {
  const n = first.length;
  if (key.length !== n) return undefined;
  let d = n;
  while (d > 0 && isDigit(first.charCodeAt(d - 1))) d--;
  if (d === n) return first === key ? 0 : undefined;
  for (let k = 0; k < d; k++) if (first.charCodeAt(k) !== key.charCodeAt(k)) return undefined;
  // Runs longer than 15 digits would lose precision; compare the last 15 only (a run never spans more).
  const from = Math.max(d, n - 15);
  for (let k = d; k < from; k++) if (first.charCodeAt(k) !== key.charCodeAt(k)) return undefined;
  let a = 0;
  let b = 0;
  for (let k = from; k < n; k++) {
    const kc = key.charCodeAt(k);
    if (!isDigit(kc)) return undefined;
    a = a * 10 + (first.charCodeAt(k) - 0x30);
    b = b * 10 + (kc - 0x30);
  }
  return b >= a ? b - a : undefined;
}
