import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit and component tests for every part, in two projects so that each file loads only what it
// needs: the core and the CLI run without plugins; the add-in and extension tests get Vue SFC
// compilation and WxtVitest (which replaces `wxt/browser` with WXT's fakeBrowser, a setup file
// per test file that cost the core's ~100 files several minutes of CPU in total).
// Component tests pick their DOM per file (`// @vitest-environment happy-dom`).
const CORE = ['test/shared/**/*.test.ts', 'test/cli/**/*.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'core', include: CORE, testTimeout: 30_000 },
      },
      {
        plugins: [vue(), WxtVitest()],
        test: {
          name: 'ui',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'node_modules/**', ...CORE],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
