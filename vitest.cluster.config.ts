/**
 * `npm run test:cluster`: two instances + Redis + Varnish + PostgreSQL (tests/cluster). One build
 * for the whole run, so the hooks get the time a `next build` takes on a busy machine.
 */
import { defineConfig } from "vitest/config";
import { alias } from "./vitest.config";

export default defineConfig({
  resolve: { alias },
  test: {
    environment: "node",
    include: ["tests/cluster/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 900_000,
    pool: "forks",
    fileParallelism: false,
  },
});
