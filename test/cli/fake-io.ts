import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliIo, InputPaths, OpenedOutput, PathKind } from '../../cli/io.ts';
import { plainDate } from '../../shared/plain-date.ts';

/**
 * An in-memory CliIo: reads given files (else real fixture files), captures everything written.
 * A file appears in `written` only when its output is committed, as the real one appears only
 * when renamed into place. Outputs that name an input are refused by spelling here; the real
 * check (device and inode) is tested on the real file system in output-file.test.ts.
 */
export function fakeIo(options: { today?: string; files?: Record<string, string | Uint8Array>; chunkSize?: number } = {}): CliIo & {
  out: string; err: string; written: Record<string, string>;
} {
  const written: Record<string, string> = {};
  // Own names only: a file called "constructor" is not Object's constructor (as on a real disk).
  const given = (path: string): string | Uint8Array | undefined =>
    options.files !== undefined && Object.hasOwn(options.files, path) ? options.files[path] : undefined;
  const read = (path: string): Uint8Array => {
    const f = given(path);
    if (f !== undefined) return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    return new Uint8Array(readFileSync(path));
  };
  const io = {
    out: '',
    err: '',
    written,
    async *readChunks(path: string) {
      const bytes = read(path);
      const size = options.chunkSize ?? 7;
      for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
    },
    readFile: read,
    fileSize: (path: string) => read(path).length,
    pathKind(path: string): PathKind {
      if (given(path) !== undefined || Object.hasOwn(written, path)) return 'file';
      try {
        const s = statSync(path);
        return s.isFile() ? 'file' : s.isDirectory() ? 'folder' : 'other';
      } catch {
        return 'missing';
      }
    },
    openOutput(path: string | undefined, inputs: InputPaths, flag = 'out'): OpenedOutput {
      const toStdout = path === undefined || path === '-';
      if (!toStdout && inputs.some((i) => i !== undefined && i !== '-' && resolve(i) === resolve(path))) {
        return { ok: false, message: `--${flag} ${path} is the input file: dunning never writes over its input; give another file name` };
      }
      if (!toStdout && io.pathKind(path) === 'folder') return { ok: false, message: `--${flag} ${path} is a folder: give a file name` };
      let text = '';
      let open = true;
      return {
        ok: true,
        value: {
          path: path ?? '-',
          write(t: string) {
            if (toStdout) io.out += t;
            else text += t;
          },
          commit() {
            if (open && !toStdout) written[path] = text;
            open = false;
          },
          abort() { open = false; },
          close() { open = false; },
        },
      };
    },
    stdout(text: string) { io.out += text; },
    stderr(text: string) { io.err += text; },
    progress(text: string) { io.err += `\r${text}`; },
    stderrIsTty: false,
    stdinIsTty: false,
    today: () => plainDate(options.today ?? '2026-11-22'),
  };
  return io;
}
