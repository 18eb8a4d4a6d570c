/**
 * The smaller holes an outside review found, each walked the way the attacker did: a NUL byte in
 * a path or an upload name, social cards for junk slugs, a contributor probing others' slugs and
 * changing others' media and bylines, IPv6 clients with a bucket per address, a forged
 * X-Forwarded-Host, Auth.js's default pages, `..` in an author photo, and a first-run setup
 * that anyone who got there first could take.
 */
import { existsSync, readdirSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import sharp from "sharp";
import { sql } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeEach, describe, expect, it } from "vitest";
import { session, installFakes } from "./fakes";
import { databaseForThisFile } from "../support/database";
import { codyDraftForm, seedEditorFixture, type EditorFixture } from "../support/editor-fixtures";

const dataDir = installFakes("holes");
const engine = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

let f: EditorFixture;
const database = databaseForThisFile(async (db) => {
  f = await seedEditorFixture(db);
});
beforeEach(() => {
  session.userId = f.users.cody.id;
  session.address = "203.0.113.9";
});

const form = (values: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
};

describe(`paths and uploads with a NUL byte (${engine})`, () => {
  it("a NUL byte or any other non-slug in a reader path is a 404 before any query", async () => {
    const { createPathGuard } = await import("@/lib/server/path-guard");
    const guard = createPathGuard(async () => 0);
    for (const p of [
      "/issues/x%00",
      "/issues/live-issue%00",
      "/authors/ann%00",
      "/events/tour%00",
      "/categories/china%00",
      "/issues/x%00/opengraph-image",
    ]) {
      expect(await guard(p), p).toBe(false);
    }
    expect(await guard("/issues/live-issue")).toBe(true);
    const { getIssueForReader } = await import("@/lib/reader/data");
    expect(await getIssueForReader("live-issue\u0000")).toBeNull();
  });

  it("the social card renders only for a published issue (the page's own check)", async () => {
    const { createPathGuard } = await import("@/lib/server/path-guard");
    const guard = createPathGuard(async () => 0);
    expect(await guard("/issues/no-such-issue/opengraph-image")).toBe(false);
    expect(await guard("/issues/owner-draft/opengraph-image")).toBe(false);
    expect(await guard("/issues/live-issue/opengraph-image")).toBe(true);
    const { default: card } = await import("@/app/(site)/issues/[slug]/opengraph-image");
    await expect(card({ params: Promise.resolve({ slug: "junk-slug" }) })).rejects.toThrow(/NEXT_NOT_FOUND/);
  });

  it("an upload named with a NUL byte is stored (name cleaned), and no file is left without its row", async () => {
    const { POST } = await import("@/app/editor/media/upload/route");
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#0f766e" } })
      .png()
      .toBuffer();
    const request = new Request("http://localhost/editor/media/upload", {
      method: "POST",
      headers: { origin: "http://localhost", host: "localhost", "sec-fetch-site": "same-origin", "x-file-name": "evil%00name.png" },
      body: png,
      duplex: "half",
    } as RequestInit);
    const response = await POST(request);
    expect(response.status).toBe(201);
    const rows = (
      await database().db.execute<{ key: string; original_name: string }>(
        sql`select key, original_name from media where original_name like 'evil%'`,
      )
    ).rows;
    expect(rows.map((r) => r.original_name)).toEqual(["evilname.png"]);
    const uploads = path.join(dataDir, "uploads");
    const files = existsSync(uploads)
      ? readdirSync(uploads, { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile())
          .map((d) => path.relative(uploads, path.join(d.parentPath, d.name)))
      : [];
    const keys = (await database().db.execute<{ key: string }>(sql`select key from media`)).rows.map((r) => r.key);
    for (const file of files) expect(keys, `orphan file ${file}`).toContain(file);
  });
});

describe(`a contributor stays within their own work (${engine})`, () => {
  it("cannot learn whether another's draft slug exists through that draft", async () => {
    const { saveIssue } = await import("@/actions/issues");
    // Through the owner's draft: refused as not theirs, whatever the slug.
    const probe = await saveIssue({ id: f.issues.ownerDraft, version: 1, draft: codyDraftForm(f) } as never);
    expect(probe).toMatchObject({ ok: false, code: "forbidden" });
    expect(JSON.stringify(probe)).not.toMatch(/already uses/);
  });

  it("cannot sign an issue with another author's byline", async () => {
    const { saveIssue } = await import("@/actions/issues");
    const result = await saveIssue({ id: f.issues.codyDraft, version: 1, draft: codyDraftForm(f, { authorId: f.author.id }) } as never);
    expect(result).toMatchObject({ ok: false, fieldErrors: { "draft.authorId": expect.stringMatching(/own byline/) } });
    const [row] = (
      await database().db.execute<{ author_id: number | null }>(sql`select author_id from issues where id = ${f.issues.codyDraft}`)
    ).rows;
    expect(row.author_id).toBeNull();
  });

  it("cannot change the alt text and credit of someone else's upload; an editor can", async () => {
    const { describeMedia } = await import("@/actions/media");
    const before = (
      await database().db.execute<{ alt: string; credit: string }>(sql`select alt, credit from media where id = ${f.image.id}`)
    ).rows[0];
    expect(await describeMedia(null, form({ id: String(f.image.id), alt: "Defaced", credit: "Someone else" }))).toMatchObject({
      ok: false,
    });
    expect((await database().db.execute(sql`select alt, credit from media where id = ${f.image.id}`)).rows[0]).toEqual(before);
    session.userId = f.users.editor.id;
    expect(await describeMedia(null, form({ id: String(f.image.id), alt: "A harbour at dawn", credit: "Ann" }))).toEqual({ ok: true });
  });

  it("an author photo path with `..` is refused", async () => {
    session.userId = f.users.editor.id;
    const { saveAuthor } = await import("@/actions/authors");
    const result = await saveAuthor(
      null,
      form({
        id: String(f.author.id),
        name: "Ann Writer",
        slug: "ann",
        bio: "",
        photo: "/media/ab/../../../etc/passwd",
        photoAlt: "",
        links: "",
      }),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { photo: expect.any(String) } });
  });
});

