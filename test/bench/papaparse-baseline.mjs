import { createReadStream } from 'node:fs';
import process from 'node:process';
import Papa from 'papaparse';

// The baseline: papaparse alone streaming the file from disk (its ReadableStreamStreamer, UTF-8,
// delimiter given), visiting every row of every chunk and doing nothing else with it. Plain
// JavaScript run by plain node, so no TypeScript loader's start-up is counted against papaparse.
// argv: file, chunk bytes (the bench tries a few and keeps the fastest).
const [path, chunkBytes] = process.argv.slice(2);
let rows = 0;
await new Promise((resolve, reject) => {
  Papa.parse(createReadStream(path, { highWaterMark: Number(chunkBytes ?? 1 << 16), encoding: 'utf8' }), {
    delimiter: ',',
    chunk: (results) => {
      for (const row of results.data) if (row.length) rows++;
    },
    complete: () => resolve(),
    error: (e) => reject(e),
  });
});
process.stdout.write(`${rows}\n`);
