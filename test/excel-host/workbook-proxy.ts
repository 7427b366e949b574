import { clientObject, fixedRef, methodRef, navRef, type HostProxy, type ObjRef } from './client-object.ts';
import { hostError } from './host-error.ts';
import { rangeProxy } from './range-proxy.ts';
import type { HostContext } from './request-context.ts';
import { tableCollection } from './table-proxy.ts';
import type { WorkbookModel } from './workbook-model.ts';
import { worksheetCollection } from './worksheet-proxy.ts';

function applicationProxy(ctx: HostContext, ref: ObjRef<WorkbookModel>): HostProxy {
  return clientObject(ctx, ref, {
    calculationMode: {
      read: (wb) => wb.calculationMode,
      write: (wb, v) => {
        if (v !== 'Automatic' && v !== 'AutomaticExceptTables' && v !== 'Manual') throw hostError('InvalidArgument', `calculationMode ${String(v)}`);
        wb.calculationMode = v;
      },
    },
  }, {
    suspendScreenUpdatingUntilNextSync: () => {
      ctx.suspendScreenUpdating();
      ctx.enqueue(ref.id, 'suspendScreenUpdatingUntilNextSync', undefined, () => undefined);
    },
    suspendApiCalculationUntilNextSync: () => {
      ctx.suspendCalculation();
      ctx.enqueue(ref.id, 'suspendApiCalculationUntilNextSync', undefined, () => undefined);
    },
    calculate: (type: string) => ctx.enqueue(ref.id, 'calculate', [type], () => undefined),
  });
}

/** `context.workbook`. */
export function workbookProxy(ctx: HostContext): HostProxy {
  const ref = fixedRef(ctx, ctx.session.model);
  return clientObject(ctx, ref, { name: { read: () => 'Book1.xlsx' } }, {
    get worksheets() { return worksheetCollection(ctx, ref); },
    get tables() { return tableCollection(ctx, navRef(ctx, ref, (wb) => ({ wb }))); },
    get application() { return applicationProxy(ctx, ref); },
    getSelectedRange: () => rangeProxy(ctx, methodRef(ctx, ref, 'getSelectedRange', undefined, (wb) => ({ ...wb.selection }))),
    getActiveCell: () => rangeProxy(ctx, methodRef(ctx, ref, 'getActiveCell', undefined, (wb) => ({ sheet: wb.selection.sheet, rect: { ...wb.selection.rect, rows: 1, cols: 1 } }))),
  });
}
