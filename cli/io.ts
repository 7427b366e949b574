import { closeSync, mkdirSync, openSync, readFileSync, readSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { PlainDate } from '../shared/plain-date.ts';
import { makeDate } from '../shared/plain-date.ts';

/** A sink for text written in pieces (a file or stdout). */
export interface TextWriter {
  write(text: string): void;
  /** Bytes already encoded as UTF-8 (writers without it are handed the decoded text instead). */
  writeBytes?(bytes: Uint8Array): void;
  close(): void;
}

/** Everything a command touches outside itself, so tests can hand in a fake. */
export interface CliIo {
  /** Reads a file (or stdin for `-`) in chunks, without holding it whole; a chunk may be reused once the next is requested. */
  readChunks(path: string): AsyncIterable<Uint8Array>;
  readFile(path: string): Uint8Array;
  /** Size in bytes, when known (for the progress line). */
  fileSize(path: string): number | undefined;
  openWriter(path: string | undefined): TextWriter;
  writeFile(path: string, data: string | Uint8Array): void;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whether stderr is a terminal (progress lines only then). */
  stderrIsTty: boolean;
  /** Today's date in the user's time zone: the CLI is where the clock is read, never the core. */
  today(): PlainDate;
}

function fdWriter(fd: number, closeFd: boolean): TextWriter {
  return {
    write(text) {
      const buf = Buffer.from(text, 'utf8');
      let off = 0;
      while (off < buf.length) off += writeSync(fd, buf, off);
    },
    writeBytes(bytes) {
      let off = 0;
      while (off < bytes.length) off += writeSync(fd, bytes, off);
    },
    close() {
      if (closeFd) closeSync(fd);
    },
  };
}

/** The real thing: files, stdin/stdout/stderr and the local clock. */
export function nodeIo(): CliIo {
  return {
    async *readChunks(path) {
      if (path === '-') {
        for await (const chunk of process.stdin) yield chunk as Uint8Array;
        return;
      }
      // A file is read with plain blocking reads into one reused buffer: a stream's async
      // iterator costs promises, ticks and a fresh buffer per 64 KiB, a few percent of a
      // million-row report. Each chunk is valid until the next is asked for.
      const fd = openSync(path, 'r');
      try {
        const buf = new Uint8Array(1 << 16);
        for (;;) {
          const n = readSync(fd, buf, 0, buf.length, null);
          if (n === 0) break;
          yield n === buf.length ? buf : buf.subarray(0, n);
        }
      } finally {
        closeSync(fd);
      }
    },
    readFile(path) {
      return path === '-' ? readFileSync(0) : readFileSync(path);
    },
    fileSize(path) {
      if (path === '-') return undefined;
      try {
        return statSync(path).size;
      } catch {
        return undefined;
      }
    },
    openWriter(path) {
      if (path === undefined || path === '-') return fdWriter(1, false);
      mkdirSync(dirname(path), { recursive: true });
      return fdWriter(openSync(path, 'w'), true);
    },
    writeFile(path, data) {
      mkdirSync(dirname(path), { recursive: true });
      const fd = openSync(path, 'w');
      const w = fdWriter(fd, true);
      if (typeof data === 'string') w.write(data);
      else writeSync(fd, data);
      w.close();
    },
    stdout: (text) => fdWriter(1, false).write(text),
    stderr: (text) => fdWriter(2, false).write(text),
    stderrIsTty: Boolean(process.stderr.isTTY),
    today() {
      const now = new Date();
      return makeDate(now.getFullYear(), now.getMonth() + 1, now.getDate()) as PlainDate;
    },
  };
}
