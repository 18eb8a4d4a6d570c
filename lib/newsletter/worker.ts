/**
 * The send worker: claims due deliveries in batches, sends each with bounded concurrency over the
 * pooled SMTP transport, and records every answer.
 *
 * Exactly once, and the one window left. A delivery is claimed (status `sending`, attempt
 * counted) in the database before its message is handed to SMTP, and marked `sent` right after
 * the server's 250. If the process dies between that 250 and the write, the row stays `sending`;
 * after the lease a worker puts it back to `pending` and sends it again. That resend carries the
 * same Message-ID (`dispatch.i<issue>.s<subscriber>@<our domain>`) and the header
 * `X-Dispatch-Idempotency-Key: <issueId>:<subscriberId>`, so the receiving side recognises it
 * (mailbox providers collapse a repeated Message-ID). The window is therefore one message per
 * in-flight connection at the moment of a crash, never a batch, and it is detectable. A failed
 * database write after a 250 with the process alive is retried, never answered by a resend.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import os from "node:os";
import { isAlive } from "@/db/lock";
import {
  claimDeliveries,
  failDelivery,
  markDelivered,
  markPermanentFailure,
  markTemporaryFailure,
  listClaimHolders,
  releaseClaims,
  releaseClaimsOf,
  releaseStaleClaims,
  skipIneligibleDeliveries,
  type ClaimedDelivery,
} from "@/db/queries/deliveries";
import { getSendIssueSlug, listOpenSendIds, refreshSendCounts } from "@/db/queries/sends";
import { getPublishedIssueBySlug } from "@/db/queries/issues/reader";
import { saveSendLinks } from "@/db/queries/send-events";
import { listHeaders, unsubscribeUrl } from "@/lib/email/newsletter-mail";
import { encodedFor, filledFor, preEncode, type PreEncodedMail } from "@/lib/email/pre-encoded";
import { renderIssueMail } from "@/lib/email/templates";
import { env, envValue } from "@/lib/env";
import { addTracking, recipientValues } from "./tracked-mail";
import { mailConfigured, MailError, messageIdFor, sendMail } from "@/lib/email/transport";
import { log, errorMessage } from "@/lib/log";

/** How often a worker looks for claims left by ended workers on this host (a cheap distinct read). */
const LOCAL_CLAIMS_CHECK_MS = 2_000;

export type WorkerOptions = {
  workerId?: string;
  batchSize?: number;
  concurrency?: number;
  maxAttempts?: number;
  /** Delay before retry number `attempt` (1-based) after a temporary failure. */
  backoffMs?: (attempt: number) => number;
  /** A claim older than this is taken to belong to a dead worker. Longer than any SMTP timeout. */
  leaseSeconds?: number;
  idleMs?: number;
  /** Test hook: called after the SMTP answer and before the database write. Return "crash" to die there. */
  afterSmtp?: (delivery: ClaimedDelivery) => "crash" | void;
};

const defaults = {
  batchSize: 200,
  concurrency: envValue("SEND_CONCURRENCY"),
  maxAttempts: 5,
  backoffMs: (attempt: number) => Math.min(30 * 60_000, 30_000 * 2 ** (attempt - 1)) * (0.8 + Math.random() * 0.4),
  leaseSeconds: 120,
  idleMs: 2_000,
};

export class WorkerCrash extends Error {}

/** A send's mail, encoded once, with the links its placeholders stand for. */
type TrackedMail = { encoded: PreEncodedMail; links: string[] };

export type SendWorker = {
  id: string;
  /** Runs claim-and-send rounds until nothing is due (used by tests and the bench). */
  drain: () => Promise<void>;
  wake: () => void;
  stop: () => Promise<void>;
};

