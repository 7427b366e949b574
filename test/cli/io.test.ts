import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIo } from '../../cli/io.ts';

const dir = mkdtempSync(join(tmpdir(), 'dunning-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The file's bytes as readChunks hands them out, each chunk copied before the next is asked for. */
async function readAll(path: string): Promise<{ bytes: Uint8Array; chunks: number }> {
  const parts: Uint8Array[] = [];
  for await (const chunk of nodeIo().readChunks(path)) parts.push(chunk.slice());
  return { bytes: new Uint8Array(Buffer.concat(parts)), chunks: parts.length };
}

describe('nodeIo().readChunks', () => {
  it.each([0, 1, 65535, 65536, 65537, 300_001])('hands out a %i-byte file whole, in order, in 64 KiB chunks', async (size) => {
    const data = Uint8Array.from({ length: size }, (_, i) => (i * 7919) & 0xff);
    const path = join(dir, `f-${size}.bin`);
    writeFileSync(path, data);
    const { bytes, chunks } = await readAll(path);
    expect(bytes).toEqual(data);
    expect(chunks).toBe(Math.ceil(size / 65536));
  });

  it('a missing file is an error the report can name', async () => {
    await expect(readAll(join(dir, 'missing.csv'))).rejects.toThrow(/ENOENT/);
  });
});
