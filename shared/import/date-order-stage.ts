import { exactIsoDate, scanDate, type DateShape } from './parse-date.ts';
import type { SheetCells } from './sheet-cells.ts';
import type { TableLayout } from './table-layout.ts';
import type { DateOrder } from './types.ts';

/** The two date columns whose day/month order is decided from their values. */
export type DateField = 'issueDate' | 'dueDate';

/** Receives a data row once the order of its dates is known (or the file has ended). */
export type ReleaseRow = (cells: string[], row: number, span: number, sheet: SheetCells | undefined, issue: DateShape, due: DateShape) => void;

/**
 * The "decide date order" stage: reads each data row's date cells, notes what they prove
 * about day/month order (a day over 12 decides a column), and holds rows whose dates are
 * ambiguous until their column is decided. Rows leave in the order they came.
 */
export interface DateOrderStage {
  push(cells: string[], row: number, span: number, sheet: SheetCells | undefined): void;
  /** Releases the held rows: at the end of the table all of them, undecided or not. */
  flush(): void;
  /** The order a column is read in: the option, its own evidence, else the other date column's. */
  orderOf(field: DateField): DateOrder | undefined;
  /** Whether a column has both day-first and month-first dates. */
  isMixed(field: DateField): boolean;
  /** The order the file was read in, when one was given or decided without contradiction. */
  decided(): DateOrder | undefined;
}

interface DateColumn {
  readonly index: number;
  readonly field: DateField;
  evidence: 'dmy' | 'mdy' | undefined;
  mixed: boolean;
  cache: Map<string, DateShape>;
  /** The previous non-ISO cell and its shape (sorted exports repeat dates row after row). */
  lastRaw: string;
  lastShape: DateShape;
}

interface HeldRow {
  readonly cells: string[];
  readonly row: number;
  readonly span: number;
  readonly sheet: SheetCells | undefined;
}

/** The shape of an empty or absent date cell. */
export const EMPTY_SHAPE: DateShape = { kind: 'empty' };
/** The shape of a cell that is exactly an ISO date: the cell itself is the date (no parse, no allocation). */
export const ISO_CELL: DateShape = { kind: 'fixed', date: undefined };

// Rows held back while a date column's day/month order is undecided. Past this many, the
// oldest held row is released with what is known by then (bounded memory on any file).
const MAX_HELD_ROWS = 50_000;
const NOTHING = 0;
const DECIDED = 1;
const BLOCKED = 2;

/**
 * Creates the stage for a table. `override` is the user's order (`--date-order`), which
 * decides everything; `warn` hears of a column with mixed orders.
 */
export function createDateOrderStage(layout: TableLayout, override: DateOrder | undefined, release: ReleaseRow,
  warn: (message: string) => void): DateOrderStage {
  const column = (field: DateField): DateColumn | undefined => layout.columns[field] >= 0
    ? { index: layout.columns[field], field, evidence: undefined, mixed: false, cache: new Map(), lastRaw: '', lastShape: EMPTY_SHAPE }
    : undefined;
  const issueCol = column('issueDate');
  const dueCol = column('dueDate');
  // Held rows in a ring buffer (a shift per released row would move the whole array).
  let held: (HeldRow | undefined)[] = [];
  let head = 0;
  let count = 0;

  function shapeOf(col: DateColumn | undefined, cells: string[]): DateShape {
    if (col === undefined) return EMPTY_SHAPE;
    const raw = cells[col.index] ?? '';
    // The common ISO cell needs neither parsing nor a cache lookup: it already is a PlainDate,
    // which the row builder takes from the cell (nothing is stored per row in the long-lived column).
    if (exactIsoDate(raw) !== undefined) return ISO_CELL;
    if (raw === col.lastRaw) return col.lastShape;
    let s = col.cache.get(raw);
    if (s === undefined) {
      s = scanDate(raw);
      if (col.cache.size >= 4096) col.cache.clear();
      // Long cells are not kept: the cache would pin them (and they are never dates).
      if (raw.length <= 64) col.cache.set(raw, s);
    }
    col.lastRaw = raw;
    col.lastShape = s;
    return s;
  }

  function orderOf(col: DateColumn): DateOrder | undefined {
    if (override) return override;
    if (col.mixed) return undefined;
    if (col.evidence) return col.evidence;
    const other = col === issueCol ? dueCol : issueCol;
    return other && other.evidence && !other.mixed ? other.evidence : undefined;
  }

  /** Notes what one date proves: DECIDED when its column just became decided, BLOCKED for an undecided ambiguous date. */
  function note(col: DateColumn | undefined, s: DateShape): number {
    if (col === undefined || s.kind !== 'numeric' || override) return NOTHING;
    if (s.evidence) {
      if (col.evidence === undefined) {
        col.evidence = s.evidence;
        return DECIDED;
      }
      if (col.evidence !== s.evidence && !col.mixed) {
        col.mixed = true;
        warn(`${layout.mappingText[col.field] ?? col.field}: some dates are day-first and some month-first`);
      }
      return NOTHING;
    }
    return !s.indifferent && !col.mixed && orderOf(col) === undefined ? BLOCKED : NOTHING;
  }

  function isBlocked(cells: string[]): boolean {
    return note(issueCol, shapeOf(issueCol, cells)) === BLOCKED || note(dueCol, shapeOf(dueCol, cells)) === BLOCKED;
  }

  function hold(r: HeldRow): void {
    if (count === held.length) {
      // Grow, unrolling the ring so it starts at 0.
      const bigger: (HeldRow | undefined)[] = new Array(Math.max(16, held.length * 2));
      for (let k = 0; k < count; k++) bigger[k] = held[(head + k) % held.length];
      held = bigger;
      head = 0;
    }
    held[(head + count) % held.length] = r;
    count++;
  }

  function releaseFirst(): void {
    const r = held[head] as HeldRow;
    held[head] = undefined;
    head = (head + 1) % held.length;
    count--;
    release(r.cells, r.row, r.span, r.sheet, shapeOf(issueCol, r.cells), shapeOf(dueCol, r.cells));
  }

  function releaseDecided(): void {
    while (count > 0 && !isBlocked((held[head] as HeldRow).cells)) releaseFirst();
  }

  return {
    push(cells, row, span, sheet) {
      const issueShape = shapeOf(issueCol, cells);
      const dueShape = shapeOf(dueCol, cells);
      let decided = false;
      let block = false;
      if (issueShape.kind === 'numeric' || dueShape.kind === 'numeric') {
        const a = note(issueCol, issueShape);
        const b = note(dueCol, dueShape);
        decided = a === DECIDED || b === DECIDED;
        // A decision made by this row may unblock this row's other date.
        block = (a === BLOCKED || b === BLOCKED) && isBlocked(cells);
      }
      if (count > 0 || block) {
        hold({ cells, row, span, sheet });
        if (count > MAX_HELD_ROWS) releaseFirst();
      } else {
        release(cells, row, span, sheet, issueShape, dueShape);
      }
      if (decided) releaseDecided();
    },
    flush() {
      while (count > 0) releaseFirst();
    },
    orderOf(field) {
      const col = field === 'issueDate' ? issueCol : dueCol;
      return col ? orderOf(col) : override;
    },
    isMixed(field) {
      return (field === 'issueDate' ? issueCol : dueCol)?.mixed ?? false;
    },
    decided() {
      const d = [dueCol, issueCol].find((c) => c?.evidence && !c.mixed);
      return override ?? d?.evidence;
    },
  };
}
