export * from './report-row.ts';
export * from './report-totals.ts';
export * from './report-json.ts';
export * from './parse-report-json.ts';
