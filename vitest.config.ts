import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Build tests run `astro build` on fixture sites; each takes seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
