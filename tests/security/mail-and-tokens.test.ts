/**
 * Header injection and newsletter tokens: CR/LF in an issue title (the subject) and in addresses,
 * checked in the raw message a real SMTP server received; malformed, forged, expired and reused
 * confirm/unsubscribe tokens against the real route handlers. Each checks the answer and the rows.
 */
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { session, installFakes } from "./fakes";
import { databaseForThisFile } from "../support/database";
import { databaseFingerprint, seedEditorFixture, type EditorFixture } from "../support/editor-fixtures";
import { mailSinkForThisFile } from "../support/mail-sink";

installFakes("mail");
process.env.SITE_URL = "https://dispatch.test";
process.env.MAIL_FROM = "Dispatch <newsletter@dispatch.test>";
const engine = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

let f: EditorFixture;
const database = databaseForThisFile(async (db) => {
  f = await seedEditorFixture(db);
  session.userId = null;
});
const sink = mailSinkForThisFile();

const fd = (values: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(values)) form.set(k, v);
  return form;
};

/** The header block of a raw message, unfolded, as name → values. */
function headersOf(raw: string): Map<string, string[]> {
  const head = raw.split(/\r\n\r\n/)[0].replace(/\r\n[ \t]+/g, " ");
  const out = new Map<string, string[]>();
  for (const line of head.split("\r\n")) {
    const name = line.slice(0, line.indexOf(":")).toLowerCase();
    out.set(name, [...(out.get(name) ?? []), line.slice(line.indexOf(":") + 1).trim()]);
  }
  return out;
}

const injection = "Bcc: victim@evil.example";

async function publishTitled(title: string) {
  session.userId = f.users.editor.id;
  const { saveIssue } = await import("@/actions/issues");
  const { publishIssue } = await import("@/actions/publishing");
  const draft = {
    title,
    slug: "owner-draft",
    summary: "S",
    categoryIds: [f.categories.china.id],
    authorId: f.author.id,
    cover: null,
    seoTitle: "",
    seoDescription: "",
    sections: [{ key: "a", kind: "story" as const, title: "One", tldr: "", sourceUrl: null, body: "x", figure: null, items: [] }],
  };
  const saved = await saveIssue({ id: f.issues.ownerDraft, version: 1, draft });
  expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
  expect(await publishIssue({ id: f.issues.ownerDraft, version: (saved as { version: number }).version })).toMatchObject({ ok: true });
}

