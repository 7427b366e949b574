import { importReceivables } from '../../shared/import/import-receivables.ts';
import type { RejectedRow } from '../../shared/import/types.ts';
import { parseReportJson } from '../../shared/report/parse-report-json.ts';
import type { StoredReceivables } from '../storage/stored-types.ts';

/** What an import did, for the report shown under the file input. */
export interface ImportReport {
  readonly file: string;
  readonly format: string;
  readonly encoding?: string;
  readonly taken: number;
  readonly rejected: readonly RejectedRow[];
  readonly skipped: number;
  readonly customers: number;
}

/** The stored list and its report, or why the file could not be read (naming the file). */
export type ImportFileResult =
  | { readonly ok: true; readonly stored: StoredReceivables; readonly report: ImportReport }
  | { readonly ok: false; readonly message: string };

function looksLikeJson(bytes: Uint8Array): boolean {
  for (const b of bytes.subarray(0, 64)) {
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0xef || b === 0xbb || b === 0xbf) continue;
    return b === 0x7b; // '{'
  }
  return false;
}

/**
 * Reads an imported file: the report JSON (`dunning report --format json`, the Excel add-in's
 * export for the extension) or any receivables export the core reads (CSV, any encoding).
 */
export function importFile(file: string, bytes: Uint8Array, importedAt: string): ImportFileResult {
  if (looksLikeJson(bytes)) {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8').decode(bytes));
    } catch (error) {
      return { ok: false, message: `${file}: not valid JSON (${(error as Error).message})` };
    }
    const parsed = parseReportJson(json);
    if (!parsed.ok) return { ok: false, message: `${file}: ${parsed.error.message}` };
    const { receivables, rejected, asOf } = parsed.value;
    return {
      ok: true,
      stored: { receivables, file, format: 'report-json', importedAt, reportAsOf: asOf },
      report: { file, format: 'report-json', taken: receivables.length, rejected, skipped: 0, customers: new Set(receivables.map((r) => r.customer)).size },
    };
  }
  const result = importReceivables(bytes, { file });
  return {
    ok: true,
    stored: { receivables: result.receivables, file, format: result.source.format, importedAt },
    report: {
      file,
      format: result.source.format,
      encoding: result.source.encoding,
      taken: result.receivables.length,
      rejected: result.rejected,
      skipped: result.skipped.length,
      customers: new Set(result.receivables.map((r) => r.customer)).size,
    },
  };
}
