/**
 * Every exported server action and every editor route handler, called without a session and with
 * a role that lacks the right, is refused and leaves the database unchanged. The actions are found
 * by scanning the source for "use server" files, so a new action nobody listed here fails this
 * test until it is listed with the role it needs — and then it must really be guarded.
 *
 * The session comes from a stand-in for @/auth (our Auth.js instance); everything behind it —
 * requireRole, the user lookup, the queries — is real, on a real database.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import sharp from "sharp";
import { truncateAll, databaseForThisFile } from "../support/database";
import { databaseFingerprint, seedEditorFixture, type EditorFixture } from "../support/editor-fixtures";

process.env.AUTH_SECRET = "test-secret-test-secret-test-secret-0123456789";
process.env.DATA_DIR = mkdtempSync(path.join(tmpdir(), "dispatch-authz-"));

const session = vi.hoisted(() => ({ userId: null as number | null }));
vi.mock("@/auth", () => ({
  // A live session as lib/auth/session-policy.ts shapes it: version 1 (a new user's), signed in now.
  auth: async () =>
    session.userId
      ? {
          user: { id: String(session.userId) },
          sid: "test-session",
          sv: 1,
          since: Math.floor(Date.now() / 1000),
          expires: "2999-01-01T00:00:00Z",
        }
      : null,
  signIn: async () => {
    throw new Error("signIn reached");
  },
  signOut: async () => undefined,
  handlers: {},
}));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
// Outside a request Next's request-scoped helpers throw; they are Next's, not ours.
vi.mock("next/server", async (importOriginal) => ({ ...(await importOriginal<object>()), connection: async () => {}, after: () => {} }));
// Outside a request Next's cache and navigation helpers throw; they are Next's, not ours.
vi.mock("next/cache", () => ({ updateTag: () => {}, revalidateTag: () => {}, refresh: () => {} }));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`NEXT_REDIRECT ${url}`);
  },
  notFound: () => {
    throw new Error("NEXT_NOT_FOUND");
  },
}));

type Role = "owner" | "editor" | "contributor";
type Args = (f: EditorFixture) => unknown[];

const fd = (values: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(values)) form.set(k, v);
  return form;
};

const draftFor = (f: EditorFixture, slug: string) => ({
  title: "Changed",
  slug,
  summary: "Changed.",
  categoryIds: [f.categories.china.id],
  authorId: null,
  cover: null,
  seoTitle: "",
  seoDescription: "",
  sections: [{ key: "a", kind: "story", title: "Changed", tldr: "", sourceUrl: null, body: "x", figure: null, items: [] }],
});

/**
 * Every action, with arguments that would change something if the guard were missing.
 * `role`: the least role allowed. `othersIssue`: the contributor-level check that matters is
 * object-level (a contributor acting on someone else's issue or upload). `open`: reachable without a session.
 */
