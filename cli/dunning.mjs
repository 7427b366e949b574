// Starts the `dunning` command from its TypeScript sources (`npm run dunning -- …`, no build step).
//
// Why not tsx here: its loader hooks transform each of the command's ~110 modules through a
// separate thread, about 0.3 s on every start — more than half of what papaparse alone needs to
// parse a 100 MB export, the yardstick the report is held to. esbuild bundles the same sources in
// one call and node runs the bundle directly. The bundle lives under node_modules/.cache and is
// rebuilt only when one of its inputs (sources or bundled packages) is newer.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
// Where the bundle is kept: node_modules/.cache, or, in an installation the user cannot write
// to, a folder of the user's own under the system's temporary folder.
let cacheDir = join(root, 'node_modules', '.cache', 'dunning');
let bundle = join(cacheDir, 'main.mjs');
let inputsFile = join(cacheDir, 'inputs.json');

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

/** Builds the bundle from the sources into cacheDir. */
async function build() {
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

/** Uses the fallback folder under the system's temporary folder from now on. */
function useTemporaryCache() {
  cacheDir = join(tmpdir(), `dunning-${process.getuid?.() ?? 'user'}`, root.replace(/[^A-Za-z0-9]+/g, '-'));
  bundle = join(cacheDir, 'main.mjs');
  inputsFile = join(cacheDir, 'inputs.json');
}

try {
  if (stale()) {
    const primary = [cacheDir, bundle, inputsFile];
    useTemporaryCache();
    if (stale()) {
      [cacheDir, bundle, inputsFile] = primary;
      try {
        await build();
      } catch (e) {
        if (!['EACCES', 'EPERM', 'EROFS'].includes(e?.code)) throw e;
        useTemporaryCache();
        await build();
      }
    }
  }
} catch (e) {
  // Nothing a user typed can cause this: say it in one line all the same.
  process.stderr.write(`dunning: cannot start: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
  process.exit(70);
}

const { main, nodeIo, reportCrash } = await import(pathToFileURL(bundle).href);
const io = nodeIo();
try {
  process.exitCode = await main(process.argv.slice(2), io);
} catch (e) {
  // main catches what its commands throw; this is for anything left (one line, no stack trace).
  process.exitCode = reportCrash(e, io);
}
