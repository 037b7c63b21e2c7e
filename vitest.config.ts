import { defineConfig } from "vitest/config";

// `npm test`: everything that needs only Node. Browser and Java checks live in vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/e2e/**", "node_modules/**"],
    testTimeout: 30_000,
    hookTimeout: 240_000,
  },
});
