import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export const alias = {
  "@": path.resolve(__dirname),
  // The marker package throws outside React Server Components; tests run on the server side.
  "server-only": path.resolve(__dirname, "tests/support/server-only.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    environment: "node",
    include: ["tests/**/*.test.ts"],
    // Needs Varnish, Redis and PostgreSQL and its own build: `npm run test:cluster`.
    exclude: ["tests/cluster/**", "node_modules/**"],
    // A fresh PGlite takes seconds: one database per file, each loaded from one migrated template.
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine. Much of a
    // file's time is spent waiting on child processes, servers and sockets, so two overlap well.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
