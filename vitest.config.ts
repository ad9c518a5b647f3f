import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests run `astro build` on fixture sites; each takes seconds, not milliseconds.
    testTimeout: 120_000,
    // Build tests share .astro/ and node_modules/.astro/ (one checkout, one content store):
    // two Astro processes at once would corrupt each other's caches, so files run one at a time.
    fileParallelism: false,
    hookTimeout: 120_000,
  },
});
