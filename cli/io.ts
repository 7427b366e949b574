import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { PlainDate } from '../shared/plain-date.ts';
import { makeDate } from '../shared/plain-date.ts';
import { openOutputFile, openStdoutOutput, writeToFd, type InputPaths, type OpenedOutput } from './output-file.ts';
import { terminalSafeLines } from './terminal-safe.ts';

export type { InputPaths, OpenedOutput, OutputFile } from './output-file.ts';

/** A sink for text written in pieces (a file or stdout). */
export interface TextWriter {
  write(text: string): void;
  /** Bytes already encoded as UTF-8 (writers without it are handed the decoded text instead). */
  writeBytes?(bytes: Uint8Array): void;
  close(): void;
}

/** What is at a path: nothing, a file, a folder or something else (a device, a pipe). */
export type PathKind = 'missing' | 'file' | 'folder' | 'other';

/** Everything a command touches outside itself, so tests can hand in a fake. */
export interface CliIo {
  /** Reads a file (or stdin for `-`) in chunks, without holding it whole; a chunk may be reused once the next is requested. */
  readChunks(path: string): AsyncIterable<Uint8Array>;
  readFile(path: string): Uint8Array;
  /** Size in bytes, when known (for the progress line). */
  fileSize(path: string): number | undefined;
  /** What is at a path (following symbolic links). */
  pathKind(path: string): PathKind;
  /**
   * Opens where a command's output goes: stdout (`undefined` or `-`) or a file. The one way the
   * CLI writes (cli/output-file.ts): a path that is one of `inputs` (the same file however it is
   * spelled) or a folder is refused with a message naming `--<flag>`; a file is written to a
   * temporary file beside it and appears only on commit().
   */
  openOutput(path: string | undefined, inputs: InputPaths, flag?: string): OpenedOutput;
  /** Text for stdout (escaped when stdout is a terminal). */
  stdout(text: string): void;
  /** Text for stderr: control and bidi characters are always shown escaped. */
  stderr(text: string): void;
  /** A progress line on stderr, redrawn in place (only called when stderrIsTty). */
  progress(text: string): void;
  /** Whether stderr is a terminal (progress lines only then). */
  stderrIsTty: boolean;
  /** Whether stdin is a terminal (reading `-` then waits for typing: say so). */
  stdinIsTty: boolean;
  /** Today's date in the user's time zone: the CLI is where the clock is read, never the core. */
  today(): PlainDate;
}

function writeAll(fd: number, text: string): void {
  writeToFd(fd, Buffer.from(text, 'utf8'));
}

// Chunks read between turns of the event loop: a signal (Ctrl+C) is handled on such a turn, and
// the temporary output file is removed there; every 4 MiB keeps Ctrl+C prompt at no measurable cost.
const CHUNKS_PER_TURN = 64;

/** The real thing: files, stdin/stdout/stderr and the local clock. */
export function nodeIo(): CliIo {
  const stdoutIsTty = Boolean(process.stdout.isTTY);
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
        for (let count = 1; ; count++) {
          const n = readSync(fd, buf, 0, buf.length, null);
          if (n === 0) break;
          yield n === buf.length ? buf : buf.subarray(0, n);
          if (count % CHUNKS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
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
    pathKind(path) {
      try {
        const s = statSync(path);
        return s.isFile() ? 'file' : s.isDirectory() ? 'folder' : 'other';
      } catch {
        return 'missing';
      }
    },
    openOutput(path, inputs, flag = 'out') {
      return path === undefined || path === '-' ? openStdoutOutput(inputs, stdoutIsTty) : openOutputFile(path, inputs, flag);
    },
    stdout: (text) => writeAll(1, stdoutIsTty ? terminalSafeLines(text) : text),
    stderr: (text) => writeAll(2, terminalSafeLines(text)),
    progress: (text) => writeAll(2, `\r${terminalSafeLines(text)}`),
    stderrIsTty: Boolean(process.stderr.isTTY),
    stdinIsTty: Boolean(process.stdin.isTTY),
    today() {
      const now = new Date();
      return makeDate(now.getFullYear(), now.getMonth() + 1, now.getDate()) as PlainDate;
    },
  };
}