const actions: Record<string, { role?: Role; open?: string; othersIssue?: boolean; signsIn?: true; args: Args }> = {
  "session.signInWithPassword": { open: "the sign-in itself", args: () => [null, fd({ email: "", password: "" })] },
  "session.signOutOfEditor": { open: "signing out needs no rights", args: () => [] },
  "session.setUpFirstOwner": {
    open: "only while no user exists",
    args: () => [null, fd({ name: "Mallory", email: "m@example.com", password: "a long enough password" })],
  },
  "issues.createIssue": { role: "contributor", args: () => [null, fd({ title: "Sneaky" })] },
  "issues.saveIssue": {
    role: "contributor",
    othersIssue: true,
    args: (f) => [{ id: f.issues.ownerDraft, version: 1, draft: draftFor(f, "owner-draft") }],
  },
  "issues.restoreRevision": {
    role: "contributor",
    othersIssue: true,
    args: (f) => [{ issueId: f.issues.ownerDraft, revisionId: 1, version: 1 }],
  },
  "issues.listRevisions": { role: "contributor", othersIssue: true, args: (f) => [f.issues.ownerDraft] },
  "issues.deleteIssue": { role: "contributor", othersIssue: true, args: (f) => [f.issues.ownerDraft] },
  "publishing.publishIssue": { role: "editor", args: (f) => [{ id: f.issues.codyDraft, version: 1 }] },
  "publishing.scheduleIssue": {
    role: "editor",
    args: (f) => [{ id: f.issues.codyDraft, version: 1, at: new Date(Date.now() + 3_600_000).toISOString() }],
  },
  "publishing.unpublishIssue": { role: "editor", args: (f) => [{ id: f.issues.live, version: 2 }] },
  "categories.saveCategory": { role: "editor", args: () => [null, fd({ name: "Space", slug: "space", position: "3", description: "" })] },
  "categories.deleteCategory": { role: "editor", args: (f) => [f.categories.unused.id] },
  "authors.saveAuthor": {
    role: "editor",
    args: () => [null, fd({ name: "Bob", slug: "bob", bio: "", photo: "", photoAlt: "", links: "" })],
  },
  "events.saveEvent": {
    role: "editor",
    args: () => [
      null,
      fd({ title: "Trip", slug: "trip", startsAt: "2099-02-01", endsAt: "2099-02-03", location: "", summary: "", url: "" }),
    ],
  },
  "events.deleteEvent": { role: "editor", args: (f) => [f.event.id] },
  "users.inviteUser": { role: "owner", args: () => [null, fd({ name: "New", email: "new@example.com", role: "owner" })] },
  "users.inviteAgain": { role: "owner", args: (f) => [f.users.cody.id] },
  "users.revokeUserSessions": { role: "owner", args: (f) => [f.users.cody.id] },
  // The new password signs this browser in again (signIn), which the stand-in for @/auth reports.
  "account.changePassword": {
    role: "contributor",
    signsIn: true,
    args: () => [null, fd({ current: "a long enough password", password: "another long password" })],
  },
  "account.signOutEverywhere": { role: "contributor", args: () => [] },
  "password-reset.requestPasswordReset": {
    open: "whoever forgot the password has no session (same reply for any address, limits)",
    args: () => [null, fd({ email: "not an address" })],
  },
  "password-reset.setPasswordWithToken": {
    open: "the link's 256-bit single-use token is the credential",
    args: () => [null, fd({ token: "x".repeat(43), password: "a long enough password" })],
  },
  "users.updateUser": { role: "owner", args: (f) => [{ id: f.users.cody.id, role: "owner" }] },
  "media.listMedia": { role: "contributor", args: () => [] },
  "media.describeMedia": {
    role: "contributor",
    othersIssue: true,
    args: (f) => [null, fd({ id: String(f.image.id), alt: "Changed", credit: "Changed" })],
  },
  "newsletter-signup.subscribeToNewsletter": {
    open: "visitors subscribe (@public: honeypot, rate limits, double opt-in)",
    args: () => [{ status: "idle", message: "", email: "" }, fd({ email: "not an address", source: "/" })],
  },
  "newsletter.startIssueSend": {
    role: "editor",
    args: (f) => [null, fd({ issueId: String(f.issues.live), audience: "all", confirm: "send" })],
  },
  "newsletter.sendTestIssueMail": { role: "editor", args: (f) => [null, fd({ issueId: String(f.issues.live) })] },
  "subscribers.unsubscribeSubscriber": { role: "editor", args: () => [null, fd({ id: "1" })] },
  "subscribers.eraseSubscriberEverywhere": { role: "editor", args: () => [null, fd({ id: "1" })] },
  "subscriber-import.sendImportedConfirmations": { role: "editor", args: () => [null, fd({ confirm: "yes" })] },
};

const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/** Files whose first statement is "use server" (comments before it allowed). */
function serverActionFiles(): string[] {
  return ["actions", "app", "lib", "components", "db"]
    .flatMap((d) => sourceFiles(path.join(root, d)))
    .filter((file) => /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(readFileSync(file, "utf8")));
}

async function discoverActions(): Promise<Array<{ name: string; fn: (...args: unknown[]) => Promise<unknown> }>> {
  const found = [];
  for (const file of serverActionFiles()) {
    const mod = (await import(file)) as Record<string, unknown>;
    const base = path.basename(file).replace(/\.tsx?$/, "");
    for (const [exportName, value] of Object.entries(mod)) {
      if (typeof value === "function") found.push({ name: `${base}.${exportName}`, fn: value as (...args: unknown[]) => Promise<unknown> });
    }
  }
  return found;
}

