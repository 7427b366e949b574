import { createDecodeStage } from './create-decode-stage.ts';
import { createTableReader, type TableReader } from './create-table-reader.ts';
import { sniffDelimiter } from './detect-delimiter.ts';
import { findHeader, type FoundHeader } from './find-header.ts';
import { createRecordStream, type BrokenQuote, type RecordStream } from './record-stream.ts';
import { isBlankRecord } from './cell-text.ts';
import type { ImportOptions, ImportSource, Receivable, RejectedRow, SkippedRow } from './types.ts';

/** An encoding's name as a bookkeeper reads it. */
function encodingLabel(encoding: string): string {
  return encoding === 'gbk' || encoding === 'gb18030' ? encoding.toUpperCase() : encoding === 'windows-1252' ? 'Windows-1252'
    : encoding.replace('utf', 'UTF').replace('le', 'LE').replace('be', 'BE');
}

/** Where the importer delivers entries, as soon as each is known (in no particular order). */
export interface ImportSink {
  receivable(r: Receivable): void;
  rejected(r: RejectedRow): void;
  skipped(s: SkippedRow): void;
}

/** A push-based importer: feed the file's bytes in chunks of any size, then call `end`. */
export interface StreamingImporter {
  push(chunk: Uint8Array): void;
  end(): ImportSource;
}

// How much of the file decides the delimiter and the header row.
const SNIFF_CHARS = 64 * 1024;

interface SniffedRecord {
  readonly fields: string[];
  readonly row: number;
  readonly span: number;
  readonly broken: BrokenQuote | undefined;
}

/**
 * Creates a streaming importer: decode → records → find header → table reader (decide
 * decimal mark and date order, build rows, group invoice lines), each stage in its own file
 * with its own state. It never holds the whole file, only a 64 KiB sniffing window, the
 * unfinished last record, rows waiting for a date order (bounded), the invoice numbers seen
 * (to report duplicates) and, for line-item exports only, one entry per invoice. Entries go to
 * `sink` as they are decided, in no particular order; `end` returns how the file was read.
 * Never throws, and a fault in one line never costs another.
 *
 * How it decides (the rules a user may need to know):
 * - Encoding: `options.encoding`, else the decode stage's guess (see `detectEncoding`), said in
 *   `source.encodingReason`; rows holding bytes that could not be decoded are rejected.
 * - Delimiter (`,` `;` tab `|`) and header row from the first 64 KiB; lines before the header
 *   are `preamble` (or `blank`); after it, see the table reader (`createTableReader`) and the
 *   row builder (`createRowBuilder`).
 * - Quotes: a double quote that opens a field and is never closed rejects the line it opened on
 *   ("a double quote opens a field here and is never closed"), with the lines it ran over, and
 *   reading resumes at the next line with the table's field count (see `createRecordStream`).
 * - Rows: `row` is the first physical line; a record with quoted line breaks also has
 *   `lastRow`. Every physical line lies in exactly one entry's `row…lastRow` (see
 *   `accountedLines`), and `source.lines` counts them.
 */
