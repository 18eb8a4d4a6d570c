/**
 * `npm run cluster`: one build, two `next start` instances on one PostgreSQL database and one
 * Redis, Varnish in front round-robin over both, all on loopback. Ctrl+C stops everything.
 *
 * DATABASE_URL (default: database dispatch_cluster on 127.0.0.1:5432, created when missing),
 * REDIS_URL (default redis://127.0.0.1:6379; this run's keys get their own prefix and are
 * deleted at the end), CLUSTER_PORTS (3301,3302), VARNISH_PORT (6301), SKIP_BUILD=1.
 */
import { VARNISH_MISSING, findVarnishd, startCluster } from "./cluster/cluster";

async function main() {
  if (!findVarnishd()) {
    console.error(VARNISH_MISSING);
    process.exit(1);
  }
  const ports = (process.env.CLUSTER_PORTS ?? "3301,3302").split(",").map(Number);
  const varnishPort = Number(process.env.VARNISH_PORT ?? 6301);
  console.log("Migrating, seeding and building once, then starting the instances and Varnish…");
  const cluster = await startCluster({
    ports,
    varnishPort,
    varnishAdminPort: varnishPort + 1,
    databaseUrl: process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/dispatch_cluster",
    redisUrl: process.env.REDIS_URL || "redis://127.0.0.1:6379",
    build: process.env.SKIP_BUILD !== "1",
    dataDir: process.env.DATA_DIR || ".data-cluster",
    output: "inherit",
    env: Object.fromEntries(
      ["SMTP_URL", "MAIL_FROM", "SCHEDULER_INTERVAL_MS"].flatMap((k) => (process.env[k] ? [[k, process.env[k]!]] : [])),
    ),
  });
  console.log(`\nDispatch cluster is up:
  readers (Varnish):  ${cluster.varnish}
${cluster.instances.map((url, i) => `  instance ${i + 1}:         ${url}`).join("\n")}
  editor:             ${cluster.varnish}/editor  (create a login: DATABASE_URL=${cluster.env.DATABASE_URL} npm run user:create -- …)
  PostgreSQL:         ${cluster.env.DATABASE_URL}
  Redis key prefix:   ${cluster.env.REDIS_KEY_PREFIX}
Ctrl+C stops everything.`);
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log("\nStopping the instances and Varnish…");
      cluster.stop().finally(() => process.exit(0));
    });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
