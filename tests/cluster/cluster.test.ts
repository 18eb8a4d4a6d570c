/**
 * The scale-out setup as `npm run cluster` runs it: one build, two `next start` instances on one
 * PostgreSQL database and one Redis, Varnish in front. Checks what a reader and an editor would
 * notice: an issue published through instance A is on A, on B and through Varnish within a
 * second (and gone as fast when unpublished); with both instances running their scheduler and
 * send worker, every due issue is published once and every subscriber gets exactly one mail.
 *
 * Needs varnishd (with varnish-modules), Redis and PostgreSQL: `npm run test:cluster`
 * (TEST_DATABASE_URL names the server; default postgres://postgres@127.0.0.1:5432/postgres).
 */
import { randomBytes } from "node:crypto";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromium, type Browser } from "@playwright/test";
import { drizzle } from "drizzle-orm/node-postgres";
import { and, eq, sql } from "drizzle-orm";
import pg from "pg";
import { provideDatabase, type Db } from "@/db";
import * as schema from "@/db/schema";
import { createIssueForEditor } from "@/db/queries/issues/editor";
import { createSendForEditor, getSendProgressForEditor } from "@/db/queries/sends";
import { transitionIssueForEditor } from "@/db/queries/issues/publishing";
import { createUserForEditor } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import { draftOf, story } from "../support/editor-fixtures";
import { rawRequest } from "../support/raw-http";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";
import { startCluster, type Cluster } from "../../scripts/cluster/cluster";
import { chromiumLaunchOptions } from "../../scripts/chromium.cjs";

const adminUrl = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const dbName = `dispatch_cluster_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
const dbUrl = (() => {
  const u = new URL(adminUrl);
  u.pathname = `/${dbName}`;
  return u.toString();
})();
const editor = { email: "cluster-owner@example.com", password: "cluster owner passphrase" };

let cluster: Cluster;
let sink: SmtpSink;
let pool: pg.Pool;
let db: Db;
let browser: Browser;

beforeAll(async () => {
  sink = await startSmtpSink();
  cluster = await startCluster({
    ports: (process.env.CLUSTER_PORTS ?? "3311,3312").split(",").map(Number),
    varnishPort: Number(process.env.VARNISH_PORT ?? 6311),
    varnishAdminPort: Number(process.env.VARNISH_PORT ?? 6311) + 1,
    databaseUrl: dbUrl,
    redisUrl: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    build: process.env.SKIP_BUILD !== "1",
    dataDir: ".data-cluster-test",
    output: "quiet",
    env: { SMTP_URL: sink.url, MAIL_FROM: "Dispatch <newsletter@dispatch.test>", SCHEDULER_INTERVAL_MS: "250" },
  });
  pool = new pg.Pool({ connectionString: dbUrl, max: 4 });
  db = drizzle({ client: pool, schema }) as Db;
  provideDatabase(db, "postgres");
  await createUserForEditor({
    email: editor.email,
    name: "Cluster Owner",
    role: "owner",
    passwordHash: await hashPassword(editor.password),
  });
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await cluster?.stop();
  await pool?.end();
  await sink?.close();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists "${dbName}" with (force)`);
  await admin.end();
});

async function categoryId(slug: string): Promise<number> {
  const [row] = await db.select({ id: schema.categories.id }).from(schema.categories).where(eq(schema.categories.slug, slug));
  return row.id;
}

/** GETs a page as an anonymous reader: status and whether the body names the text. */
/**
 * Asks Varnish for a page until it answers from its cache. A page's first render after its cache
 * was emptied is not kept (deploy/varnish/default.vcl), so that can take a request or two more.
 */
async function untilHit(url: string, headers: Record<string, string> = {}): Promise<{ response: Response; misses: number }> {
  for (let misses = 0; misses < 10; misses++) {
    const response = await fetch(url, { headers });
    await response.clone().arrayBuffer();
    if (response.headers.get("x-cache") === "HIT") return { response, misses };
  }
  throw new Error(`${url} was never answered from Varnish's cache`);
}

async function read(base: string, path: string, text: string): Promise<{ status: number; shows: boolean }> {
  const response = await fetch(`${base}${path}`, { redirect: "manual" });
  const body = await response.text();
  return { status: response.status, shows: body.includes(text) };
}

