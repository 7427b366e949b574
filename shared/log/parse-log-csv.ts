import { detectDelimiter } from '../import/detect-delimiter.ts';
import { createRecordStream } from '../import/record-stream.ts';
import { unguardLogText } from './log-cell.ts';
import { createLogRowReader, type LogHeaderError, type LogRowReader, type LogTable } from './read-log-table.ts';

/** A log read from CSV text, with what an appender must match to add a row to the same file. */
export interface LogCsv extends LogTable {
  /** The file's delimiter: `,` as the log is written, or what a spreadsheet saved it with (`;`, tab). */
  readonly delimiter: string;
  /** Whether the text ends with a line break (if not, an append starts with one). */
  readonly endsWithLineBreak: boolean;
  /** Physical lines in the text. */
  readonly lines: number;
}

/**
 * Reads the collection log's CSV text (decoded; a byte-order mark is dropped). Rows are numbered
 * by physical line, so a note with a line break in it still points at the right line; the first
 * non-blank line is the header. Text the log's writer guarded against spreadsheet formulas is
 * given back as it was (unguardLogText). Records are tokenised by the importers' record stream
 * (papaparse), the one CSV reader of the core.
 *
 * @example
 * parseLogCsv('\uFEFFdate,customer,invoices,action,stage,channel,amount,currency,until,reason,note,by\r\n2026-11-03,Acme,,call,,,,,,,"promised next week",li\r\n')
 */
export function parseLogCsv(text: string): { ok: true; value: LogCsv } | { ok: false; error: LogHeaderError } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstBreak = body.search(/\r|\n/);
  const delimiter = detectDelimiter((firstBreak < 0 ? body : body.slice(0, firstBreak)).slice(0, 8192));
  // Each record is read as the tokenizer gives it (see createLogRowReader): the first non-blank
  // one is the header, blank ones before it are skipped, the rest are rows.
  const before: { row: number; kind: 'blank' }[] = [];
  let reader: LogRowReader | undefined;
  let headerError: LogHeaderError | undefined;
  const stream = createRecordStream(delimiter, (fields, row) => {
    for (let i = 0; i < fields.length; i++) fields[i] = unguardLogText(fields[i] as string);
    if (reader !== undefined) {
      reader.read(fields, row);
    } else if (headerError === undefined) {
      if (!fields.some((c) => c.trim() !== '')) {
        before.push({ row, kind: 'blank' });
        return;
      }
      const made = createLogRowReader(fields, row);
      if (made.ok) reader = made.value;
      else headerError = made.error;
    }
  });
  stream.push(body);
  stream.end();
  if (headerError !== undefined) return { ok: false, error: headerError };
  if (reader === undefined) {
    return { ok: false, error: { code: 'log-header', row: 1, message: 'the log is empty: it has no header row' } };
  }
  const endsWithLineBreak = body.length === 0 || /[\r\n]$/.test(body);
  const table = reader.table();
  return {
    ok: true,
    value: { ...table, skipped: [...before, ...table.skipped], delimiter, endsWithLineBreak, lines: stream.lines },
  };
}
