import { intersects, type CellRect } from './a1-address.ts';
import { clientCollection, clientObject, methodRef, navRef, type HostProxy, type ObjRef } from './client-object.ts';
import { hostError } from './host-error.ts';
import type { RangeTarget } from './range-proxy.ts';
import { rangeProxy } from './range-proxy.ts';
import type { HostContext } from './request-context.ts';
import { removeWhere, type ConditionalFormatModel } from './workbook-model.ts';

const TYPES = new Set(['Custom', 'CellValue', 'ColorScale', 'DataBar', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText']);

/** An `Excel.ConditionalFormat` proxy; `custom.rule.formula` and `custom.format` are modelled. */
export function conditionalFormatProxy(ctx: HostContext, ref: ObjRef<ConditionalFormatModel>): HostProxy {
  const self = navRef(ctx, ref, (c) => c);
  return clientObject(ctx, ref, {
    type: { read: (c) => c.type },
    id: { read: (c) => c.id },
    priority: { read: (c) => c.priority, write: (c, v) => { c.priority = Number(v); } },
    stopIfTrue: { read: (c) => c.stopIfTrue, write: (c, v) => { c.stopIfTrue = Boolean(v); } },
  }, {
    get custom() {
      return clientObject(ctx, self, {}, {
        get rule() {
          return clientObject(ctx, self, { formula: { read: (c) => c.formula, write: (c, v) => { c.formula = String(v); } } });
        },
        get format() {
          return clientObject(ctx, self, {}, {
            get fill() { return clientObject(ctx, self, { color: { read: (c) => c.fill ?? null, write: (c, v) => { c.fill = String(v); } } }); },
            get font() {
              return clientObject(ctx, self, {
                color: { read: (c) => c.fontColor ?? null, write: (c, v) => { c.fontColor = String(v); } },
                bold: { read: (c) => c.bold ?? null, write: (c, v) => { c.bold = Boolean(v); } },
              });
            },
          });
        },
      });
    },
    getRange: () => rangeProxy(ctx, methodRef(ctx, ref, 'getRange', undefined, (c) => {
      // Office.js: getRange throws when the rule applies to several areas.
      if (c.moreAreas && c.moreAreas.length > 0) throw hostError('InvalidOperation', 'the conditional format applies to multiple ranges');
      return { sheet: c.sheet, rect: c.rect };
    })),
    getRangeOrNullObject: () => rangeProxy(ctx, methodRef(ctx, ref, 'getRangeOrNullObject', undefined,
      (c) => (c.moreAreas && c.moreAreas.length > 0 ? null : { sheet: c.sheet, rect: c.rect }))),
    delete: () => ctx.enqueue(ref.id, 'delete', undefined, () => {
      const c = ref.target();
      removeWhere(ctx.session.model.conditionalFormats, (x) => x === c);
      return undefined;
    }),
  });
}

function areasOf(c: ConditionalFormatModel): readonly CellRect[] {
  return [c.rect, ...(c.moreAreas ?? [])];
}

/** `range.conditionalFormats`: the formats that apply to cells of the range. */
export function conditionalFormatCollection(ctx: HostContext, ref: ObjRef<RangeTarget>): HostProxy {
  const wb = ctx.session.model;
  const applying = (t: RangeTarget): ConditionalFormatModel[] =>
    wb.conditionalFormats.filter((c) => c.sheet === t.sheet && areasOf(c).some((a) => intersects(a, t.rect)));
  return clientCollection(ctx, ref, applying, (r) => conditionalFormatProxy(ctx, r), {
    add: (type: string) => conditionalFormatProxy(ctx, methodRef(ctx, ref, 'add', [type], (t) => {
      if (!TYPES.has(type)) throw hostError('InvalidArgument', `unknown conditional format type ${type}`);
      // A new rule goes on top, as in Excel's rules manager.
      for (const c of wb.conditionalFormats) if (c.sheet === t.sheet) c.priority++;
      const cf: ConditionalFormatModel = { id: String(wb.nextId++), sheet: t.sheet, rect: t.rect, type, formula: '', stopIfTrue: false, priority: 0 };
      wb.conditionalFormats.push(cf);
      return cf;
    })),
    clearAll: () => ctx.enqueue(ref.id, 'clearAll', undefined, () => {
      const t = ref.target();
      removeWhere(wb.conditionalFormats, (c) => c.sheet === t.sheet && areasOf(c).some((a) => intersects(a, t.rect)));
      return undefined;
    }),
  });
}
