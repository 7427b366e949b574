import { clientCollection, clientObject, clientResult, methodRef, navRef, refOf, type HostProxy, type ObjRef } from './client-object.ts';
import { hostError } from './host-error.ts';
import { rangeProxy, type RangeTarget } from './range-proxy.ts';
import type { HostContext } from './request-context.ts';
import { tableColumnCollection } from './table-column-proxy.ts';
import { tableRowCollection } from './table-row-proxy.ts';
import { addTable, removeWhere, type SheetModel, type TableModel, type WorkbookModel } from './workbook-model.ts';
import { rangeOnSheet, worksheetProxy } from './worksheet-proxy.ts';

function live(t: TableModel): TableModel {
  if (t.deleted) throw hostError('ItemNotFound', `table ${t.name} was deleted`);
  return t;
}

/** A table option stored as set (banded rows, filter buttons…): Excel draws them; the model only remembers them. */
function flag(name: string, initial: boolean): { read: (t: TableModel) => boolean; write: (t: TableModel, v: unknown) => void } {
  return {
    read: (t) => t.options?.[name] ?? initial,
    write: (t, v) => { t.options = { ...t.options, [name]: Boolean(v) }; },
  };
}

/** An `Excel.Table` proxy. */
export function tableProxy(ctx: HostContext, ref: ObjRef<TableModel>): HostProxy {
  const wb = ctx.session.model;
  const range = (member: string, compute: (t: TableModel) => RangeTarget): HostProxy =>
    rangeProxy(ctx, methodRef(ctx, ref, member, undefined, (t) => compute(live(t))));
  return clientObject(ctx, ref, {
    name: {
      read: (t) => t.name,
      write: (t, v) => {
        const name = String(v);
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw hostError('InvalidArgument', `invalid table name: ${name}`);
        if (wb.tables.some((o) => o !== t && o.name.toLowerCase() === name.toLowerCase())) throw hostError('ItemAlreadyExists', `a table named ${name} already exists`);
        t.name = name;
      },
    },
    id: { read: (t) => t.id },
    style: { read: (t) => t.style, write: (t, v) => { t.style = String(v); } },
    showHeaders: { read: () => true },
    // A totals row changes the table's shape; the host has none and says so rather than pretend.
    showTotals: { read: () => false, write: (_t, v) => { if (v) throw hostError('NotImplemented', 'the in-memory host has no totals rows'); } },
    showBandedRows: flag('showBandedRows', true),
    showBandedColumns: flag('showBandedColumns', false),
    showFilterButton: flag('showFilterButton', true),
    highlightFirstColumn: flag('highlightFirstColumn', false),
    highlightLastColumn: flag('highlightLastColumn', false),
  }, {
    get worksheet() { return worksheetProxy(ctx, navRef(ctx, ref, (t) => live(t).sheet)); },
    get columns() { return tableColumnCollection(ctx, ref, live); },
    get rows() { return tableRowCollection(ctx, ref, live); },
    getRange: () => range('getRange', (t) => ({ sheet: t.sheet, rect: t.rect })),
    getHeaderRowRange: () => range('getHeaderRowRange', (t) => ({ sheet: t.sheet, rect: { ...t.rect, rows: 1 } })),
    getDataBodyRange: () => range('getDataBodyRange', (t) => {
      // A table without data still has its (empty) insert row: that is its body.
      return { sheet: t.sheet, rect: { ...t.rect, row: t.rect.row + 1, rows: Math.max(1, t.rect.rows - 1) } };
    }),
    delete: () => ctx.enqueue(ref.id, 'delete', undefined, () => {
      const t = live(ref.target());
      t.deleted = true;
      removeWhere(wb.tables, (x) => x === t);
      return undefined;
    }),
  });
}

/** `workbook.tables` or `worksheet.tables`. */
export function tableCollection(ctx: HostContext, ref: ObjRef<{ wb: WorkbookModel; sheet?: SheetModel }>): HostProxy {
  const table = (member: string, args: unknown, compute: (s: { wb: WorkbookModel; sheet?: SheetModel }) => TableModel | null): HostProxy =>
    tableProxy(ctx, methodRef(ctx, ref, member, args, compute));
  const find = (s: { wb: WorkbookModel; sheet?: SheetModel }, key: string): TableModel | undefined =>
    s.wb.tables.find((t) => (s.sheet === undefined || t.sheet === s.sheet) && (t.name.toLowerCase() === key.toLowerCase() || t.id === key));
  return clientCollection(ctx, ref, (s) => s.wb.tables.filter((t) => s.sheet === undefined || t.sheet === s.sheet), (r) => tableProxy(ctx, r), {
    add: (address: unknown, hasHeaders: boolean) => {
      const given = typeof address === 'string' ? address : refOf<RangeTarget>(address, 'tables.add');
      return table('add', [typeof given === 'string' ? given : 'range', hasHeaders], (s) => {
        let target: RangeTarget;
        if (typeof given === 'string') {
          if (s.sheet === undefined && !given.includes('!')) throw hostError('InvalidArgument', 'workbook.tables.add needs a sheet-qualified address');
          target = rangeOnSheet(s.wb, s.sheet ?? s.wb.activeSheet, given);
        } else {
          target = given.target();
        }
        if (!hasHeaders) throw hostError('NotImplemented', 'the in-memory host only adds tables with headers');
        return addTable(s.wb, target.sheet, target.rect);
      });
    },
    getItem: (key: string) => table('getItem', [key], (s) => {
      const t = find(s, key);
      if (!t) throw hostError('ItemNotFound', `The requested resource doesn't exist: table ${key}`);
      return t;
    }),
    getItemOrNullObject: (key: string) => table('getItemOrNullObject', [key], (s) => find(s, key) ?? null),
  });
}

/** The collection from `range.getTables()`. */
export function tableScopedCollection(ctx: HostContext, ref: ObjRef<TableModel[]>): HostProxy {
  return clientCollection(ctx, ref, (list) => list, (r) => tableProxy(ctx, r), {
    getFirst: () => tableProxy(ctx, methodRef(ctx, ref, 'getFirst', undefined, (list) => {
      const t = list[0];
      if (!t) throw hostError('ItemNotFound', 'there is no table in the range');
      return t;
    })),
    getItem: (key: string) => tableProxy(ctx, methodRef(ctx, ref, 'getItem', [key], (list) => {
      const t = list.find((x) => x.name.toLowerCase() === key.toLowerCase() || x.id === key);
      if (!t) throw hostError('ItemNotFound', `The requested resource doesn't exist: table ${key}`);
      return t;
    })),
    getItemOrNullObject: (key: string) => tableProxy(ctx, methodRef(ctx, ref, 'getItemOrNullObject', [key], (list) =>
      list.find((x) => x.name.toLowerCase() === key.toLowerCase() || x.id === key) ?? null)),
    getCount: () => clientResult(ctx, ref, 'getCount', undefined, () => ref.target().length),
  });
}
