import { clientCollection, clientObject, clientResult, methodRef, navRef, refOf, type HostProxy, type ObjRef } from './client-object.ts';
import { hostError } from './host-error.ts';
import { rangeProxy, type RangeTarget } from './range-proxy.ts';
import type { HostContext } from './request-context.ts';
import { addTable, peekCell, removeWhere, type SheetModel, type TableModel, type WorkbookModel } from './workbook-model.ts';
import { rangeOnSheet, worksheetProxy } from './worksheet-proxy.ts';

function live(t: TableModel): TableModel {
  if (t.deleted) throw hostError('ItemNotFound', `table ${t.name} was deleted`);
  return t;
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
  }, {
    get worksheet() { return worksheetProxy(ctx, navRef(ctx, ref, (t) => live(t).sheet)); },
    get columns() {
      return clientCollection(ctx, navRef(ctx, ref, (t) => {
        const tb = live(t);
        return Array.from({ length: tb.rect.cols }, (_, i) => ({ index: i, name: String(peekCell(tb.sheet, tb.rect.row, tb.rect.col + i)?.value ?? '') }));
      }), (cols) => cols, (r) => clientObject(ctx, r, { index: { read: (c) => c.index }, name: { read: (c) => c.name } }));
    },
    getRange: () => range('getRange', (t) => ({ sheet: t.sheet, rect: t.rect })),
    getHeaderRowRange: () => range('getHeaderRowRange', (t) => ({ sheet: t.sheet, rect: { ...t.rect, rows: 1 } })),
    getDataBodyRange: () => range('getDataBodyRange', (t) => {
      // Excel keeps one (empty) body row in a table that has no data.
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
