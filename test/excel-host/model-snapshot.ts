import { contains, qualifiedAddress, type CellRect } from './a1-address.ts';
import type { WorkbookModel } from './workbook-model.ts';

/** A region of one sheet that a step is allowed to change (`{ sheet: 'Sheet1', rect }`). */
export interface OwnedRegion {
  readonly sheet: string;
  readonly rect: CellRect;
}

/**
 * Everything the add-in can see of a workbook, as plain JSON, leaving out what lies inside
 * `owned`: every stored cell (value, formula, number format, quote prefix) by address, each
 * sheet's recorded formatting, frozen rows, tables, conditional formats, charts, the active
 * sheet and the selection. Two snapshots equal means nothing outside `owned` changed.
 * Conditional formats and formatting that only partly overlap an owned region are kept (a step
 * that trims or removes a user's rule over its own cells has still changed the user's rule).
 */
export function modelSnapshot(model: WorkbookModel, owned: readonly OwnedRegion[] = []): unknown {
  const inOwned = (sheet: string, rect: CellRect): boolean => owned.some((o) => o.sheet === sheet && contains(o.rect, rect));
  const cells: Record<string, unknown> = {};
  for (const sheet of model.sheets) {
    sheet.rows.forEach((line, row) => line?.forEach((cell, col) => {
      if (!cell || inOwned(sheet.name, { row, col, rows: 1, cols: 1 })) return;
      // An empty General cell is what an absent cell reads as: a step that only created the object changed nothing.
      if (cell.value === '' && cell.formula === undefined && cell.numberFormat === 'General' && cell.prefix === undefined) return;
      cells[qualifiedAddress(sheet.name, { row, col, rows: 1, cols: 1 })] = { ...cell };
    }));
  }
  return {
    cells,
    sheets: model.sheets.map((s) => ({
      name: s.name, frozenRows: s.frozenRows,
      formats: s.formats.filter((f) => !inOwned(s.name, f.rect)).map((f) => ({ ...f, rect: { ...f.rect } })),
    })),
    tables: model.tables.map((t) => ({ name: t.name, sheet: t.sheet.name, rect: { ...t.rect }, style: t.style })),
    conditionalFormats: model.conditionalFormats
      .filter((c) => !inOwned(c.sheet.name, c.rect))
      .map((c) => ({ sheet: c.sheet.name, rect: { ...c.rect }, type: c.type, formula: c.formula, fill: c.fill, stopIfTrue: c.stopIfTrue })),
    charts: model.charts.map((c) => ({ name: c.name, sheet: c.sheet.name, type: c.chartType, title: c.title, source: { ...c.source.rect } })),
    activeSheet: model.activeSheet.name,
    selection: { sheet: model.selection.sheet.name, rect: { ...model.selection.rect } },
  };
}

