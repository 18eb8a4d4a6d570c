/**
 * Server start: validate the environment (fail fast, naming the variable), open and migrate the
 * database, and close it cleanly on SIGTERM/SIGINT so PGlite needs no crash recovery.
 */
import { closeDb, getHandle } from "@/db";
import { pingDatabase } from "@/db/queries/health";
import { pruneRateLimits } from "@/db/queries/rate-limits";
import { countUsersForEditor } from "@/db/queries/users";
import { setupCode } from "@/lib/auth/setup-code";
import { pruneRevokedSessions } from "@/db/queries/sessions";
import { env } from "@/lib/env";
import { registerProxyServices } from "@/lib/proxy/services";
import { createPathGuard } from "./path-guard";
import { localListsChangedAt, sharedListsChangedAt } from "./lists-changed";
import { log } from "@/lib/log";
import { createEditorGate } from "./editor-gate";
import { startScheduler } from "./scheduler";
import { installRequestContext } from "./request-context";
import { adoptCacheNamespace } from "./cache-namespace";
import { createSearchBlockCheck } from "./search-limit";
import { startSendWorker, stopSendWorker } from "@/lib/newsletter/worker";

let booted = false;

export async function boot(): Promise<void> {
  if (booted) return;
  booted = true;
  try {
    env();
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
  installRequestContext(env().TRUST_PROXY);
  // Auth.js builds its redirects from AUTH_URL when set, else from the Host header a client sends.
  process.env.AUTH_URL ??= `${env().SITE_URL}/api/auth`;
  try {
    const { engine } = await getHandle();
    log.info({ engine }, "database ready");
  } catch (err) {
    const message = (err as Error).message;
    // The embedded folder held by another process is fatal; a PostgreSQL that is briefly down is
    // not: health reports it and the next query reconnects.
    if (!env().DATABASE_URL) {
      console.error(message);
      process.exit(1);
    }
    log.error({ err: message }, "database not ready at start");
  }
  await adoptCacheNamespace();
  // While nobody can sign in, the log carries the one-time code setup asks of remote visitors.
  if (
    await countUsersForEditor()
      .then((n) => n === 0)
      .catch(() => false)
  )
    setupCode();
  registerProxyServices({
    pathGuard: createPathGuard(env().REDIS_URL ? await sharedListsChangedAt() : localListsChangedAt),
    editorGate: createEditorGate(),
    searchBlock: createSearchBlockCheck(),
    pingDatabase,
  });
  if (env().DISPATCH_SCHEDULER) startScheduler(env().PORT);
  // Newsletter sends: resumes any send a previous process left unfinished (see lib/newsletter/worker.ts).
  if (env().DISPATCH_SEND_WORKER) startSendWorker();
  // Old rate-limit counters are forgotten hourly (on every instance; the delete is idempotent).
  setInterval(() => {
    pruneRateLimits().catch((err) => log.warn({ err: (err as Error).message }, "pruning rate limits failed"));
    pruneRevokedSessions().catch((err) => log.warn({ err: (err as Error).message }, "pruning revoked sessions failed"));
  }, 60 * 60_000).unref();
  installShutdown();
}

function installShutdown() {
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(0), 10_000);
    force.unref();
    // Let the send worker finish the messages in flight, so their answers are recorded.
    Promise.race([stopSendWorker(), new Promise((r) => setTimeout(r, 5_000))])
      .then(() => closeDb())
      .catch((err) => console.error(err))
      .finally(() => process.exit(0));
  };
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}
