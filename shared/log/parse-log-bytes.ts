import { detectEncoding } from '../import/detect-encoding.ts';
import type { EncodingName } from '../import/types.ts';
import { parseLogCsv, type LogCsv } from './parse-log-csv.ts';
import type { LogHeaderError } from './read-log-table.ts';

/** A log file read from its bytes, with the encoding it was in. */
export interface LogFile extends LogCsv {
  /** UTF-8 as the log is written; a spreadsheet may have saved it in GBK or Windows-1252. */
  readonly encoding: EncodingName;
}

/**
 * Reads a log file's bytes: UTF-8 (with or without its byte-order mark) as the log is written,
 * or whatever a spreadsheet saved it as (GBK, UTF-16, Windows-1252: see detectEncoding), so a
 * log that went through Excel still reads. Rows are those of {@link parseLogCsv}.
 */
export function parseLogBytes(bytes: Uint8Array): { ok: true; value: LogFile } | { ok: false; error: LogHeaderError } {
  const { encoding } = detectEncoding(bytes, true);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: encoding === 'utf-8' }).decode(bytes);
  } catch {
    // Not valid UTF-8 after all (a cut sequence): read it with replacement characters rather than not at all.
    text = new TextDecoder('utf-8').decode(bytes);
  }
  const parsed = parseLogCsv(text);
  return parsed.ok ? { ok: true, value: { ...parsed.value, encoding } } : parsed;
}
