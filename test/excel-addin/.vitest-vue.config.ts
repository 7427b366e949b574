import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  plugins: [vue()],
  test: { include: ['test/excel-addin/**/*.test.ts'], testTimeout: 60_000 },
});