/** Route handlers outside the reader and Auth.js's own endpoints. */
const routes: Record<string, { role?: Role; token?: true; params?: Record<string, string>; request: () => Promise<Request> }> = {
  "app/editor/media/upload/route.ts:POST": {
    role: "contributor",
    request: async () =>
      new Request("http://localhost/editor/media/upload", {
        method: "POST",
        headers: { origin: "http://localhost", host: "localhost", "sec-fetch-site": "same-origin", "x-file-name": "a.png" },
        body: new Uint8Array(
          await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } })
            .png()
            .toBuffer(),
        ),
      }),
  },
  "app/api/cron/publish-due/route.ts:POST": {
    token: true,
    request: async () => new Request("http://localhost/api/cron/publish-due", { method: "POST" }),
  },
  "app/editor/newsletters/[issueId]/progress/route.ts:GET": {
    role: "editor",
    params: { issueId: "1" },
    request: async () => new Request("http://localhost/editor/newsletters/1/progress"),
  },
  "app/editor/subscribers/export/route.ts:GET": {
    role: "editor",
    request: async () => new Request("http://localhost/editor/subscribers/export"),
  },
  "app/editor/audit/export/route.ts:GET": { role: "owner", request: async () => new Request("http://localhost/editor/audit/export") },
  "app/editor/import/subscribers/route.ts:POST": {
    role: "editor",
    request: async () =>
      new Request("http://localhost/editor/import/subscribers?mode=preview", {
        method: "POST",
        headers: { origin: "http://localhost", host: "localhost", "sec-fetch-site": "same-origin" },
        body: "email,subscribed_to_emails,created_at\nsomeone@example.com,true,2024-01-01T00:00:00Z\n",
      }),
  },
  "app/editor/import/issues/route.ts:POST": {
    role: "editor",
    request: async () =>
      new Request("http://localhost/editor/import/issues", {
        method: "POST",
        headers: { origin: "http://localhost", host: "localhost", "sec-fetch-site": "same-origin" },
        body: `<rss version="2.0"><channel><item><title>T</title><link>https://old.example.com/1</link><description>x</description></item></channel></rss>`,
      }),
  },
};
const publicRoutes = [
  "app/api/auth/[...nextauth]/route.ts",
  "app/api/health/route.ts",
  "app/media/[...key]/route.ts",
  "app/feed.xml/route.ts",
  // The sitemap (and its files past 50,000 URLs) lists published pages only.
  "app/sitemap.xml/route.ts",
  "app/sitemaps/[file]/route.ts",
  // Newsletter links from mail: the token in them is the credential (tests/newsletter cover forged ones).
  "app/api/newsletter/confirm/route.ts",
  "app/api/newsletter/unsubscribe/route.ts",
  // Open pixels and tracked links in issue mail: signed per recipient (tests/newsletter/tracking.test.ts covers forged ones).
  "app/t/o/[token]/route.ts",
  "app/t/c/[token]/route.ts",
  // JPEG twins of the published SVG covers (JSON-LD, RSS): a path checked against the cover files, nothing else.
  "app/raster/[...path]/route.ts",
];

function routeFiles(): string[] {
  return sourceFiles(path.join(root, "app"))
    .filter((f) => path.basename(f) === "route.ts")
    .map((f) => path.relative(root, f))
    .filter((f) => !f.startsWith("app/(site)/") && !publicRoutes.includes(f));
}

function isRefusal(result: unknown, code: "unauthorized" | "forbidden"): boolean {
  return (
    typeof result === "object" &&
    result !== null &&
    (result as { ok?: boolean }).ok === false &&
    (result as { code?: string }).code === code
  );
}

let f: EditorFixture;
const database = databaseForThisFile(async (db) => {
  session.userId = null;
  f = await seedEditorFixture(db);
});

const engine = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";

/**
 * Actions not written with lib/editor-action.ts, each with the reason. The signup answers in its
 * form's own state ({ status, message }), and its parse, honeypot and limits are handleSignup's.
 */
const notThroughTheHelper: Record<string, string> = {
  "newsletter-signup.subscribeToNewsletter": "the visitor's signup form state; validated by lib/newsletter/subscription.ts",
};

