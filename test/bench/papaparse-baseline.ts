import { createReadStream } from 'node:fs';
import Papa from 'papaparse';

// The baseline: papaparse alone streaming the file from disk (its ReadableStreamStreamer, UTF-8,
// delimiter given), visiting every row of every chunk and doing nothing else with it.
const path = process.argv[2] as string;
let rows = 0;
await new Promise<void>((resolve, reject) => {
  Papa.parse(createReadStream(path, { highWaterMark: 1 << 20, encoding: 'utf8' }) as unknown as File, {
    delimiter: ',',
    chunk: (results: Papa.ParseResult<string[]>) => {
      for (const row of results.data) if (row.length) rows++;
    },
    complete: () => resolve(),
    error: (e: Error) => reject(e),
  });
});
process.stdout.write(`${rows}\n`);
