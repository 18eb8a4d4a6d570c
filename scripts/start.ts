/**
 * `npm start`: migrate, seed the embedded database when it is empty, check the media store, build
 * when the source changed (scripts/build-fingerprint.ts), then serve. The build reads no
 * database, so it never meets the live one.
 */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { applySeed, isContentEmpty } from "@/db/seed/apply";
import { demoContent } from "@/db/seed/demo";
import { env } from "@/lib/env";
import { createStorage } from "@/lib/storage";
import { S3Storage } from "@/lib/storage/s3";
import { withDatabase, fail } from "./_db";
import { buildFingerprint, buildNeeded, recordBuild } from "./build-fingerprint";

const nextBin = path.join(process.cwd(), "node_modules", ".bin", "next");

async function main() {
  await withDatabase(async ({ db, engine }) => {
    console.log(`Database ready (${engine}, migrations applied).`);
    if (engine === "pglite" && (await isContentEmpty(db))) {
      const added = await applySeed(db, demoContent);
      console.log(`Empty embedded database: loaded the demo content (${added.issues} issues).`);
    }
  });

  // With S3_BUCKET set, a wrong bucket or key stops the start here with a message naming the
  // variable to check, instead of every upload failing later.
  const files = createStorage(env());
  if (files instanceof S3Storage) {
    await files.check();
    files.close();
    console.log(`Media: ${files.describeTarget()} (nothing is written to DATA_DIR/uploads).`);
  } else {
    console.log(`Media: ${files.describeTarget()} (set S3_BUCKET to share media between instances).`);
  }

  // SKIP_BUILD=1 serves whatever build is there; FORCE_BUILD=1 builds even when nothing changed.
  const reason = process.env.FORCE_BUILD === "1" ? "FORCE_BUILD=1" : process.env.SKIP_BUILD === "1" ? null : buildNeeded();
  if (reason) {
    console.log(`Building (${reason}).`);
    const fingerprint = buildFingerprint();
    const build = spawnSync(nextBin, ["build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) process.exit(build.status ?? 1);
    recordBuild(fingerprint);
  } else {
    console.log("Reusing the last build (source, lockfile and NODE_ENV unchanged; FORCE_BUILD=1 rebuilds).");
  }

  const port = String(env().PORT);
  const server = spawn(nextBin, ["start", "-p", port], {
    stdio: "inherit",
    env: { ...process.env, NEXT_MANUAL_SIG_HANDLE: "true", NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => server.kill(signal));
  }
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch(fail);
