import { closeSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { columnsMissingFor, LOG_COLUMNS, LOG_CSV_BOM, logCsvHeader, logCsvLine, parseLogBytes, type LogFile, type NewLogEntry } from '../shared/log/index.ts';
import { fsErrorReason, isFsError } from './fs-error-message.ts';

/** A log file as a command finds it: absent (a first `log add` creates it), or read. */
export type LogFileRead =
  | { readonly ok: true; readonly exists: false }
  | { readonly ok: true; readonly exists: true; readonly log: LogFile }
  | { readonly ok: false; readonly message: string };

/** Reads the log at `path` (every command that takes `--log`); a missing file is `exists: false`, not an error. */
export function readLogFile(path: string, read: (path: string) => Uint8Array = readFileSync): LogFileRead {
  let bytes: Uint8Array;
  try {
    bytes = read(path);
  } catch (e) {
    if (isFsError(e) && e.code === 'ENOENT') return { ok: true, exists: false };
    return { ok: false, message: `cannot read the log ${path}: ${fsErrorReason(e)}` };
  }
  const parsed = parseLogBytes(bytes);
  if (!parsed.ok) return { ok: false, message: `${path}: ${parsed.error.message}` };
  return { ok: true, exists: true, log: parsed.value };
}

/** What an append did: the file was created (with its header) or added to; the rows' first lines. */
export type LogAppend =
  | { readonly ok: true; readonly created: boolean; readonly rows: readonly number[] }
  | { readonly ok: false; readonly message: string };

function writeWhole(fd: number, bytes: Uint8Array): void {
  // One write() of the whole text: with O_APPEND the kernel puts it at the end in one piece, so
  // two dunning processes adding rows at once never interleave within a line. A short write (a
  // full disk) goes on from where it stopped.
  let off = 0;
  while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
}

/** The first physical line of each of `lines` written from line `first` on (a note may span lines). */
function rowsFrom(first: number, lines: readonly string[]): number[] {
  const rows: number[] = [];
  let row = first;
  for (const line of lines) {
    rows.push(row);
    for (let i = line.indexOf('\n'); i !== -1; i = line.indexOf('\n', i + 1)) row++;
  }
  return rows;
}

/**
 * Appends rows to the log at `path`, never rewriting it: a new file is created (exclusively)
 * with its byte-order mark and header; an existing one gets the rows in its own column order
 * and delimiter (a spreadsheet may have reordered or added columns, or saved it with `;`), in
 * one write of complete lines through O_APPEND, then flushed to disk (fsync). A log that is not
 * UTF-8, or lacks a column a row needs, is refused and left as it is.
 */
export function appendToLog(path: string, entries: readonly NewLogEntry[]): LogAppend {
  if (entries.length === 0) return { ok: true, created: false, rows: [] };
  try {
    const fd = openSync(path, 'wx');
    const lines = entries.map((e) => logCsvLine(e));
    try {
      writeWhole(fd, new TextEncoder().encode(LOG_CSV_BOM + logCsvHeader() + lines.join('')));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    return { ok: true, created: true, rows: rowsFrom(2, lines) };
  } catch (e) {
    if (!(isFsError(e) && e.code === 'EEXIST')) return { ok: false, message: `cannot create the log ${path}: ${fsErrorReason(e)}` };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { ok: false, message: `cannot read the log ${path}: ${fsErrorReason(e)}` };
  }
  if (bytes.length === 0) {
    // An empty file (made by hand, or by a spreadsheet): it gets its header, still by appending.
    const lines = entries.map((e) => logCsvLine(e));
    const done = appendText(path, LOG_CSV_BOM + logCsvHeader() + lines.join(''));
    return done ?? { ok: true, created: true, rows: rowsFrom(2, lines) };
  }
  const parsed = parseLogBytes(bytes);
  if (!parsed.ok) return { ok: false, message: `${path}: ${parsed.error.message}` };
  const log = parsed.value;
  if (log.encoding !== 'utf-8') {
    return { ok: false, message: `${path} was saved as ${log.encoding}, not UTF-8: adding UTF-8 rows would garble it. Save it from the spreadsheet as "CSV UTF-8" and try again` };
  }
  for (const e of entries) {
    const missing = columnsMissingFor(e, log.columns);
    if (missing.length > 0) return { ok: false, message: `${path} has no ${missing.join(', ')} column for this row; its columns are ${log.columns.join(', ')} (a log's are ${LOG_COLUMNS.join(', ')})` };
  }
  const lines = entries.map((e) => logCsvLine(e, log.columns, log.delimiter));
  const failed = appendText(path, (log.endsWithLineBreak ? '' : '\r\n') + lines.join(''));
  return failed ?? { ok: true, created: false, rows: rowsFrom(log.lines + 1, lines) };
}

/** One O_APPEND write of `text`, flushed; a failure as the append's result, else undefined. */
function appendText(path: string, text: string): LogAppend | undefined {
  try {
    const fd = openSync(path, 'a');
    try {
      writeWhole(fd, new TextEncoder().encode(text));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return { ok: false, message: `cannot add to the log ${path}: ${fsErrorReason(e)}` };
  }
  return undefined;
}
