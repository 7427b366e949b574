import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { ADDIN_ORIGIN } from '../excel-addin/addin-urls.ts';
import { parseAddinBaseUrl, type AddinBaseUrl } from '../excel-addin/deploy/addin-base-url.ts';
import { manifestForUrl } from '../excel-addin/deploy/manifest-for-url.ts';

/*
 * `npm run build:addin [-- --url https://host/path/] [--out dir]`: builds the task pane and the
 * custom functions for the folder they will be served from, and writes the manifest that points
 * there (manifest.xml in the output folder). The URL can also come from DUNNING_ADDIN_URL.
 * Without one, the build is for the development server (https://localhost:3000/).
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npm run build:addin -- [--url https://host/path/] [--out <folder>]   (or DUNNING_ADDIN_URL=https://host/path/)\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let urlText = process.env.DUNNING_ADDIN_URL?.trim() || undefined;
let out = join(root, 'dist/excel-addin');
for (let i = 0; i < args.length; i++) {
  const arg = args[i] as string;
  const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
  const value = (): string => {
    const v = inline ?? args[++i];
    if (v === undefined || v === '') usage(`${name} needs a value`);
    return v;
  };
  if (name === '--url') urlText = value();
  else if (name === '--out') out = resolve(value());
  else usage(`unknown option ${arg}`);
}

let base: AddinBaseUrl = { url: `${ADDIN_ORIGIN}/`, origin: ADDIN_ORIGIN };
if (urlText !== undefined) {
  const parsed = parseAddinBaseUrl(urlText);
  if (!parsed.ok) usage(parsed.message);
  base = parsed.value;
}

await build({
  configFile: join(root, 'excel-addin/vite.config.ts'),
  // Every page, script and asset is addressed under the hosting folder (the development build
  // stays at the root of whatever serves it, as the dev server and the browser tests serve it).
  base: urlText === undefined ? '/' : base.url,
  logLevel: 'warn',
  build: { outDir: out, emptyOutDir: true },
});
const manifest = manifestForUrl(readFileSync(join(root, 'excel-addin/manifest.xml'), 'utf8'), base);
mkdirSync(out, { recursive: true });
// Written beside and renamed: an interrupted build never leaves half a manifest.
const target = join(out, 'manifest.xml');
writeFileSync(`${target}.tmp`, manifest);
renameSync(`${target}.tmp`, target);

process.stdout.write([
  `Dunning Desk add-in built for ${base.url}`,
  `  ${out}: copy this folder's contents to ${base.url} (any static HTTPS host)`,
  `  ${target}: the manifest to deploy (Microsoft 365 admin center > Integrated apps, or a shared-folder catalog)`,
  '',
].join('\n'));
