import { readFileSync } from 'node:fs';
import type { CliIo, TextWriter } from '../../cli/io.ts';
import { plainDate } from '../../shared/plain-date.ts';

/** An in-memory CliIo: reads real fixture files, captures everything written. */
export function fakeIo(options: { today?: string; files?: Record<string, string | Uint8Array>; chunkSize?: number } = {}): CliIo & {
  out: string; err: string; written: Record<string, string>;
} {
  const written: Record<string, string> = {};
  const read = (path: string): Uint8Array => {
    const f = options.files?.[path];
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
    openWriter(path: string | undefined): TextWriter {
      return {
        write(text: string) {
          if (path === undefined || path === '-') io.out += text;
          else written[path] = (written[path] ?? '') + text;
        },
        close() {},
      };
    },
    writeFile(path: string, data: string | Uint8Array) {
      written[path] = typeof data === 'string' ? data : new TextDecoder().decode(data);
    },
    stdout(text: string) { io.out += text; },
    stderr(text: string) { io.err += text; },
    stderrIsTty: false,
    today: () => plainDate(options.today ?? '2026-11-22'),
  };
  return io;
}
