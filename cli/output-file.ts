import {
  closeSync, fstatSync, fsyncSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type BigIntStats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fsErrorReason } from './fs-error-message.ts';
import type { TextWriter } from './io.ts';
import { terminalSafeLines } from './terminal-safe.ts';

/** An output being written: nothing is visible at its path until commit. */
export interface OutputFile extends TextWriter {
  /** Where the output goes (`-` for stdout). */
  readonly path: string;
  /**
   * Makes the output visible: the temporary file is written to disk and renamed onto the
   * target in one step, so the target is either what it was or the whole new output.
   */
  commit(): void;
  /** Drops what was written: the temporary file goes and the target is as it was. */
  abort(): void;
}

/** An opened output, or why it may not be written (a usage error: the message names `--<flag>`). */
export type OpenedOutput = { readonly ok: true; readonly value: OutputFile } | { readonly ok: false; readonly message: string };

/** What a command reads: file paths, `-` for stdin. */
export type InputPaths = readonly (string | undefined)[];

// Temporary files not yet committed: removed on exit and on Ctrl+C, so an interrupted run
// leaves the target as it was and no half file beside it.
const pending = new Set<string>();
let cleanupInstalled = false;

function removePending(): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  }
  pending.clear();
}

function installCleanup(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', removePending);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    const onSignal = (): void => {
      removePending();
      // Then die of the signal as if we had not caught it (the shell sees 130 for Ctrl+C).
      process.removeListener(signal, onSignal);
      process.kill(process.pid, signal);
    };
    process.on(signal, onSignal);
  }
}

function statOf(path: string): BigIntStats | undefined {
  try {
    return path === '-' ? fstatSync(0, { bigint: true }) : statSync(path, { bigint: true });
  } catch {
    return undefined;
  }
}

