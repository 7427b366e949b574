import { defineConfig } from 'vitest/config';

// Browser tests: Playwright (playwright-core) driving Debian's Chromium against the built add-in
// and extension. Run after `npm run build`. Chromium is found at CHROME_PATH or /usr/bin/chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A page reacts in milliseconds, but CI shares two cores: polls wait up to 5 s before failing.
    expect: { poll: { timeout: 5000 } },
  },
});
