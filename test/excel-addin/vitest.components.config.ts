// Runs test/excel-addin (with the Vue component tests) until vitest.config.ts loads @vitejs/plugin-vue:
//   npx vitest run --config test/excel-addin/vitest.components.config.ts
import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  plugins: [vue()],
  test: { include: ['test/excel-addin/**/*.test.ts'], testTimeout: 60_000 },
});