function sameFile(a: BigIntStats, b: BigIntStats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** The input that `target` is (by device and inode: hard links, symlinks, `./x` and `x` alike), if any. */
function inputAt(target: BigIntStats, inputs: InputPaths): string | undefined {
  for (const input of inputs) {
    if (input === undefined) continue;
    const s = statOf(input);
    if (s !== undefined && sameFile(s, target)) return input === '-' ? 'stdin' : input;
  }
  return undefined;
}

/** Writes all of `bytes` to a file descriptor (retrying a full non-blocking pipe). */
export function writeToFd(fd: number, bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.length) {
    try {
      off += writeSync(fd, bytes, off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
}

function fdWriter(fd: number): Pick<TextWriter, 'write' | 'writeBytes'> {
  const writeBytes = (bytes: Uint8Array): void => writeToFd(fd, bytes);
  return { write: (text) => writeBytes(Buffer.from(text, 'utf8')), writeBytes };
}

/**
 * Opens standard output for a command's output, refusing it when the shell sent it into one of
 * the inputs (`dunning report ar.csv --format csv >> ar.csv` would read its own output).
 */
export function openStdoutOutput(inputs: InputPaths, terminal = false): OpenedOutput {
  let out: BigIntStats | undefined;
  try {
    out = fstatSync(1, { bigint: true });
  } catch {
    out = undefined;
  }
  if (out !== undefined && out.isFile()) {
    const input = inputAt(out, inputs);
    if (input !== undefined) {
      return { ok: false, message: `standard output is the input file ${input} (redirected with > or >>): send the output to another file` };
    }
  }
  const w = fdWriter(1);
  // To a terminal, text is shown with its control and bidi characters escaped (and there are
  // no bytes to pass through unseen).
  const writer = terminal ? { write: (text: string) => w.write(terminalSafeLines(text)) } : w;
  return { ok: true, value: { path: '-', ...writer, close() {}, commit() {}, abort() {} } };
}

let serial = 0;

/**
 * The one way the CLI writes a file. Refuses a target that is one of the command's inputs (the
 * same file by device and inode, however it is spelled) or a folder; creates missing folders;
 * writes to a temporary file beside the target and renames it onto the target on commit, so the
 * target is never half written and never touched before the command has read its input. A
 * target that is a symbolic link is written through (the link stays); one that is not a regular
 * file (`/dev/null`, a named pipe) is written straight to.
 *
 * @param flag the option that named the target, for messages (`out`).
 */
export function openOutputFile(target: string, inputs: InputPaths, flag = 'out'): OpenedOutput {
  const refuse = (message: string): OpenedOutput => ({ ok: false, message });
  if (target === '') return refuse(`--${flag} needs a file name`);
  const existing = statOf(target);
  if (existing === undefined && /[\\/]$/.test(target)) {
    return refuse(`--${flag} ${target} names a folder: give a file name, such as ${join(target, 'report.csv')}`);
  }
  if (existing !== undefined) {
    if (existing.isDirectory()) return refuse(`--${flag} ${target} is a folder: give a file name, such as ${join(target, 'report.csv')}`);
    const input = inputAt(existing, inputs);
    if (input !== undefined) {
      const same = input === target ? '' : input === 'stdin' ? ' (the file read on standard input)' : ` (${target} is the same file as ${input})`;
      return refuse(`--${flag} ${target} is the input file${same}: dunning never writes over its input; give another file name`);
    }
    if (!existing.isFile()) {
      // A device or a pipe: there is nothing to rename onto, and nothing to lose.
      let fd: number;
      try {
        fd = openSync(target, 'w');
      } catch (e) {
        return refuse(`--${flag} ${target}: cannot write: ${fsErrorReason(e)}`);
      }
      const w = fdWriter(fd);
      let closed = false;
      const close = (): void => {
        if (!closed) closeSync(fd);
        closed = true;
      };
      return { ok: true, value: { path: target, ...w, close, commit: close, abort: close } };
    }
  }
  // Through a symbolic link to the file it names, so the link stays a link.
  let real = target;
  try {
    if (existing !== undefined) real = realpathSync(target);
    mkdirSync(dirname(real), { recursive: true });
  } catch (e) {
    // mkdir says EEXIST when a part of the path is a file.
    const reason = (e as NodeJS.ErrnoException).code === 'EEXIST' ? fsErrorReason({ code: 'ENOTDIR' }) : fsErrorReason(e);
    return refuse(`--${flag} ${target}: cannot write there: ${reason}`);
  }
  const tmp = join(dirname(real), `.${basename(real)}.${process.pid}-${++serial}.tmp`);
  let fd: number;
  try {
    // Same permissions as the file it replaces (a new file gets the usual ones).
    fd = openSync(tmp, 'wx', existing === undefined ? 0o666 : Number(existing.mode & 0o777n));
  } catch (e) {
    return refuse(`--${flag} ${target}: cannot write in ${dirname(real)}: ${fsErrorReason(e)}`);
  }
  installCleanup();
  pending.add(tmp);
  const w = fdWriter(fd);
  let open = true;
  const finish = (keep: boolean): void => {
    if (!open) return;
    open = false;
    try {
      if (keep) {
        fsyncSync(fd);
        closeSync(fd);
        renameSync(tmp, real);
        pending.delete(tmp);
        return;
      }
      closeSync(fd);
    } finally {
      if (pending.has(tmp)) {
        pending.delete(tmp);
        try {
          unlinkSync(tmp);
        } catch {
          // already gone
        }
      }
    }
  };
  return {
    ok: true,
    value: {
      path: target,
      ...w,
      // Closing without commit keeps nothing: a run that stops early leaves the target alone.
      close: () => finish(false),
      commit: () => finish(true),
      abort: () => finish(false),
    },
  };
}

/** Writes one whole file through openOutputFile (read everything first, then call this). */
export function writeOutputFile(target: string, data: string | Uint8Array, inputs: InputPaths, flag = 'out'): OpenedOutput {
  const opened = openOutputFile(target, inputs, flag);
  if (!opened.ok) return opened;
  try {
    if (typeof data === 'string') opened.value.write(data);
    else opened.value.writeBytes?.(data);
    opened.value.commit();
  } catch (e) {
    opened.value.abort();
    throw e;
  }
  return opened;
}
