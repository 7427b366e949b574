import { describe, expect, it } from 'vitest';
import type { UserConfig } from 'vite';
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
});
