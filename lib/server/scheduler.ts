/**
 * Publishes scheduled issues when they are due, with no request needed. Cache tags can only be
 * invalidated inside a request (Next keeps that state per request), so the timer asks this
 * server's own job endpoint, which claims due rows with FOR UPDATE SKIP LOCKED: safe with several
 * instances, and the first tick after a restart catches up on anything missed.
 */
import { jobToken } from "@/lib/auth/job-token";
import { env } from "@/lib/env";
import { log, errorMessage } from "@/lib/log";

export function startScheduler(port: number): () => void {
  const url = `http://127.0.0.1:${port}/api/cron/publish-due`;
  let running = false;
  let failures = 0;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const response = await fetch(url, { method: "POST", headers: { authorization: `Bearer ${jobToken()}` } });
      const body = (await response.json().catch(() => ({}))) as { published?: string[] };
      if (!response.ok) throw new Error(`status ${response.status}`);
      if (body.published?.length) log.info({ slugs: body.published }, "published scheduled issues");
      failures = 0;
    } catch (err) {
      // The server may not be listening yet right after start; report only a lasting failure.
      failures += 1;
      if (failures === 6) log.error({ url, err: errorMessage(err) }, "scheduler cannot reach the job endpoint");
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, env().SCHEDULER_INTERVAL_MS);
  timer.unref();
  setTimeout(tick, 1_000).unref();
  return () => clearInterval(timer);
}