export function createSendWorker(options: WorkerOptions = {}): SendWorker {
  const o = { ...defaults, ...options };
  const id = options.workerId ?? `${os.hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const rendered = new Map<number, Promise<TrackedMail | null>>();
  let crashed = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  function mailFor(sendId: number): Promise<TrackedMail | null> {
    let mail = rendered.get(sendId);
    if (!mail) {
      mail = getSendIssueSlug(sendId).then(async (slug) => {
        const issue = slug ? await getPublishedIssueBySlug(slug) : null;
        if (!issue) return null;
        // Rendering is deterministic, so every worker of this send finds the same links.
        const tracked = addTracking(await renderIssueMail(issue), { pixel: env().TRACK_OPENS });
        await saveSendLinks(sendId, tracked.links);
        return { encoded: preEncode(tracked.mail), links: tracked.links };
      });
      mail.catch(() => rendered.delete(sendId));
      rendered.set(sendId, mail);
    }
    return mail;
  }

  /** Retries a bookkeeping write: after a 250 the answer must be recorded, not resent. */
  async function record(write: () => Promise<void>) {
    for (let attempt = 1; ; attempt += 1) {
      if (crashed) throw new WorkerCrash("worker crashed");
      try {
        return await write();
      } catch (err) {
        if (attempt >= 20) throw err;
        await new Promise((r) => setTimeout(r, Math.min(5_000, 100 * attempt)));
      }
    }
  }

  async function deliver(d: ClaimedDelivery) {
    if (crashed) return;
    const mail = await mailFor(d.sendId);
    if (!mail) {
      // The issue was unpublished since: fail without counting it against the subscriber.
      await record(() => failDelivery(d.id, id, "the issue is no longer published"));
      return;
    }
    const messageId = messageIdFor(`dispatch.i${d.issueId}.s${d.subscriberId}`);
    let outcome: { ok: true } | { ok: false; error: MailError };
    try {
      const values = recipientValues({
        sendId: d.sendId,
        subscriberId: d.subscriberId,
        links: mail.links,
        unsubscribeUrl: unsubscribeUrl(d.subscriberId),
      });
      await sendMail({
        to: d.email,
        // The unencoded copy is only kept by the outbox (no SMTP_URL); over SMTP the encoded parts go out.
        ...(mailConfigured() ? { subject: mail.encoded.subject, html: "", text: "" } : filledFor(mail.encoded, values)),
        encoded: encodedFor(mail.encoded, values),
        headers: { ...listHeaders(d.subscriberId), "X-Dispatch-Idempotency-Key": `${d.issueId}:${d.subscriberId}` },
        messageId,
        kind: "issue",
      });
      outcome = { ok: true };
    } catch (err) {
      outcome = { ok: false, error: err instanceof MailError ? err : new MailError(String(err), false) };
    }
    if (crashed) return;
    if (options.afterSmtp?.(d) === "crash") {
      crashed = true;
      throw new WorkerCrash("injected crash after the SMTP answer");
    }
    if (outcome.ok) return record(() => markDelivered(d.id, id, messageId));
    const { error } = outcome;
    if (error.permanent) return record(() => markPermanentFailure(d.id, id, error.message));
    const retryAt = d.attempts < o.maxAttempts ? new Date(Date.now() + o.backoffMs(d.attempts)) : null;
    return record(() => markTemporaryFailure(d.id, id, error.message, retryAt));
  }

  /**
   * Claims of a process on this host that is gone are taken over at once instead of after the
   * lease: worker ids are `host:pid:random`, so a dead pid (or our own pid with another random
   * part: a restarted container where the server is pid 1 again) means that worker has ended.
   */
  let localCheckedAt = -Infinity;
  async function releaseDeadLocalClaims() {
    // Looked at again, not once: a worker killed while its claim was in flight can have that
    // claim committed after it died (PostgreSQL finishes a statement whose client is gone), after
    // this worker's first look. Checked once, those rows waited out the whole lease.
    if (Date.now() - localCheckedAt < LOCAL_CLAIMS_CHECK_MS) return;
    localCheckedAt = Date.now();
    const host = `${os.hostname()}:`;
    for (const holder of await listClaimHolders()) {
      if (!holder.startsWith(host) || holder === id) continue;
      const pid = Number(holder.slice(host.length).split(":")[0]);
      if (!Number.isInteger(pid) || pid <= 0) continue;
      if (pid === process.pid || !isAlive(pid)) {
        const released = await releaseClaimsOf(holder);
        if (released) log.info({ worker: holder, released }, "took over the claims of an ended send worker");
      }
    }
  }

  /** One round: skip those who left, release dead claims, claim a batch, send it. Returns how many were claimed. */
  async function round(): Promise<number> {
    await skipIneligibleDeliveries();
    await releaseDeadLocalClaims();
    await releaseStaleClaims(o.leaseSeconds);
    const batch = await claimDeliveries(id, o.batchSize);
    if (batch.length === 0) {
      for (const sendId of await listOpenSendIds()) await refreshSendCounts(sendId);
      return 0;
    }
    let next = 0;
    const lanes = Array.from({ length: Math.min(o.concurrency, batch.length) }, async () => {
      while (next < batch.length && !crashed && !stopped) await deliver(batch[next++]);
    });
    const results = await Promise.allSettled(lanes);
    // Stopping (server shutdown): claims not yet sent go straight back, with no lease to wait out.
    if (stopped && !crashed && next < batch.length)
      await releaseClaims(
        batch.slice(next).map((d) => d.id),
        id,
      );
    const failure = results.find((r) => r.status === "rejected") as PromiseRejectedResult | undefined;
    if (failure) throw failure.reason;
    for (const sendId of new Set(batch.map((d) => d.sendId))) await refreshSendCounts(sendId);
    return batch.length;
  }

  async function drain() {
    while (!stopped && !crashed && (await round()) > 0) {
      /* keep going while there is work */
    }
  }

  function schedule(delay: number) {
    if (stopped || crashed) return;
    clearTimeout(timer);
    timer = setTimeout(tick, delay);
    timer.unref?.();
  }

  function tick() {
    if (running) return;
    running = drain()
      .catch((err) => {
        if (!(err instanceof WorkerCrash)) log.error({ err: errorMessage(err) }, "send worker round failed");
      })
      .finally(() => {
        running = undefined;
        schedule(o.idleMs);
      });
  }

  return {
    id,
    drain,
    wake: () => schedule(0),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

const globalForWorker = globalThis as unknown as { __dispatchSendWorker?: SendWorker };

/** Starts this process's worker (from lib/server/boot.ts, never during `next build`). */
export function startSendWorker(options: WorkerOptions = {}): SendWorker {
  globalForWorker.__dispatchSendWorker ??= createSendWorker(options);
  globalForWorker.__dispatchSendWorker.wake();
  return globalForWorker.__dispatchSendWorker;
}

/** Nudges this process's worker after a send was started (other instances find it on their next tick). */
export function wakeSendWorker(): void {
  globalForWorker.__dispatchSendWorker?.wake();
}

/** Stops this process's worker after the messages in flight (server shutdown). */
export async function stopSendWorker(): Promise<void> {
  await globalForWorker.__dispatchSendWorker?.stop();
}
