/**
 * `npm run publish:due` — for cron: publishes every scheduled issue that is due. It asks the
 * running server (which also invalidates its caches); with no server listening it publishes
 * directly in the database, and the next server start serves fresh pages.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { createHmac } from "node:crypto";
import { publishDueIssues } from "@/db/queries/issues/publishing";
import { parseEnv } from "@/lib/env";
import { withDatabase, fail } from "./_db";

async function viaServer(): Promise<string[] | null> {
  const env = parseEnv();
  let secret = env.AUTH_SECRET;
  if (!secret) {
    try {
      secret = readFileSync(path.join(path.resolve(env.DATA_DIR), "auth-secret"), "utf8").trim();
    } catch {
      return null; // no secret yet: the server never ran with this DATA_DIR
    }
  }
  const token = createHmac("sha256", secret).update("dispatch:jobs:publish-due").digest("base64url");
  const base = process.env.PUBLISH_DUE_URL ?? `http://127.0.0.1:${env.PORT}`;
  try {
    const response = await fetch(`${base}/api/cron/publish-due`, { method: "POST", headers: { authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`The server answered ${response.status}.`);
    return ((await response.json()) as { published: string[] }).published;
  } catch (err) {
    if ((err as { cause?: { code?: string } }).cause?.code === "ECONNREFUSED") return null;
    throw err;
  }
}

async function main() {
  const fromServer = await viaServer();
  if (fromServer) {
    console.log(fromServer.length ? `Published (via the server): ${fromServer.join(", ")}` : "Nothing due.");
    return;
  }
  await withDatabase(async () => {
    const published = await publishDueIssues();
    console.log(published.length ? `Published (no server running): ${published.map((p) => p.slug).join(", ")}` : "Nothing due.");
  });
}

main().catch(fail);
