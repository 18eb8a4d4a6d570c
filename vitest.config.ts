import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(__dirname),
      // The marker package throws outside React Server Components; tests run on the server side.
      "server-only": path.resolve(__dirname, "tests/support/server-only.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["tests/**/*.test.ts"],
    // A fresh PGlite plus migrations takes a few seconds (STACK.md): one database per file.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