describe(`no header injection through CR/LF (${engine})`, () => {
  it("an issue title with CR/LF is kept on one line: the subject of the sent issue carries no extra header", async () => {
    await publishTitled(`March news\r\n${injection}\r\nX-Evil: 1`);
    const [row] = (await database().db.execute<{ title: string }>(sql`select title from issues where id = ${f.issues.ownerDraft}`)).rows;
    expect(row.title).not.toMatch(/[\r\n]/);
    await database().db.execute(
      sql`insert into subscribers (email, status, confirmed_at) values ('reader@example.com', 'confirmed', now())`,
    );
    const { startIssueSend } = await import("@/actions/newsletter");
    expect(await startIssueSend(null, fd({ issueId: String(f.issues.ownerDraft), audience: "all", confirm: "send" }))).toMatchObject({
      ok: true,
      total: 1,
    });
    const { createSendWorker } = await import("@/lib/newsletter/worker");
    await createSendWorker({ backoffMs: () => 10, batchSize: 10 }).drain();
    await sink().waitFor((m) => m.length === 1);
    const headers = headersOf(sink().messages[0].raw);
    expect(headers.has("bcc")).toBe(false);
    expect(headers.has("x-evil")).toBe(false);
    expect((await sink().parse(sink().messages[0])).subject).toBe(`March news ${injection} X-Evil: 1`);
    expect(sink().messages.map((m) => m.to)).toEqual(["reader@example.com"]);
    const [sub] = (await database().db.execute<{ status: string }>(sql`select status from subscribers`)).rows;
    expect(sub.status).toBe("confirmed");
  });

  it("the editor's test send of such an issue is delivered to the editor only, one subject line", async () => {
    await publishTitled(`Test\n${injection}`);
    const { sendTestIssueMail } = await import("@/actions/newsletter");
    expect(await sendTestIssueMail(null, fd({ issueId: String(f.issues.ownerDraft) }))).toMatchObject({
      ok: true,
      to: "editor@example.com",
    });
    await sink().waitFor((m) => m.length === 1);
    expect(sink().messages.map((m) => m.to)).toEqual(["editor@example.com"]);
    expect(headersOf(sink().messages[0].raw).has("bcc")).toBe(false);
  });

  it("a subscriber address with CR/LF or a second address is refused at signup; no row, no mail", async () => {
    const { handleSignup } = await import("@/lib/newsletter/subscription");
    const before = await databaseFingerprint(database().db);
    for (const email of [
      `a@example.com\r\n${injection}`,
      `a@example.com\n${injection}`,
      "a@example.com, b@example.com",
      "a@example.com%0d%0abcc:b@example.com",
      '"a\r\nb"@example.com',
      "A <a@example.com>",
    ]) {
      const { state, mail } = await handleSignup({ email, interests: [], source: "/", website: "" }, "203.0.113.9");
      expect(state, email).toMatchObject({ status: "error", message: "That doesn't look like an email address." });
      expect(mail).toBeUndefined();
    }
    const after = await databaseFingerprint(database().db);
    expect(after.subscribers).toBe(before.subscribers);
    expect(sink().messages).toEqual([]);
  });

  it("a login email with CR/LF is refused (test sends go there); names and bylines with CR/LF are kept on one line", async () => {
    session.userId = f.users.owner.id;
    const { inviteUser } = await import("@/actions/users");
    const before = await databaseFingerprint(database().db);
    const refused = await inviteUser(null, fd({ name: "New", email: `new@example.com\r\n${injection}`, role: "editor" }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { email: "Enter one email address." } });
    expect(await databaseFingerprint(database().db)).toEqual(before);
    expect(await inviteUser(null, fd({ name: `New\r\n${injection}`, email: "new@example.com", role: "editor" }))).toEqual({ ok: true });
    session.userId = f.users.editor.id;
    const { saveAuthor } = await import("@/actions/authors");
    expect(
      await saveAuthor(
        null,
        fd({ id: String(f.author.id), name: `Ann\n${injection}`, slug: "ann", bio: "", photo: "", photoAlt: "", links: "" }),
      ),
    ).toEqual({ ok: true });
    const names = (
      await database().db.execute<{ name: string }>(
        sql`select name from users where email = 'new@example.com' union all select name from authors`,
      )
    ).rows.map((r) => r.name);
    expect(names).toEqual([`New ${injection}`, `Ann ${injection}`]);
  });
});

