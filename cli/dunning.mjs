// Starts the `dunning` command from its TypeScript sources (`npm run dunning -- …`, no build step).
//
// Why not tsx here: its loader hooks transform each of the command's ~110 modules through a
// separate thread, about 0.3 s on every start — more than half of what papaparse alone needs to
// parse a 100 MB export, the yardstick the report is held to. esbuild bundles the same sources in
// one call and node runs the bundle directly. The bundle lives under node_modules/.cache and is
// rebuilt only when one of its inputs (sources or bundled packages) is newer.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const cacheDir = join(root, 'node_modules', '.cache', 'dunning');
const bundle = join(cacheDir, 'main.mjs');
const inputsFile = join(cacheDir, 'inputs.json');

/** Whether the bundle is older than any source it was built from (or missing). */
function stale() {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
    // This file holds the build options: a change to it rebuilds too.
    return statSync(fileURLToPath(import.meta.url)).mtimeMs > built || inputs.some((file) => statSync(join(root, file)).mtimeMs > built);
  } catch {
    return true;
  }
}

if (stale()) {
  // Imported only when a rebuild is due: loading esbuild costs about 20 ms of every start.
  const { buildSync } = await import('esbuild');
  const { outputFiles, metafile } = buildSync({
    entryPoints: [join(root, 'cli', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // papaparse is bundled too: imported from node_modules as CommonJS, node would run its
    // export scanner (cjs-module-lexer) over papaparse's source on every start, ~20-40 ms of CPU.
    write: false,
    metafile: true,
    logLevel: 'error',
    absWorkingDir: root,
  });
  mkdirSync(cacheDir, { recursive: true });
  // Written to a temporary name and renamed: two commands starting at once never read half a file.
  const tmp = `${bundle}.${process.pid}.tmp`;
  writeFileSync(tmp, outputFiles[0].text);
  writeFileSync(`${inputsFile}.${process.pid}.tmp`, JSON.stringify(Object.keys(metafile.inputs)));
  renameSync(tmp, bundle);
  renameSync(`${inputsFile}.${process.pid}.tmp`, inputsFile);
}

const { main, nodeIo, reportCrash } = await import(pathToFileURL(bundle).href);
const io = nodeIo();
try {
  process.exitCode = await main(process.argv.slice(2), io);
} catch (e) {
  // main catches what its commands throw; this is for anything left (one line, no stack trace).
  process.exitCode = reportCrash(e, io);
}
