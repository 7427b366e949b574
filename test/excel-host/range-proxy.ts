import { contains, intersects, MAX_COLS, MAX_ROWS, parseA1, qualifiedAddress, type CellRect } from './a1-address.ts';
import { GENERAL, type Cell, type CellValue } from './cell.ts';
import { applyInput } from './cell-input.ts';
import { clientObject, methodRef, navRef, type HostProxy, type ObjRef, type Props } from './client-object.ts';
import { conditionalFormatCollection } from './conditional-format-proxy.ts';
import { hostError } from './host-error.ts';
import type { HostContext } from './request-context.ts';
import { tableScopedCollection } from './table-proxy.ts';
import { cellAt, removeWhere, surroundingRect, tablesIn, usedRect, type SheetModel } from './workbook-model.ts';
import { worksheetProxy } from './worksheet-proxy.ts';

/** What a Range proxy points at. */
export interface RangeTarget {
  readonly sheet: SheetModel;
  readonly rect: CellRect;
}

function live(t: RangeTarget): RangeTarget {
  if (t.sheet.deleted) throw hostError('InvalidReference', 'the range is on a deleted worksheet');
  return t;
}

function grid<V>(t: RangeTarget, read: (cell: Cell | undefined) => V): V[][] {
  const out: V[][] = [];
  for (let r = 0; r < t.rect.rows; r++) {
    const row = t.sheet.rows[t.rect.row + r];
    const line: V[] = new Array<V>(t.rect.cols);
    for (let c = 0; c < t.rect.cols; c++) line[c] = read(row?.[t.rect.col + c]);
    out.push(line);
  }
  return out;
}

