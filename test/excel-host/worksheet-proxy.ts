import { parseA1 } from './a1-address.ts';
import { chartCollection } from './chart-proxy.ts';
import { clientCollection, clientObject, fixedRef, methodRef, navRef, type HostProxy, type ObjRef } from './client-object.ts';
import { hostError } from './host-error.ts';
import { rangeProxy, type RangeTarget } from './range-proxy.ts';
import type { HostContext } from './request-context.ts';
import { tableCollection } from './table-proxy.ts';
import { addSheet, deleteSheet, findSheet, usedRect, type SheetModel, type WorkbookModel } from './workbook-model.ts';

function live(s: SheetModel): SheetModel {
  if (s.deleted) throw hostError('ItemNotFound', `worksheet ${s.name} was deleted`);
  return s;
}

/** Parses an address on a sheet (the sheet part, if any, must name this sheet). */
export function rangeOnSheet(wb: WorkbookModel, sheet: SheetModel, address: string): RangeTarget {
  const bang = address.lastIndexOf('!');
  let target = sheet;
  let a1 = address;
  if (bang >= 0) {
    const name = address.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    const named = findSheet(wb, name);
    if (!named) throw hostError('InvalidArgument', `no worksheet named ${name}`);
    target = named;
    a1 = address.slice(bang + 1);
  }
  const rect = parseA1(a1);
  if (!rect) throw hostError('InvalidArgument', `invalid address: ${address}`);
  return { sheet: target, rect };
}

/** An `Excel.Worksheet` proxy. */
export function worksheetProxy(ctx: HostContext, ref: ObjRef<SheetModel>): HostProxy {
  const wb = ctx.session.model;
  const range = (member: string, args: unknown, compute: (s: SheetModel) => RangeTarget | null): HostProxy =>
    rangeProxy(ctx, methodRef(ctx, ref, member, args, (s) => compute(live(s))));
  return clientObject(ctx, ref, {
    name: {
      read: (s) => s.name,
      write: (s, v) => {
        const name = String(v);
        const other = findSheet(wb, name);
        if (other && other !== s) throw hostError('ItemAlreadyExists', `a worksheet named ${name} already exists`);
        s.name = name;
      },
    },
    id: { read: (s) => s.id },
    position: { read: (s) => wb.sheets.indexOf(s) },
    visibility: { read: () => 'Visible' },
  }, {
    get tables() { return tableCollection(ctx, navRef(ctx, ref, (s) => ({ wb, sheet: live(s) }))); },
    get charts() { return chartCollection(ctx, navRef(ctx, ref, live)); },
    get freezePanes() {
      return clientObject(ctx, navRef(ctx, ref, live), {}, {
        freezeRows: (n: number) => ctx.enqueue(ref.id, 'freezeRows', [n], () => { live(ref.target()).frozenRows = n; return undefined; }),
        unfreeze: () => ctx.enqueue(ref.id, 'unfreeze', undefined, () => { live(ref.target()).frozenRows = 0; return undefined; }),
      });
    },
    getRange: (address?: string) => range('getRange', address === undefined ? undefined : [address], (s) =>
      address === undefined ? { sheet: s, rect: { row: 0, col: 0, rows: 1_048_576, cols: 16_384 } } : rangeOnSheet(wb, s, address)),
    getRangeByIndexes: (row: number, col: number, rows: number, cols: number) => range('getRangeByIndexes', [row, col, rows, cols], (s) => {
      if (row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > 1_048_576 || col + cols > 16_384) throw hostError('InvalidArgument', 'getRangeByIndexes: outside the worksheet');
      return { sheet: s, rect: { row, col, rows, cols } };
    }),
    getCell: (row: number, col: number) => range('getCell', [row, col], (s) => ({ sheet: s, rect: { row, col, rows: 1, cols: 1 } })),
    getUsedRange: (valuesOnly = false) => range('getUsedRange', [valuesOnly], (s) =>
      ({ sheet: s, rect: usedRect(s, valuesOnly) ?? { row: 0, col: 0, rows: 1, cols: 1 } })),
    getUsedRangeOrNullObject: (valuesOnly = false) => range('getUsedRangeOrNullObject', [valuesOnly], (s) => {
      const rect = usedRect(s, valuesOnly);
      return rect ? { sheet: s, rect } : null;
    }),
    activate: () => ctx.enqueue(ref.id, 'activate', undefined, () => {
      const s = live(ref.target());
      wb.activeSheet = s;
      wb.selection = { sheet: s, rect: { row: 0, col: 0, rows: 1, cols: 1 } };
      return undefined;
    }),
    delete: () => ctx.enqueue(ref.id, 'delete', undefined, () => { deleteSheet(wb, live(ref.target())); return undefined; }),
  });
}

/** `workbook.worksheets`. */
export function worksheetCollection(ctx: HostContext, ref: ObjRef<WorkbookModel>): HostProxy {
  const sheet = (member: string, args: unknown, compute: (wb: WorkbookModel) => SheetModel | null): HostProxy =>
    worksheetProxy(ctx, methodRef(ctx, ref, member, args, compute));
  return clientCollection(ctx, ref, (wb) => wb.sheets.filter((s) => !s.deleted), (r) => worksheetProxy(ctx, r), {
    add: (name?: string) => sheet('add', name === undefined ? undefined : [name], (wb) => addSheet(wb, name)),
    getItem: (key: string) => sheet('getItem', [key], (wb) => {
      const s = findSheet(wb, key) ?? wb.sheets.find((x) => x.id === key);
      if (!s) throw hostError('ItemNotFound', `The requested resource doesn't exist: worksheet ${key}`);
      return s;
    }),
    getItemOrNullObject: (key: string) => sheet('getItemOrNullObject', [key], (wb) => findSheet(wb, key) ?? wb.sheets.find((x) => x.id === key) ?? null),
    getActiveWorksheet: () => sheet('getActiveWorksheet', undefined, (wb) => wb.activeSheet),
  });
}

/** A proxy for a sheet known now (tests and the chart/table `worksheet` navigation). */
export function knownWorksheet(ctx: HostContext, sheet: SheetModel): HostProxy {
  return worksheetProxy(ctx, fixedRef(ctx, sheet));
}
