import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // One scratch folder per run, removed at its end: tests leave nothing in the machine's temporary directory.
    globalSetup: ["tests/helpers/scratch-root.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