/** Writes a 2-D array (or one scalar for every cell) into the range; dimensions must match. */
function writeGrid(t: RangeTarget, value: unknown, write: (cell: Cell, v: unknown) => void): void {
  const { rect, sheet } = live(t);
  if (!Array.isArray(value)) {
    for (let r = 0; r < rect.rows; r++) for (let c = 0; c < rect.cols; c++) write(cellAt(sheet, rect.row + r, rect.col + c), value);
    return;
  }
  if (value.length !== rect.rows || value.some((row) => !Array.isArray(row) || row.length !== rect.cols)) {
    throw hostError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rect.rows}×${rect.cols}).`);
  }
  for (let r = 0; r < rect.rows; r++) {
    const row = value[r] as unknown[];
    for (let c = 0; c < rect.cols; c++) {
      const v = row[c];
      if (v === null || v === undefined) continue;
      write(cellAt(sheet, rect.row + r, rect.col + c), v);
    }
  }
}

const valueOf = (cell: Cell | undefined): CellValue => cell?.value ?? '';

/** The values of a range as `range.values` returns them. */
export function readGrid(t: RangeTarget): CellValue[][] {
  return grid(live(t), valueOf);
}

/** Writes `range.values` (typed-input rules per cell, `null` leaves a cell as it is). */
export function writeValues(t: RangeTarget, value: unknown): void {
  writeGrid(t, value, applyInput);
}

const RANGE_PROPS: Props<RangeTarget> = {
  address: { read: (t) => qualifiedAddress(live(t).sheet.name, t.rect) },
  addressLocal: { read: (t) => qualifiedAddress(live(t).sheet.name, t.rect) },
  rowIndex: { read: (t) => t.rect.row },
  columnIndex: { read: (t) => t.rect.col },
  rowCount: { read: (t) => t.rect.rows },
  columnCount: { read: (t) => t.rect.cols },
  cellCount: { read: (t) => t.rect.rows * t.rect.cols },
  values: {
    read: (t) => grid(live(t), valueOf),
    write: (t, v) => writeGrid(t, v, applyInput),
  },
  formulas: {
    read: (t) => grid(live(t), (c) => c?.formula ?? valueOf(c)),
    write: (t, v) => writeGrid(t, v, applyInput),
  },
  numberFormat: {
    read: (t) => grid(live(t), (c) => c?.numberFormat ?? GENERAL),
    write: (t, v) => writeGrid(t, v, (cell, f) => {
      if (typeof f !== 'string') throw hostError('InvalidArgument', 'numberFormat must be a string');
      cell.numberFormat = f;
    }),
  },
  text: {
    read: (t) => grid(live(t), (c) => String(valueOf(c))),
  },
  valueTypes: {
    read: (t) => grid(live(t), (c) => {
      const v = valueOf(c);
      if (v === '') return 'Empty';
      if (typeof v === 'number') return 'Double';
      if (typeof v === 'boolean') return 'Boolean';
      return v.startsWith('#') && c?.formula ? 'Error' : 'String';
    }),
  },
};

function sub(t: RangeTarget, rect: CellRect): RangeTarget {
  if (rect.row < 0 || rect.col < 0 || rect.rows < 1 || rect.cols < 1 || rect.row + rect.rows > MAX_ROWS || rect.col + rect.cols > MAX_COLS) {
    throw hostError('InvalidArgument', 'the resulting range is outside the worksheet');
  }
  return { sheet: live(t).sheet, rect };
}

function recordFormat(t: RangeTarget, property: string, value: unknown): void {
  live(t).sheet.formats.push({ rect: t.rect, property, value });
}

function formatProxy(ctx: HostContext, ref: ObjRef<RangeTarget>): HostProxy {
  const fmtProp = (property: string): { read: (t: RangeTarget) => unknown; write: (t: RangeTarget, v: unknown) => void } => ({
    read: (t) => [...t.sheet.formats].reverse().find((f) => f.property === property && contains(f.rect, t.rect))?.value ?? null,
    write: (t, v) => recordFormat(t, property, v),
  });
  return clientObject(ctx, ref, {
    columnWidth: fmtProp('columnWidth'),
    rowHeight: fmtProp('rowHeight'),
    horizontalAlignment: fmtProp('horizontalAlignment'),
    wrapText: fmtProp('wrapText'),
  }, {
    get font() { return clientObject(ctx, navRef(ctx, ref, (t) => t), { bold: fmtProp('font.bold'), color: fmtProp('font.color'), italic: fmtProp('font.italic') }); },
    get fill() {
      return clientObject(ctx, navRef(ctx, ref, (t) => t), { color: fmtProp('fill.color') }, {
        clear: () => ctx.enqueue(ref.id, 'fill.clear', undefined, () => { recordFormat(ref.target(), 'fill.color', null); return undefined; }),
      });
    },
    autofitColumns: () => ctx.enqueue(ref.id, 'autofitColumns', undefined, () => { recordFormat(ref.target(), 'autofitColumns', true); return undefined; }),
    autofitRows: () => ctx.enqueue(ref.id, 'autofitRows', undefined, () => { recordFormat(ref.target(), 'autofitRows', true); return undefined; }),
  });
}

/** An `Excel.Range` proxy over `ref`. */
export function rangeProxy(ctx: HostContext, ref: ObjRef<RangeTarget>): HostProxy {
  const m = (member: string, args: unknown, compute: (t: RangeTarget) => RangeTarget | null): HostProxy =>
    rangeProxy(ctx, methodRef(ctx, ref, member, args, (t) => compute(live(t))));
  return clientObject(ctx, ref, RANGE_PROPS, {
    get worksheet() { return worksheetProxy(ctx, navRef(ctx, ref, (t) => live(t).sheet)); },
    get format() { return formatProxy(ctx, ref); },
    get conditionalFormats() { return conditionalFormatCollection(ctx, ref); },
    getCell: (row: number, col: number) => m('getCell', [row, col], (t) => sub(t, { row: t.rect.row + row, col: t.rect.col + col, rows: 1, cols: 1 })),
    getRow: (i: number) => m('getRow', [i], (t) => sub(t, { row: t.rect.row + i, col: t.rect.col, rows: 1, cols: t.rect.cols })),
    getColumn: (i: number) => m('getColumn', [i], (t) => sub(t, { row: t.rect.row, col: t.rect.col + i, rows: t.rect.rows, cols: 1 })),
    getLastRow: () => m('getLastRow', undefined, (t) => sub(t, { ...t.rect, row: t.rect.row + t.rect.rows - 1, rows: 1 })),
    getRowsBelow: (n = 1) => m('getRowsBelow', [n], (t) => sub(t, { ...t.rect, row: t.rect.row + t.rect.rows, rows: n })),
    getColumnsAfter: (n = 1) => m('getColumnsAfter', [n], (t) => sub(t, { ...t.rect, col: t.rect.col + t.rect.cols, cols: n })),
    getResizedRange: (dr: number, dc: number) => m('getResizedRange', [dr, dc], (t) => sub(t, { ...t.rect, rows: t.rect.rows + dr, cols: t.rect.cols + dc })),
    getAbsoluteResizedRange: (rows: number, cols: number) => m('getAbsoluteResizedRange', [rows, cols], (t) => sub(t, { ...t.rect, rows, cols })),
    getOffsetRange: (dr: number, dc: number) => m('getOffsetRange', [dr, dc], (t) => sub(t, { ...t.rect, row: t.rect.row + dr, col: t.rect.col + dc })),
    getSurroundingRegion: () => m('getSurroundingRegion', undefined, (t) => sub(t, surroundingRect(t.sheet, t.rect))),
    getEntireColumn: () => m('getEntireColumn', undefined, (t) => sub(t, { row: 0, col: t.rect.col, rows: MAX_ROWS, cols: t.rect.cols })),
    getUsedRange: (valuesOnly = false) => m('getUsedRange', [valuesOnly], (t) => {
      const r = clipToUsed(t, valuesOnly);
      if (!r) throw hostError('ItemNotFound', 'the range has no used cells');
      return r;
    }),
    getUsedRangeOrNullObject: (valuesOnly = false) => m('getUsedRangeOrNullObject', [valuesOnly], (t) => clipToUsed(t, valuesOnly)),
    getIntersectionOrNullObject: (other: unknown) => {
      const address = typeof other === 'string' ? other : undefined;
      return m('getIntersectionOrNullObject', [address ?? 'range'], (t) => {
        const o = address !== undefined ? parseA1(address) : (other as HostProxy).__ref.target() as RangeTarget;
        const rect = o && 'rect' in o ? o.rect : o as CellRect | undefined;
        if (!rect || !intersects(rect, t.rect)) return null;
        const row = Math.max(rect.row, t.rect.row), col = Math.max(rect.col, t.rect.col);
        return { sheet: t.sheet, rect: { row, col, rows: Math.min(rect.row + rect.rows, t.rect.row + t.rect.rows) - row, cols: Math.min(rect.col + rect.cols, t.rect.col + t.rect.cols) - col } };
      });
    },
    getTables: (fullyContained = false) =>
      tableScopedCollection(ctx, navRef(ctx, ref, (t) => tablesIn(ctx.session.model, live(t).sheet, t.rect, fullyContained))),
    clear: (applyTo: 'All' | 'Contents' | 'Formats' = 'All') => ctx.enqueue(ref.id, 'clear', [applyTo], () => {
      const t = live(ref.target());
      // Visit stored cells only: a whole-sheet range has 17 billion cells.
      const rowEnd = Math.min(t.rect.row + t.rect.rows, t.sheet.rows.length);
      for (let r = t.rect.row; r < rowEnd; r++) {
        const line = t.sheet.rows[r];
        if (!line) continue;
        const colEnd = Math.min(t.rect.col + t.rect.cols, line.length);
        for (let c = t.rect.col; c < colEnd; c++) {
          const cell = line[c];
          if (!cell) continue;
          if (applyTo !== 'Formats') { cell.value = ''; delete cell.formula; delete cell.prefix; }
          if (applyTo !== 'Contents') cell.numberFormat = GENERAL;
        }
      }
      if (applyTo !== 'Contents') removeWhere(ctx.session.model.conditionalFormats, (cf) => cf.sheet === t.sheet && contains(t.rect, cf.rect));
      return undefined;
    }),
    select: () => ctx.enqueue(ref.id, 'select', undefined, () => {
      const t = live(ref.target());
      ctx.session.model.selection = { sheet: t.sheet, rect: t.rect };
      ctx.session.model.activeSheet = t.sheet;
      return undefined;
    }),
  });
}

/** The used cells inside the range (Excel: `Range.getUsedRange`). */
function clipToUsed(t: RangeTarget, valuesOnly: boolean): RangeTarget | null {
  const used = usedRect(t.sheet, valuesOnly, t.rect);
  return used ? { sheet: t.sheet, rect: used } : null;
}
