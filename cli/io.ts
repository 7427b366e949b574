import { closeSync, createReadStream, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
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
  /** Reads a file (or stdin for `-`) in chunks, without holding it whole. */
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
      const stream = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 1 << 16 });
      for await (const chunk of stream) yield chunk as Uint8Array;
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