/**
 * Polls every page on every base until `done` holds for it; returns, per base, the ms until all
 * its pages did (and per page), measured from `since`. Fails after `limitMs`.
 */
async function timeUntil(
  bases: Record<string, string>,
  paths: string[],
  text: string,
  done: (r: { status: number; shows: boolean }, path: string) => boolean,
  since: number,
  limitMs = 5_000,
) {
  const result: Record<string, number> = {};
  const perPage: Record<string, number> = {};
  await Promise.all(
    Object.entries(bases).flatMap(([name, base]) =>
      paths.map(async (p) => {
        for (;;) {
          const sent = performance.now();
          const answer = await read(base, p, text);
          if (process.env.CLUSTER_TRACE)
            console.log(
              `${name} ${p} sent +${Math.round(sent - since)} took ${Math.round(performance.now() - sent)} ms → ${answer.status} ${answer.shows}`,
            );
          if (done(answer, p)) {
            const ms = Math.round(performance.now() - since);
            perPage[`${name} ${p}`] = ms;
            result[name] = Math.max(result[name] ?? 0, ms);
            return;
          }
          if (performance.now() - since > limitMs)
            throw new Error(`${name}${p} did not show the change within ${limitMs} ms: ${JSON.stringify(answer)}`);
          await new Promise((r) => setTimeout(r, 20));
        }
      }),
    ),
  );
  console.log(`  per page: ${JSON.stringify(perPage)}`);
  return result;
}

