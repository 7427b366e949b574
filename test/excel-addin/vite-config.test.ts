import { describe, expect, it } from 'vitest';
import type { Plugin, UserConfig } from 'vite';
import { ADDIN_PATHS } from '../../excel-addin/addin-urls.ts';
import configFn from '../../excel-addin/vite.config.ts';

describe('excel-addin/vite.config.ts', () => {
  it('builds the pages and the stable script names the manifest points at, into dist/excel-addin', async () => {
    const config = await (configFn as (env: { command: 'build'; mode: string }) => Promise<UserConfig>)({ command: 'build', mode: 'production' });
    expect(config.build?.outDir).toMatch(/dist\/excel-addin$/);
    const input = config.build?.rollupOptions?.input as Record<string, string>;
    expect(Object.keys(input).sort()).toEqual(['functions', 'taskpane']);
    expect(input.taskpane).toMatch(new RegExp(`${ADDIN_PATHS.taskpane}$`));
    const output = config.build?.rollupOptions?.output as { entryFileNames: string };
    expect(output.entryFileNames.replace('[name]', 'functions')).toBe(ADDIN_PATHS.functionsScript);
    expect(config.plugins?.flat().map((p) => (p && typeof p === 'object' && 'name' in p ? p.name : ''))).toContain('dunning-custom-functions-metadata');
  });

  it('serves, in development, every path the manifest names that the build would emit (functions.json, functions.js)', async () => {
    const config = await (configFn as (env: { command: 'serve'; mode: string }) => Promise<UserConfig>)({ command: 'serve', mode: 'development' });
    const plugin = config.plugins?.flat().find((p): p is Plugin => !!p && typeof p === 'object' && 'name' in p && p.name === 'dunning-custom-functions-metadata');
    const routes = new Map<string, (req: unknown, res: FakeResponse) => void>();
    const server = { middlewares: { use: (path: string, fn: (req: unknown, res: FakeResponse) => void) => routes.set(path, fn) }, httpServer: null };
    (plugin?.configureServer as unknown as (s: typeof server) => void)(server);
    expect([...routes.keys()].sort()).toEqual([`/${ADDIN_PATHS.functionsScript}`, `/${ADDIN_PATHS.functionsMetadata}`].sort());
    const script = await respond(routes.get(`/${ADDIN_PATHS.functionsScript}`));
    expect(script.type).toBe('text/javascript');
    expect(script.body).toContain("import '/functions/functions-entry.ts'");
    const meta = await respond(routes.get(`/${ADDIN_PATHS.functionsMetadata}`));
    expect((JSON.parse(meta.body) as { functions: Array<{ id: string }> }).functions.map((f) => f.id)).toContain('STATUTORYRATE');
  });
});

interface FakeResponse {
  statusCode: number;
  setHeader(name: string, value: string): void;
  end(body: string): void;
}

/** Calls a middleware with a response that records what it sends. */
function respond(handler: ((req: unknown, res: FakeResponse) => void) | undefined): Promise<{ type: string; body: string }> {
  return new Promise((resolve) => {
    let type = '';
    handler?.({}, { statusCode: 200, setHeader: (n, v) => { if (n.toLowerCase() === 'content-type') type = v; }, end: (body) => resolve({ type, body }) });
  });
}