export function createImporter(options: ImportOptions, sink: ImportSink): StreamingImporter {
  const given = options.encoding && options.encoding !== 'auto' ? options.encoding : undefined;
  const warnings: string[] = [];
  const sample: string[] = [];
  let sampleChars = 0;
  let sniffed = false;
  let delimiter = ',';
  let stream: RecordStream | undefined;
  let sniffRecords: SniffedRecord[] = [];
  let header: FoundHeader | undefined;
  let reader: TableReader | undefined;
  let headerRow = 0;
  let replaced = false;
  let ordinal = 0;

  const decode = createDecodeStage(given, {
    text(piece) {
      if (!sniffed) {
        sample.push(piece);
        sampleChars += piece.length;
        if (sampleChars >= SNIFF_CHARS) sniff(false);
        return;
      }
      (stream as RecordStream).push(piece);
    },
    replacement() {
      replaced = true;
      reader?.rejectReplacementCharacters(encodingLabel(decode.encoding));
    },
  });

  function sniff(final: boolean): void {
    sniffed = true;
    const all = sample.join('');
    sample.length = 0;
    const normalized = all.indexOf('\r') === -1 ? all : all.replace(/\r\n?/g, '\n');
    // Sniff on complete lines only (the last one may be cut).
    const cut = final ? normalized : normalized.slice(0, Math.max(0, normalized.lastIndexOf('\n')));
    const shape = sniffDelimiter(cut.length > 0 ? cut : normalized);
    delimiter = shape.delimiter;
    const modal = shape.fields > 1 ? [shape.fields] : [];
    stream = tokenize(all, final, modal);
    header = findHeader(sniffRecords, options.map ? { map: options.map } : {});
    if (header) {
      const layout = header.layout;
      const width = layout.headerCells.length;
      const counts = shape.fields > 1 && shape.fields !== width ? [width, shape.fields] : [width];
      const c = layout.columns;
      const keys = [c.invoice, c.amount, c.paid, c.outstanding, c.currency, c.issueDate, c.dueDate].filter((i) => i >= 0);
      if (sniffRecords.some((r) => r.span > 1)) {
        // Quoted line breaks in the sample: read it again knowing the table's width and key
        // columns, so a stray quote there is caught as it is further down.
        stream = tokenize(all, final, counts, keys);
        header = findHeader(sniffRecords, options.map ? { map: options.map } : {}) ?? header;
      }
      stream.setFieldCounts(counts, keys);
    }
    if (header) {
      headerRow = (sniffRecords[header.first] as SniffedRecord).row;
      reader = createTableReader(header.layout, {
        delimiter,
        ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
        ...(options.currency ? { currency: options.currency } : {}),
      }, sink);
      if (replaced) reader.rejectReplacementCharacters(encodingLabel(decode.encoding));
    }
    stream.setHandler(onRecord);
    const records = sniffRecords;
    sniffRecords = [];
    for (const r of records) onRecord(r.fields, r.row, r.span, r.broken);
    if (reader !== undefined) {
      // Every record from here on is below the header: straight to the table reader.
      const r = reader;
      stream.setHandler((fields, row, span, broken) => {
        if (broken === undefined) r.push(fields, row, span);
        else r.pushBroken(row, span, broken);
      });
    }
  }

  /** A record stream that has read the sample into `sniffRecords`. */
  function tokenize(all: string, final: boolean, counts: number[], keys: number[] = []): RecordStream {
    sniffRecords = [];
    const s = createRecordStream(delimiter, (fields, row, span, broken) => {
      sniffRecords.push({ fields, row, span, broken });
    }, counts);
    s.setFieldCounts(counts, keys);
    s.push(all);
    if (final) s.end();
    return s;
  }

  function onRecord(fields: string[], row: number, span: number, broken?: BrokenQuote): void {
    const k = ordinal++;
    if (header === undefined) {
      if (broken === undefined && isBlankRecord(fields)) return skip(row, span, 'blank');
      const text = broken ? [...fields, broken.text].join(delimiter) : fields.join(delimiter);
      return reject(row, span, text,
        'no header row found: none of the first lines names the columns (customer, invoice, amount, due date); use --map field=Header');
    }
    if (k < header.first) return skip(row, span, broken === undefined && isBlankRecord(fields) ? 'blank' : 'preamble');
    if (k <= header.last) return skip(row, span, 'header');
    const r = reader as TableReader;
    if (broken !== undefined) r.pushBroken(row, span, broken);
    else r.push(fields, row, span);
  }

  function skip(row: number, span: number, kind: SkippedRow['kind']): void {
    sink.skipped(span > 1 ? { row, kind, lastRow: row + span - 1 } : { row, kind });
  }

  function reject(row: number, span: number, value: string, reason: string): void {
    const v = value.length > 200 ? `${value.slice(0, 200)}…` : value;
    sink.rejected(span > 1 ? { row, column: '', value: v, reason, lastRow: row + span - 1 } : { row, column: '', value: v, reason });
  }

  return {
    push(chunk) {
      try {
        decode.push(chunk);
      } catch (e) {
        // Never expected (every stage keeps its faults to a row): said, never thrown.
        warnings.push(`import stopped early: ${String(e)}`);
      }
    },
    end() {
      let summary: ReturnType<TableReader['end']> | undefined;
      try {
        decode.end();
        if (!sniffed) sniff(true);
        else stream?.end();
        summary = reader?.end();
      } catch (e) {
        warnings.push(`import stopped early: ${String(e)}`);
      }
      const layout = header?.layout;
      const reason = decode.reason;
      const all = [...(summary?.warnings ?? layout?.warnings ?? []), ...warnings];
      if (reason !== undefined && decode.encoding !== 'utf-8' && !reason.startsWith('the file starts with a byte-order mark')) {
        all.unshift(`read as ${decode.encoding}: ${reason}; use --encoding to say otherwise`);
      } else if (reason !== undefined && reason.startsWith('the file is UTF-8 but for')) {
        all.unshift(`read as utf-8: ${reason}; the lines holding the other bytes are rejected`);
      }
      return {
        ...(options.file !== undefined ? { file: options.file } : {}),
        encoding: decode.encoding,
        ...(reason !== undefined ? { encodingReason: reason } : {}),
        delimiter,
        headerRow,
        dataRows: summary?.dataRows ?? 0,
        format: layout?.format ?? 'generic',
        lines: stream?.lines ?? 0,
        mapping: layout?.mappingText ?? {},
        ...(summary?.dateOrder ? { dateOrder: summary.dateOrder } : {}),
        ...(summary?.currencyAssumed ? { currencyAssumed: summary.currencyAssumed } : {}),
        ...(all.length > 0 ? { warnings: all } : {}),
      };
    },
  };
}