describe(`newsletter tokens: malformed, forged, expired, reused (${engine})`, () => {
  async function confirm(token: string) {
    const { POST } = await import("@/app/api/newsletter/confirm/route");
    const response = await POST(new Request("https://dispatch.test/api/newsletter/confirm", { method: "POST", body: fd({ token }) }));
    expect(response.status).toBe(303);
    return new URL(response.headers.get("location")!).searchParams.get("result");
  }

  async function pending(expiresInMs: number) {
    const { newConfirmToken } = await import("@/lib/email/tokens");
    const token = newConfirmToken();
    await database().db.execute(
      sql`insert into subscribers (email, status, token_hash, token_expires_at) values ('p@example.com', 'pending', ${token.hash}, ${new Date(Date.now() + expiresInMs).toISOString()}::timestamptz)`,
    );
    return token.token;
  }

  it("malformed confirm tokens get the one generic answer and change nothing", async () => {
    await pending(3_600_000);
    const before = await databaseFingerprint(database().db);
    for (const token of [
      "",
      "abc",
      "x".repeat(43).replace(/x$/, "!"),
      "x".repeat(200),
      "' or 1=1 --",
      "../../etc/passwd",
      "%00",
      "\r\nBcc: a@b.c",
    ]) {
      expect(await confirm(token), token).toBe("invalid");
    }
    expect(await databaseFingerprint(database().db)).toEqual(before);
  });

  it("an expired confirm token says so and leaves the subscriber pending", async () => {
    const token = await pending(-1000);
    const before = await databaseFingerprint(database().db);
    expect(await confirm(token)).toBe("expired");
    expect(await databaseFingerprint(database().db)).toEqual(before);
  });

  it("a reused confirm token says 'already' and changes nothing the second time", async () => {
    const token = await pending(3_600_000);
    expect(await confirm(token)).toBe("confirmed");
    const before = await databaseFingerprint(database().db);
    expect(await confirm(token)).toBe("already");
    expect(await databaseFingerprint(database().db)).toEqual(before);
  });

  it("forged, truncated and other people's unsubscribe tokens are refused with 400; nobody is unsubscribed", async () => {
    await database().db.execute(
      sql`insert into subscribers (email, status, confirmed_at) values ('a@example.com', 'confirmed', now()), ('b@example.com', 'confirmed', now())`,
    );
    const ids = (await database().db.execute<{ id: number }>(sql`select id from subscribers order by id`)).rows.map((r) => r.id);
    const { unsubscribeToken } = await import("@/lib/email/tokens");
    const good = unsubscribeToken(ids[0]);
    const { POST, GET } = await import("@/app/api/newsletter/unsubscribe/route");
    const before = await databaseFingerprint(database().db);
    const forged = [
      good.slice(0, -1),
      `${ids[1]}.${good.split(".")[1]}`,
      `${ids[0]}.${"A".repeat(43)}`,
      "99999999999.x",
      "-1.abc",
      "",
      `${good}x`,
      "1.%00",
      "0." + "a".repeat(43),
    ];
    for (const token of forged) {
      const response = await POST(
        new Request(`https://dispatch.test/api/newsletter/unsubscribe?token=${encodeURIComponent(token)}`, {
          method: "POST",
          body: new URLSearchParams({ "List-Unsubscribe": "One-Click" }),
        }),
      );
      expect(response.status, token).toBe(400);
      expect(await response.text()).toBe("This unsubscribe link is not valid.\n");
    }
    // Preferences with a forged token, and a GET with the real one, change nothing either.
    const prefs = await POST(
      new Request("https://dispatch.test/api/newsletter/unsubscribe", {
        method: "POST",
        body: new URLSearchParams({ token: forged[0], action: "preferences", from: "page", interests: "china" }),
      }),
    );
    expect(new URL(prefs.headers.get("location")!).searchParams.get("result")).toBe("invalid");
    expect((await GET(new Request(`https://dispatch.test/api/newsletter/unsubscribe?token=${good}`))).status).toBe(303);
    expect(await databaseFingerprint(database().db)).toEqual(before);
  });

  it("the confirm and unsubscribe pages answer a garbage token or result with a clear, inert page", async () => {
    const { prerenderToNodeStream } = await import("react-dom/static");
    const render = async (mod: string, params: Record<string, string>) => {
      const Page = ((await import(mod)) as { default: (p: unknown) => React.ReactElement }).default;
      const { prelude } = await prerenderToNodeStream(Page({ searchParams: Promise.resolve(params) }));
      let html = "";
      for await (const chunk of prelude) html += Buffer.from(chunk as Uint8Array).toString("utf8");
      return html;
    };
    const { liveScript } = await import("./support");
    const before = await databaseFingerprint(database().db);
    const confirmPage = await render("@/app/(site)/newsletter/confirm/page", { result: "<script>alert(1)</script>" });
    expect(confirmPage).toContain("This link does not work");
    const withToken = await render("@/app/(site)/newsletter/confirm/page", { token: '"><script>alert(1)</script>' });
    expect(liveScript(withToken, { allow: ["form"] })).toEqual([]);
    const unsubscribePage = await render("@/app/(site)/newsletter/unsubscribe/page", {
      token: "1.<img src=x onerror=alert(1)>",
      result: "<svg onload=alert(1)>",
    });
    expect(liveScript(unsubscribePage, { allow: ["form", "svg"] })).toEqual([]);
    expect(unsubscribePage).toMatch(/not valid|does not work/);
    expect(await databaseFingerprint(database().db)).toEqual(before);
  });
});
