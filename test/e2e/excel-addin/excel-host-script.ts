import { build, type Rollup } from 'vite';

/** The in-memory Excel host as one classic script (what office.js is), served in its place to the browser. */
export async function bundleExcelHost(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: { entry: 'test/excel-host/browser-entry.ts', formats: ['iife'], name: 'DunningExcelHost' },
    },
  }) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const output = (Array.isArray(out) ? out[0] : out)?.output[0];
  if (!output || output.type !== 'chunk') throw new Error('host bundle missing');
  return output.code;
}
