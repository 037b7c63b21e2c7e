import { defineConfig } from "vitest/config";

// `npm run test:e2e`: the built fixture site in a real browser (Chromium), the Nu HTML Checker (Java),
// links, security rules and feeds. The site is built and served once, in test/e2e/global-setup.ts.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.test.ts"],
    globalSetup: ["test/e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
  },
});
