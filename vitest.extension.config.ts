import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// Extension unit and component tests: Vue SFCs compiled, `wxt/browser` replaced by WXT's
// fakeBrowser (in-memory storage, runtime messaging). The same two plugins in the root
// vitest.config.ts run these tests with all the others.
export default defineConfig({
  plugins: [vue(), WxtVitest()],
  test: {
    include: ['test/extension/**/*.test.ts'],
    environment: 'happy-dom',
    testTimeout: 30_000,
  },
});
