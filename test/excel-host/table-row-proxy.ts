import { clientCollection, clientObject, fixedRef, methodRef, navRef, type HostProxy, type ObjRef } from './client-object.ts';
import { hostError } from './host-error.ts';
import { rangeProxy, readGrid, writeValues } from './range-proxy.ts';
import type { HostContext } from './request-context.ts';
import { addTableRows, deleteTableRows } from './table-rows.ts';
import { tableDataRows, type TableModel } from './workbook-model.ts';

/** A table row: the physical position `index` in the table (Office.js: it does not follow the data). */
export interface TableRowTarget {
  readonly table: TableModel;
  readonly index: number;
}

function live(r: TableRowTarget): TableRowTarget {
  if (r.table.deleted) throw hostError('ItemNotFound', `table ${r.table.name} was deleted`);
  if (r.index >= tableDataRows(r.table)) throw hostError('ItemNotFound', `table ${r.table.name} has no row ${r.index}`);
  return r;
}

function rowRange(r: TableRowTarget): { sheet: TableModel['sheet']; rect: { row: number; col: number; rows: number; cols: number } } {
  const { table, index } = live(r);
  return { sheet: table.sheet, rect: { row: table.rect.row + 1 + index, col: table.rect.col, rows: 1, cols: table.rect.cols } };
}

/** An `Excel.TableRow` proxy. */
export function tableRowProxy(ctx: HostContext, ref: ObjRef<TableRowTarget>): HostProxy {
  const wb = ctx.session.model;
  return clientObject(ctx, ref, {
    index: { read: (r) => live(r).index },
    values: { read: (r) => readGrid(rowRange(r)), write: (r, v) => writeValues(rowRange(r), v) },
  }, {
    getRange: () => rangeProxy(ctx, methodRef(ctx, ref, 'getRange', undefined, rowRange)),
    delete: () => ctx.enqueue(ref.id, 'delete', undefined, () => {
      const r = live(ref.target());
      deleteTableRows(wb, r.table, r.index, 1);
      return undefined;
    }),
  });
}

/** `table.rows`: the data rows, `add`, `getItemAt`, `getCount`, `count`, `deleteRowsAt`. */
export function tableRowCollection(ctx: HostContext, tableRef: ObjRef<TableModel>, liveTable: (t: TableModel) => TableModel): HostProxy {
  const wb = ctx.session.model;
  const ref = navRef(ctx, tableRef, liveTable);
  const rowsOf = (t: TableModel): TableRowTarget[] => Array.from({ length: tableDataRows(t) }, (_, index) => ({ table: t, index }));
  return clientCollection(ctx, ref, rowsOf, (r) => tableRowProxy(ctx, r), {
    add: (index?: number | null, values?: unknown, alwaysInsert?: boolean) =>
      tableRowProxy(ctx, methodRef(ctx, ref, 'add', [index ?? null, values ?? null, alwaysInsert ?? true], (t) => ({ table: t, index: addTableRows(wb, t, index, values, alwaysInsert) }))),
    getItemAt: (index: number) => tableRowProxy(ctx, methodRef(ctx, ref, 'getItemAt', [index], (t) => live({ table: t, index }))),
    deleteRowsAt: (index: number, count = 1) => ctx.enqueue(ref.id, 'deleteRowsAt', [index, count], () => {
      deleteTableRows(wb, ref.target(), index, count);
      return undefined;
    }),
  }, {
    count: { read: (t) => tableDataRows(t) },
  });
}

/** A row known now (tests). */
export function knownTableRow(ctx: HostContext, table: TableModel, index: number): HostProxy {
  return tableRowProxy(ctx, fixedRef(ctx, { table, index }));
}
