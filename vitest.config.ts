import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Unit and component tests for every part. Vue SFCs are compiled (task pane, extension UI);
// WxtVitest replaces `wxt/browser` with WXT's fakeBrowser (in-memory storage and messaging).
// Component tests pick their DOM per file (`// @vitest-environment happy-dom`).
export default defineConfig({
  plugins: [vue(), WxtVitest()],
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
