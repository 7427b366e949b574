export { createExcelHost, FIVE_MB, type ExcelHost, type ExcelHostOptions } from './excel-host.ts';
export { columnLetters, formatA1, parseA1, qualifiedAddress, type CellRect } from './a1-address.ts';
export type { Cell, CellValue } from './cell.ts';
export type { SyncRecord } from './request-context.ts';
export { addSheet, findSheet, peekCell, type SheetModel, type WorkbookModel } from './workbook-model.ts';
export { seedSheet, readCells, cellInfo } from './host-inspect.ts';
export { modelSnapshot, type OwnedRegion } from './model-snapshot.ts';