describe("client addresses and forwarded hosts", () => {
  it("IPv6 clients share one limit bucket per /64", async () => {
    const { clientAddress } = await import("@/lib/client-address");
    const of = (a: string) => clientAddress(new Headers({ "x-forwarded-for": a }));
    expect(of("2001:db8:1:2:aaaa:bbbb:cccc:1")).toBe(of("2001:db8:1:2::ffff"));
    expect(of("2001:0db8:0001:0002::1")).toBe(of("2001:db8:1:2:1::1"));
    expect(of("2001:db8:1:3::1")).not.toBe(of("2001:db8:1:2::1"));
    expect(of("198.51.100.7")).toBe("198.51.100.7");
    expect(of("::ffff:198.51.100.7")).toBe("198.51.100.7");
  });

  it("X-Forwarded-Host is dropped when no proxy is trusted", async () => {
    const { installRequestContext } = await import("@/lib/server/request-context");
    installRequestContext(0);
    const seen: Array<string | undefined> = [];
    const server = http.createServer((req, res) => {
      seen.push(req.headers["x-forwarded-host"] as string | undefined);
      res.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    await fetch(`http://127.0.0.1:${port}/`, { headers: { "x-forwarded-host": "evil.example" } });
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(seen).toEqual([undefined]);
    // The origin checks then compare against the real Host.
    const { isCrossSite } = await import("@/lib/server/same-origin");
    expect(
      isCrossSite(
        new Request(`http://127.0.0.1:${port}/`, { method: "POST", headers: { host: `127.0.0.1:${port}`, origin: "http://evil.example" } }),
      ),
    ).toBe(true);
  });
});

describe(`Auth.js's default pages and the first-run setup (${engine})`, () => {
  it("Auth.js's built-in sign-in, sign-out, error and verify pages answer 404", async () => {
    const { GET, POST } = await import("@/app/api/auth/[...nextauth]/route");
    for (const p of [
      "/api/auth/signin",
      "/api/auth/signin/credentials",
      "/api/auth/signout",
      "/api/auth/error?error=x",
      "/api/auth/verify-request",
    ]) {
      expect((await GET(new NextRequest(`http://localhost${p}`))).status, p).toBe(404);
    }
    expect((await POST(new NextRequest("http://localhost/api/auth/signin/credentials", { method: "POST", body: "x" }))).status).toBe(404);
    expect(await (await GET(new NextRequest("http://localhost/api/auth/session"))).text()).toBe("auth GET");
  });

  it("setup from another machine needs the one-time code from the server's log; from loopback it does not", async () => {
    await database().db.execute(sql`truncate users restart identity cascade`);
    session.userId = null;
    const { setUpFirstOwner } = await import("@/actions/session");
    const owner = { name: "Olga Owner", email: "olga@example.com", password: "a long enough passphrase" };
    session.address = "203.0.113.50";
    const refused = await setUpFirstOwner(null, form({ ...owner, code: "WRONGCODE123" }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { code: expect.stringMatching(/server's log/) } });
    expect((await database().db.execute<{ n: number }>(sql`select count(*)::int as n from users`)).rows[0].n).toBe(0);
    const { setupCode } = await import("@/lib/auth/setup-code");
    const code = setupCode();
    const accepted = await setUpFirstOwner(
      null,
      form({ ...owner, code: `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`.toLowerCase() }),
    );
    expect(accepted).toEqual({ ok: true });
    await database().db.execute(sql`truncate users restart identity cascade`);
    session.address = "127.0.0.1";
    expect(await setUpFirstOwner(null, form(owner))).toEqual({ ok: true });
  });
});
