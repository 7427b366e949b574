import { clientCollection, clientObject, clientResult, methodRef, navRef, refOf, type HostProxy, type ObjRef } from './client-object.ts';
import { hostError } from './host-error.ts';
import type { RangeTarget } from './range-proxy.ts';
import type { HostContext } from './request-context.ts';
import { removeWhere, type ChartModel, type SheetModel } from './workbook-model.ts';

function live(c: ChartModel): ChartModel {
  if (c.deleted) throw hostError('ItemNotFound', `chart ${c.name} was deleted`);
  return c;
}

/** Series count as Excel derives it from the source range (first row/column are labels). */
export function seriesCount(c: ChartModel): number {
  const { rows, cols } = c.source.rect;
  const byColumns = c.seriesBy === 'Columns' || (c.seriesBy === 'Auto' && rows >= cols);
  return Math.max(1, byColumns ? cols - 1 : rows - 1);
}

/** An `Excel.Chart` proxy. */
export function chartProxy(ctx: HostContext, ref: ObjRef<ChartModel>): HostProxy {
  return clientObject(ctx, ref, {
    name: { read: (c) => c.name, write: (c, v) => { live(c).name = String(v); } },
    id: { read: (c) => c.id },
    chartType: { read: (c) => c.chartType, write: (c, v) => { live(c).chartType = String(v); } },
  }, {
    get title() { return clientObject(ctx, navRef(ctx, ref, live), { text: { read: (c) => c.title, write: (c, v) => { c.title = String(v); } } }); },
    get series() {
      return clientCollection(ctx, navRef(ctx, ref, (c) => Array.from({ length: seriesCount(live(c)) }, (_, i) => i)), (l) => l, (r) => clientObject(ctx, r, { index: { read: (i) => i } }), {
        getCount: () => clientResult(ctx, ref, 'series.getCount', undefined, () => seriesCount(live(ref.target()))),
      });
    },
    setPosition: (start: string, end?: string) => ctx.enqueue(ref.id, 'setPosition', [start, end], () => {
      live(ref.target()).position = end === undefined ? { start } : { start, end };
      return undefined;
    }),
    delete: () => ctx.enqueue(ref.id, 'delete', undefined, () => {
      const c = live(ref.target());
      c.deleted = true;
      removeWhere(ctx.session.model.charts, (x) => x === c);
      return undefined;
    }),
  });
}

const CHART_TYPES = new Set(['ColumnClustered', 'ColumnStacked', 'ColumnStacked100', 'BarClustered', 'BarStacked', 'Line', 'Pie', 'Area', 'XYScatter']);

/** `worksheet.charts`. */
export function chartCollection(ctx: HostContext, ref: ObjRef<SheetModel>): HostProxy {
  const wb = ctx.session.model;
  const chart = (member: string, args: unknown, compute: (s: SheetModel) => ChartModel | null): HostProxy =>
    chartProxy(ctx, methodRef(ctx, ref, member, args, compute));
  const find = (s: SheetModel, name: string): ChartModel | undefined => wb.charts.find((c) => c.sheet === s && c.name === name);
  return clientCollection(ctx, ref, (s) => wb.charts.filter((c) => c.sheet === s), (r) => chartProxy(ctx, r), {
    add: (type: string, sourceData: unknown, seriesBy: string = 'Auto') => {
      const source = refOf<RangeTarget>(sourceData, 'charts.add');
      return chart('add', [type, 'range', seriesBy], (s) => {
        if (!CHART_TYPES.has(type)) throw hostError('InvalidArgument', `unknown chart type ${type}`);
        const src = source.target();
        let i = wb.charts.length + 1;
        while (wb.charts.some((c) => c.name === `Chart ${i}`)) i++;
        const c: ChartModel = { id: String(wb.nextId++), name: `Chart ${i}`, sheet: s, chartType: type, source: { sheet: src.sheet, rect: src.rect }, seriesBy, title: '', deleted: false };
        wb.charts.push(c);
        return c;
      });
    },
    getItem: (name: string) => chart('getItem', [name], (s) => {
      const c = find(s, name);
      if (!c) throw hostError('ItemNotFound', `The requested resource doesn't exist: chart ${name}`);
      return c;
    }),
    getItemOrNullObject: (name: string) => chart('getItemOrNullObject', [name], (s) => find(s, name) ?? null),
  });
}
