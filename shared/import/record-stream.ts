import Papa from 'papaparse';

/** Receives each CSV record with its first physical line (1-based) and how many lines it spans. */
export type RecordHandler = (fields: string[], row: number, span: number) => void;

/** Tokenises delimited text pushed in pieces into records, numbering physical lines. */
export interface RecordStream {
  push(text: string): void;
  end(): void;
  /** Physical lines seen so far (all of them after `end`). */
  readonly lines: number;
  /** Replaces the record handler (the importer switches from sniffing to importing). */
  setHandler(handler: RecordHandler): void;
}

// A quoted cell that spans more than this many characters is taken to be a stray quote: the
// line it starts on is read on its own. Keeps memory bounded on broken files.
const MAX_CARRY = 1 << 20;

/**
 * Streams text through papaparse's own `Parser` (the engine behind `Papa.parse`), the way
 * papaparse's ChunkStreamer does: parse each piece with `ignoreLastRow` and carry the
 * unfinished last record over to the next piece, so quoting is always papaparse's work.
 *
 * Line breaks `\r\n`, `\r` and `\n` all end a physical line (they are normalised to `\n`
 * first). A record spans 1 + the line breaks inside its quoted cells; a final line break does
 * not start a new line.
 */
export function createRecordStream(delimiter: string, onRecord: RecordHandler): RecordStream {
  const parser = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"' });
  // Told up front that a text has no quote, papaparse skips looking for one itself: the text
  // is searched once, here, for both of us.
  const quoteless = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"', fastMode: true });
  let handler = onRecord;
  let carry = '';
  let pendingCR = false;
  let nextRow = 1;

  function emit(rows: string[][], consumed: string, final: boolean, quoted: boolean): void {
    const n = rows.length;
    if (n === 0) return;
    let allSingle = !quoted;
    if (!allSingle) {
      // Each record ends with a line break except the very last one of the file.
      const expected = final ? n - 1 : n;
      allSingle = countBreaks(consumed, expected + 1) === expected;
    }
    for (let k = 0; k < n; k++) {
      const fields = rows[k] as string[];
      let span = 1;
      if (!allSingle) for (const f of fields) span += countBreaks(f, Infinity);
      const row = nextRow;
      nextRow += span;
      handler(fields, row, span);
    }
  }

  function parseCarry(final: boolean): void {
    const input = carry;
    const quoted = input.indexOf('"') !== -1;
    const result = (quoted ? parser : quoteless).parse(input, 0, !final) as { data: string[][]; meta: { cursor: number } };
    const cursor = final ? input.length : result.meta.cursor;
    carry = final ? '' : input.slice(cursor);
    emit(result.data, final ? input : input.slice(0, cursor), final, quoted);
  }

  function forceFirstLine(): void {
    // A stray opening quote swallowed too much: read its line as a record of its own.
    const nl = carry.indexOf('\n');
    const line = nl < 0 ? carry : carry.slice(0, nl);
    carry = nl < 0 ? '' : carry.slice(nl + 1);
    const single = new Papa.Parser({ delimiter, newline: '\n', quoteChar: '"' });
    const result = single.parse(line, 0, false) as { data: string[][] };
    const fields = result.data[0] ?? [line];
    const row = nextRow;
    nextRow += 1;
    handler(fields.map((f) => f.replace(/\n/g, ' ')), row, 1);
  }

  return {
    get lines() {
      return nextRow - 1;
    },
    setHandler(h) {
      handler = h;
    },
    push(piece) {
      let text = pendingCR ? `\r${piece}` : piece;
      pendingCR = false;
      if (text.length === 0) return;
      if (text.charCodeAt(text.length - 1) === 0x0d) {
        // Wait for the next piece: this CR may be the first half of CRLF.
        pendingCR = true;
        text = text.slice(0, -1);
      }
      if (text.indexOf('\r') !== -1) {
        // A plain-string replaceAll is much cheaper than a regex; lone CRs (old Mac) are rare.
        text = text.replaceAll('\r\n', '\n');
        if (text.indexOf('\r') !== -1) text = text.replaceAll('\r', '\n');
      }
      carry = carry.length === 0 ? text : carry + text;
      // Records end at line breaks: without one in the new text no record can have ended.
      if (text.indexOf('\n') === -1) return;
      parseCarry(false);
      while (carry.length > MAX_CARRY && carry.indexOf('\n') !== -1) {
        forceFirstLine();
        parseCarry(false);
      }
    },
    end() {
      if (pendingCR) {
        carry += '\n';
        pendingCR = false;
      }
      if (carry.length === 0) return;
      if (carry.charCodeAt(carry.length - 1) === 0x0a) {
        carry = carry.slice(0, -1);
        if (carry.length === 0) {
          // The file ends with an empty, terminated line.
          const row = nextRow;
          nextRow += 1;
          handler([''], row, 1);
          return;
        }
      }
      parseCarry(true);
    },
  };
}

/** Counts `\n` in `text`, stopping once `limit` is passed. */
function countBreaks(text: string, limit: number): number {
  let count = 0;
  let at = text.indexOf('\n');
  while (at !== -1) {
    count++;
    if (count > limit) return count;
    at = text.indexOf('\n', at + 1);
  }
  return count;
}