/** Exported names of a "use server" file that are not `export const x = editorAction(…)` or `editorFormAction(…)`. */
function exportsOutsideTheHelper(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const base = path.basename(file).replace(/\.tsx?$/, "");
  const all = [...source.matchAll(/^export (?:async function|const|function|let|var) (\w+)/gm)].map((m) => m[1]);
  const helped = new Set([...source.matchAll(/^export const (\w+) = editor(?:Form)?Action\(/gm)].map((m) => m[1]));
  return all.filter((name) => !helped.has(name)).map((name) => `${base}.${name}`);
}

describe(`authorization of every server action (${engine})`, () => {
  it("writes every action with the one helper (guard, parse, reply shape)", () => {
    const outside = serverActionFiles().flatMap(exportsOutsideTheHelper);
    expect(outside.filter((name) => !(name in notThroughTheHelper))).toEqual([]);
    expect(
      Object.keys(notThroughTheHelper).filter((name) => !outside.includes(name)),
      "listed as outside the helper, but it uses it now",
    ).toEqual([]);
  });

  it("lists every exported action with the role it needs", async () => {
    const names = (await discoverActions()).map((a) => a.name).sort();
    expect(names.length).toBeGreaterThan(10);
    const unlisted = names.filter((n) => !(n in actions));
    expect(unlisted, "a new server action must be listed here with the role it needs").toEqual([]);
    expect(
      Object.keys(actions).filter((n) => !names.includes(n)),
      "listed actions that no longer exist",
    ).toEqual([]);
  });

  it("refuses every guarded action without a session, a disabled user, or too low a role; the database is unchanged", async () => {
    const lower: Record<Role, Role | null> = { owner: "editor", editor: "contributor", contributor: null };
    for (const { name, fn } of await discoverActions()) {
      const spec = actions[name];
      if (!spec || spec.open) continue;
      const callers: Array<[label: string, userId: number | null, code: "unauthorized" | "forbidden"]> = [
        ["no session", null, "unauthorized"],
        ["a disabled owner", f.users.disabled.id, "unauthorized"],
      ];
      const low = lower[spec.role!];
      if (low)
        callers.push([`a ${low}`, { editor: f.users.editor.id, contributor: f.users.cody.id, owner: f.users.owner.id }[low], "forbidden"]);
      if (spec.othersIssue) callers.push(["a contributor on someone else's issue", f.users.cara.id, "forbidden"]);
      for (const [label, userId, code] of callers) {
        session.userId = userId;
        const before = await databaseFingerprint(database().db);
        const result = await fn(...spec.args(f)).catch((err: Error) => ({ threw: err.message }));
        expect(isRefusal(result, code), `${name} called by ${label} returned ${JSON.stringify(result)}`).toBe(true);
        expect(await databaseFingerprint(database().db), `${name} called by ${label} changed the database`).toEqual(before);
      }
    }
  });

  it("lets the open actions change nothing when called with no session", async () => {
    for (const { name, fn } of await discoverActions()) {
      if (!actions[name]?.open) continue;
      const before = await databaseFingerprint(database().db);
      const result = await fn(...actions[name].args(f)).catch((err: Error) => ({ threw: err.message }));
      expect(result, name).not.toMatchObject({ ok: true });
      expect(await databaseFingerprint(database().db), `${name} changed the database`).toEqual(before);
    }
  });

  it("accepts each action from a role that has the right (so the refusals above mean something)", async () => {
    for (const { name, fn } of await discoverActions()) {
      const spec = actions[name];
      if (!spec || spec.open) continue;
      await truncateAll(database().db);
      f = await seedEditorFixture(database().db);
      session.userId = { owner: f.users.owner.id, editor: f.users.editor.id, contributor: f.users.cody.id }[spec.role!];
      if (spec.othersIssue) session.userId = f.users.owner.id;
      const result = await fn(...spec.args(f)).catch((err: Error) => ({ threw: err.message }));
      const threw = (result as { threw?: string } | undefined)?.threw ?? "";
      // A form action such as signOutEverywhere returns nothing when it has done its work.
      const accepted =
        result === undefined ||
        (result as { ok?: boolean }).ok === true ||
        /NEXT_REDIRECT/.test(threw) ||
        (!!spec.signsIn && threw === "signIn reached");
      expect(accepted, `${name} as ${spec.role} returned ${JSON.stringify(result)}`).toBe(true);
    }
  });
});

describe(`authorization of every editor route handler (${engine})`, () => {
  it("lists every route handler outside the reader", () => {
    const listed = new Set(Object.keys(routes).map((k) => k.split(":")[0]));
    expect(
      routeFiles().filter((r) => !listed.has(r)),
      "a new route handler must be listed here",
    ).toEqual([]);
  });

  it("refuses each without a session or token and changes nothing; accepts it with one", async () => {
    const { jobToken } = await import("@/lib/auth/job-token");
    for (const [key, spec] of Object.entries(routes)) {
      const [file, method] = key.split(":");
      const mod = (await import(path.join(root, file))) as Record<
        string,
        (r: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>
      >;
      const context = () => ({ params: Promise.resolve(spec.params ?? {}) });
      for (const userId of [null, f.users.disabled.id, ...(spec.token ? [f.users.owner.id] : [])]) {
        session.userId = userId;
        const before = await databaseFingerprint(database().db);
        const response = await mod[method](await spec.request(), context());
        expect([401, 403], `${key} as ${userId ?? "nobody"} answered ${response.status}`).toContain(response.status);
        expect(await databaseFingerprint(database().db), `${key} changed the database`).toEqual(before);
      }
      session.userId = { owner: f.users.owner.id, editor: f.users.editor.id, contributor: f.users.cody.id }[spec.role ?? "contributor"];
      const request = await spec.request();
      if (spec.token) request.headers.set("authorization", `Bearer ${jobToken()}`);
      const accepted = await mod[method](request, context());
      expect(accepted.status, `${key} with the right credentials`).toBeLessThan(300);
    }
  });
});
