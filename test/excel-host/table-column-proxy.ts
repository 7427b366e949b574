import { clientCollection, clientObject, methodRef, navRef, type HostProxy, type ObjRef } from './client-object.ts';
import { hostError } from './host-error.ts';
import { rangeProxy, readGrid, type RangeTarget } from './range-proxy.ts';
import type { HostContext } from './request-context.ts';
import { cellAt, peekCell, type TableModel } from './workbook-model.ts';

/** A table column: its position in the table. */
export interface TableColumnTarget {
  readonly table: TableModel;
  readonly index: number;
}

function live(c: TableColumnTarget): TableColumnTarget {
  if (c.table.deleted) throw hostError('ItemNotFound', `table ${c.table.name} was deleted`);
  if (c.index >= c.table.rect.cols) throw hostError('ItemNotFound', `table ${c.table.name} has no column ${c.index}`);
  return c;
}

function columnName(c: TableColumnTarget): string {
  return String(peekCell(c.table.sheet, c.table.rect.row, c.table.rect.col + c.index)?.value ?? '');
}

function part(c: TableColumnTarget, which: 'all' | 'header' | 'body'): RangeTarget {
  const { table, index } = live(c);
  const col = table.rect.col + index;
  if (which === 'header') return { sheet: table.sheet, rect: { row: table.rect.row, col, rows: 1, cols: 1 } };
  if (which === 'body') return { sheet: table.sheet, rect: { row: table.rect.row + 1, col, rows: Math.max(1, table.rect.rows - 1), cols: 1 } };
  return { sheet: table.sheet, rect: { row: table.rect.row, col, rows: table.rect.rows, cols: 1 } };
}

/** An `Excel.TableColumn` proxy. */
export function tableColumnProxy(ctx: HostContext, ref: ObjRef<TableColumnTarget>): HostProxy {
  const range = (member: string, which: 'all' | 'header' | 'body'): HostProxy =>
    rangeProxy(ctx, methodRef(ctx, ref, member, undefined, (c) => part(c, which)));
  return clientObject(ctx, ref, {
    index: { read: (c) => live(c).index },
    id: { read: (c) => live(c).index + 1 },
    name: {
      read: (c) => columnName(live(c)),
      write: (c, v) => {
        const t = live(c).table;
        const name = String(v);
        for (let i = 0; i < t.rect.cols; i++) {
          if (i !== c.index && columnName({ table: t, index: i }).toLowerCase() === name.toLowerCase()) throw hostError('InvalidArgument', `the table already has a column ${name}`);
        }
        cellAt(t.sheet, t.rect.row, t.rect.col + c.index).value = name;
      },
    },
    values: { read: (c) => readGrid(part(c, 'all')) },
  }, {
    getRange: () => range('getRange', 'all'),
    getHeaderRowRange: () => range('getHeaderRowRange', 'header'),
    getDataBodyRange: () => range('getDataBodyRange', 'body'),
  });
}

/** `table.columns`: by position, by name (ignoring case) or id. */
export function tableColumnCollection(ctx: HostContext, tableRef: ObjRef<TableModel>, liveTable: (t: TableModel) => TableModel): HostProxy {
  const ref = navRef(ctx, tableRef, liveTable);
  const columnsOf = (t: TableModel): TableColumnTarget[] => Array.from({ length: t.rect.cols }, (_, index) => ({ table: t, index }));
  const find = (t: TableModel, key: unknown): TableColumnTarget | null => {
    if (typeof key === 'number') return key >= 1 && key <= t.rect.cols ? { table: t, index: key - 1 } : null;
    const lower = String(key).toLowerCase();
    return columnsOf(t).find((c) => columnName(c).toLowerCase() === lower || String(c.index + 1) === lower) ?? null;
  };
  const column = (member: string, args: unknown[], compute: (t: TableModel) => TableColumnTarget | null): HostProxy =>
    tableColumnProxy(ctx, methodRef(ctx, ref, member, args, compute));
  return clientCollection(ctx, ref, columnsOf, (r) => tableColumnProxy(ctx, r), {
    getItem: (key: string | number) => column('getItem', [key], (t) => {
      const c = find(t, key);
      if (!c) throw hostError('ItemNotFound', `The requested resource doesn't exist: column ${String(key)}`);
      return c;
    }),
    getItemOrNullObject: (key: string | number) => column('getItemOrNullObject', [key], (t) => find(t, key)),
    getItemAt: (index: number) => column('getItemAt', [index], (t) => live({ table: t, index })),
  }, {
    count: { read: (t) => t.rect.cols },
  });
}