describe("two instances behind Varnish", () => {
  // The figures are printed (under a second on a quiet machine); the test fails when any cache
  // still serves the old page after 5 s, which no load explains. A timed bound tighter than that
  // would measure the machine, not the invalidation.
  it("an issue published through A is visible on A, B and Varnish within seconds, and gone as fast when unpublished", async () => {
    const title = "Cluster Edition – Two Harbours";
    const slug = "cluster-edition-two-harbours";
    const [owner] = await db.select().from(schema.users).where(eq(schema.users.email, editor.email));
    const created = await createIssueForEditor(
      draftOf({
        title,
        slug,
        summary: "Published on one instance, read on all.",
        categoryIds: [await categoryId("china")],
        sections: [story("Harbours")],
      }),
      owner.id,
    );
    if (!created.ok) throw new Error("fixture issue");
    const bases = { A: cluster.instances[0], B: cluster.instances[1], Varnish: cluster.varnish };
    const paths = [`/issues/${slug}`, "/", "/categories/china"];

    // Every cache (A's, B's, Redis, Varnish) holds the pages without the issue first, and each
    // instance has served an issue page before, as a running server has.
    for (let round = 0; round < 2; round++) {
      for (const base of Object.values(bases))
        for (const p of [...paths, "/issues/chinese-innovation-news-february-2025"]) await read(base, p, title);
    }
    for (const p of paths.slice(1)) expect((await fetch(`${cluster.varnish}${p}`)).headers.get("x-cache")).toBe("HIT");
    expect((await read(cluster.varnish, `/issues/${slug}`, title)).status).toBe(404);

    const page = await (await browser.newContext({ baseURL: bases.A })).newPage();
    await page.goto("/editor/login");
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Password").fill(editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/editor$/);
    await page.goto(`/editor/issues/${created.id}`);

    let since = performance.now();
    await page.getByRole("button", { name: "Publish now" }).click();
    await page.getByTestId("publish-status").getByText("Published").waitFor();
    const clickToPublished = Math.round(performance.now() - since);
    since = performance.now();
    // The browser (on the same cores) stops rendering the editor while readers are measured.
    const blank = page.goto("about:blank");
    const visible = await timeUntil(bases, paths, title, (r) => r.status === 200 && r.shows, since);
    await blank;
    console.log(`publish through A: editor showed "Published" after ${clickToPublished} ms; then visible on ${JSON.stringify(visible)} ms`);
    expect(Object.keys(visible).sort()).toEqual(["A", "B", "Varnish"]);

    // The fresh pages are cached again by Varnish.
    expect((await untilHit(`${cluster.varnish}/issues/${slug}`)).misses).toBeLessThanOrEqual(2);

    await page.goto(`/editor/issues/${created.id}`);
    await page.getByRole("button", { name: "Unpublish (back to draft)" }).click();
    await page.getByTestId("publish-status").getByText("Draft").first().waitFor();
    since = performance.now();
    const blankAgain = page.goto("about:blank");
    const gone = await timeUntil(
      bases,
      paths,
      title,
      (r, p) => (p === `/issues/${slug}` ? r.status === 404 : r.status === 200 && !r.shows),
      since,
    );
    await blankAgain;
    console.log(`unpublish through A: gone from ${JSON.stringify(gone)} ms after the editor showed "Draft"`);
    expect(Object.keys(gone).sort()).toEqual(["A", "B", "Varnish"]);
    await page.context().close();
  });

  it("Varnish keeps HTML and RSC apart, passes signed-in editors and refuses purges without the secret", async () => {
    const page = "/issues/chinese-innovation-news-february-2025";
    const { response: html, misses } = await untilHit(`${cluster.varnish}${page}`);
    expect(misses).toBeLessThanOrEqual(2);
    expect(html.headers.get("content-type")).toContain("text/html");
    expect(html.headers.get("xkey")).toBeNull(); // the tags are for Varnish only
    // A browser that takes brotli gets the page in brotli, from its own cached copy, at the best
    // quality (the instance waits for it behind Varnish); a gzip-only client gets gzip.
    const browser = { "Accept-Encoding": "gzip, deflate, br, zstd" };
    await untilHit(`${cluster.varnish}${page}`, browser);
    const br = await rawRequest(`${cluster.varnish}${page}`, browser);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["x-cache"]).toBe("HIT");
    const gzip = await rawRequest(`${cluster.varnish}${page}`, { "Accept-Encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    // The same page (a copy made by a page's first render carries its payload twice, so only
    // what the reader sees is compared).
    const main = (html: string) => html.slice(html.indexOf("<main"), html.indexOf("</main>"));
    const text = main(brotliDecompressSync(br.body).toString());
    expect(main(gunzipSync(gzip.body).toString())).toBe(text);
    expect(text).toContain("Chinese Innovation News – February 2025");
    console.log(`issue page through Varnish: brotli ${br.body.length} bytes, gzip ${gzip.body.length}`);
    expect(br.body.length).toBeLessThan(14_000);
    // An instance told of Varnish (VARNISH_URL) sends them; without one it leaves them off.
    expect((await fetch(`${cluster.instances[0]}${page}`)).headers.get("xkey")?.split(" ")).toContain(
      "issue:chinese-innovation-news-february-2025",
    );
    for (const headers of [{ RSC: "1" }, { RSC: "1", "Next-Router-Prefetch": "1" }] as Record<string, string>[]) {
      const rsc = await fetch(`${cluster.varnish}${page}?_rsc=x1`, { headers });
      expect(rsc.headers.get("content-type")).toContain("text/x-component");
      expect(rsc.headers.get("x-cache")).toBe("MISS");
      await rsc.arrayBuffer();
    }
    expect((await fetch(`${cluster.varnish}${page}`)).headers.get("content-type")).toContain("text/html");
    const signedIn = await fetch(`${cluster.varnish}${page}`, { headers: { cookie: "authjs.session-token=abc" } });
    expect(signedIn.headers.get("x-cache")).toBe("MISS");
    const refused = await fetch(`${cluster.varnish}/`, { method: "PURGE", headers: { xkey: "site" } });
    expect(refused.status).toBe(403);
    const wrong = await fetch(`${cluster.varnish}/`, { method: "PURGE", headers: { xkey: "site", "x-purge-secret": "not the secret" } });
    expect(wrong.status).toBe(403);
    expect((await fetch(`${cluster.varnish}${page}`)).headers.get("x-cache")).toBe("HIT");
    // A page's first render (its payload twice) is not kept: the copy Varnish keeps is the
    // app's cached page, whole, with its ETag. This issue page has not been asked for yet.
    const fresh = "/issues/chinese-innovation-news-may-2025";
    const firstRender = await fetch(`${cluster.varnish}${fresh}`);
    expect(firstRender.headers.get("x-cache")).toBe("MISS");
    expect(firstRender.headers.get("etag")).toBeNull();
    expect(firstRender.headers.get("x-nextjs-postponed")).toBeNull(); // the mark is for Varnish only
    await firstRender.arrayBuffer();
    const { response: kept, misses: keptAfter } = await untilHit(`${cluster.varnish}${fresh}`);
    expect(keptAfter).toBeGreaterThanOrEqual(1); // the first render's answer was not the one kept
    expect(kept.headers.get("etag")).toBe((await fetch(`${cluster.instances[0]}${fresh}`)).headers.get("etag"));
    // 404s are never stored (no tags: a publish could not end them).
    for (let i = 0; i < 2; i++) {
      const missing = await fetch(`${cluster.varnish}/issues/no-such-issue`);
      expect(missing.status).toBe(404);
      expect(missing.headers.get("x-cache")).toBe("MISS");
    }
  });

  it("both instances run the scheduler and the send worker: each due issue is published once, each subscriber gets one mail", async () => {
    const [owner] = await db.select().from(schema.users).where(eq(schema.users.email, editor.email));
    const china = await categoryId("china");
    const due = new Date(Date.now() + 2_000);
    const ids: number[] = [];
    for (let i = 1; i <= 8; i++) {
      const created = await createIssueForEditor(
        draftOf({ title: `Scheduled ${i}`, slug: `cluster-scheduled-${i}`, categoryIds: [china], sections: [story(`Tide ${i}`)] }),
        owner.id,
      );
      if (!created.ok) throw new Error("fixture issue");
      const scheduled = await transitionIssueForEditor({ id: created.id, version: 1, userId: owner.id, to: "schedule", at: due });
      if (!scheduled.ok) throw new Error(`schedule: ${scheduled.reason}`);
      ids.push(created.id);
    }
    const deadline = Date.now() + 30_000;
    for (;;) {
      const [{ n }] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(schema.issues)
        .where(and(sql`${schema.issues.id} in ${ids}`, eq(schema.issues.status, "published")));
      if (n === ids.length) break;
      if (Date.now() > deadline) throw new Error(`only ${n} of ${ids.length} scheduled issues were published`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const publishes = await db
      .select({ issueId: schema.revisions.issueId, n: sql<number>`count(*)::int` })
      .from(schema.revisions)
      .where(and(sql`${schema.revisions.issueId} in ${ids}`, eq(schema.revisions.action, "scheduled-publish")))
      .groupBy(schema.revisions.issueId);
    expect(publishes.map((p) => p.n)).toEqual(ids.map(() => 1));
    // The scheduler's job path purges Varnish too: the new issues are on the cached home page.
    await timeUntil(
      { Varnish: cluster.varnish },
      ["/issues/cluster-scheduled-8"],
      "Scheduled 8",
      (r) => r.status === 200 && r.shows,
      performance.now(),
      5_000,
    );

    const count = 1_000; // five claim batches of 200: both workers get their turn
    await db.insert(schema.subscribers).values(
      Array.from({ length: count }, (_, i) => ({
        email: `reader${String(i).padStart(4, "0")}@example.com`,
        status: "confirmed" as const,
        confirmedAt: new Date(),
      })),
    );
    await createSendForEditor({ issueId: ids[0], subject: "Cluster send", segment: [], startedBy: owner.id });
    const started = performance.now();
    await sink.waitFor((m) => m.length >= count, 90_000);
    for (;;) {
      const progress = await getSendProgressForEditor(ids[0]);
      if (progress && progress.remaining === 0) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    await new Promise((r) => setTimeout(r, 1_000)); // a duplicate would arrive now
    const perRecipient = new Map<string, number>();
    for (const m of sink.messages) perRecipient.set(m.to, (perRecipient.get(m.to) ?? 0) + 1);
    expect(perRecipient.size).toBe(count);
    expect([...perRecipient.values()].every((n) => n === 1)).toBe(true);
    const byWorker = await db
      .select({ worker: schema.deliveries.claimedBy, n: sql<number>`count(*)::int` })
      .from(schema.deliveries)
      .groupBy(schema.deliveries.claimedBy);
    console.log(`send to ${count}: ${Math.round(performance.now() - started)} ms, deliveries by claim holder ${JSON.stringify(byWorker)}`);
    // Both instances' workers took part (claim holders are host:pid:random, one per process).
    expect(byWorker.length).toBeGreaterThanOrEqual(2);
  });
});
