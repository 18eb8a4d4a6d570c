/**
 * The editor against bad input of its own kind: schedule dates that are not dates or are past, a
 * session cookie of a disabled user on every editor page, page numbers that are not pages (reader
 * archive and editor lists), and spreadsheet formulas in the subscriber CSV export.
 */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { createElement, type ReactElement } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { session, installFakes } from "./fakes";
import { databaseForThisFile } from "../support/database";
import { databaseFingerprint, seedEditorFixture, type EditorFixture } from "../support/editor-fixtures";

installFakes("guards");
const engine = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const root = path.resolve(__dirname, "../..");

let f: EditorFixture;
const database = databaseForThisFile(async (db) => {
  f = await seedEditorFixture(db);
  session.userId = null;
});

/** Renders an element to HTML, collecting the errors thrown while rendering (redirects, 404s). */
async function renderCollecting(element: ReactElement): Promise<{ html: string; errors: string[] }> {
  const errors: string[] = [];
  const { prelude } = await prerenderToNodeStream(element, { onError: (e) => void errors.push((e as Error).message) });
  let html = "";
  for await (const chunk of prelude) html += Buffer.from(chunk as Uint8Array).toString("utf8");
  return { html, errors };
}

/** Calls a page like Next does and renders it; a thrown redirect or 404 is returned as an error. */
async function visit(file: string, props: Record<string, unknown>) {
  const Page = ((await import(path.join(root, file))) as { default: (p: unknown) => ReactElement | Promise<ReactElement> }).default;
  try {
    return await renderCollecting(await Page(props));
  } catch (err) {
    return { html: "", errors: [(err as Error).message] };
  }
}

function pageFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) return pageFiles(rel);
    return name === "page.tsx" ? [rel] : [];
  });
}

describe(`scheduling with dates that are not usable (${engine})`, () => {
  it.each([
    ["not a date", "next tuesday"],
    ["empty", ""],
    ["31 February", "2099-02-31T10:00:00Z"],
    ["month 13", "2099-13-01T10:00:00Z"],
    ["hour 25", "2099-01-01T25:00:00Z"],
    ["no time zone", "2099-01-01T10:00:00"],
    ["beyond JavaScript dates", "+275760-09-14T00:00:00Z"],
    ["a number", 4102444800000],
    ["null", null],
    ["the past", "2020-01-01T10:00:00Z"],
    ["just now", "NOW"],
  ])("%s is refused with a message, nothing stored", async (_label, at) => {
    session.userId = f.users.editor.id;
    const value = at === "NOW" ? new Date().toISOString() : at;
    const { scheduleIssue } = await import("@/actions/publishing");
    const before = await databaseFingerprint(database().db);
    const result = (await scheduleIssue({ id: f.issues.codyDraft, version: 1, at: value as string })) as {
      ok: boolean;
      fieldErrors?: Record<string, string>;
    };
    expect(result.ok, JSON.stringify(result)).toBe(false);
    expect(result.fieldErrors?.at).toMatch(/Pick a date and time|Pick a time in the future/);
    expect(await databaseFingerprint(database().db)).toEqual(before);
  });

  it("a real future time is accepted (so the refusals above mean something)", async () => {
    session.userId = f.users.editor.id;
    const { scheduleIssue } = await import("@/actions/publishing");
    expect(await scheduleIssue({ id: f.issues.codyDraft, version: 1, at: "2099-01-01T10:00:00+02:00" })).toMatchObject({
      ok: true,
      status: "scheduled",
      scheduledFor: "2099-01-01T08:00:00.000Z",
    });
  });
});

describe(`a session cookie for a disabled user (${engine})`, () => {
  const secrets = ["Owner draft", "Cody draft", "owner@example.com", "cody@example.com"];
  const props = { params: Promise.resolve({ id: "1", issueId: "1" }), searchParams: Promise.resolve({}) };

  it("is sent to sign-in by every editor page and its layout, and sees none of their data", async () => {
    const files = pageFiles("app/editor").filter((p) => !p.includes("(auth)"));
    expect(files.length).toBeGreaterThan(10);
    const { default: Layout } = (await import("@/app/editor/(app)/layout")) as {
      default: (p: { children: React.ReactNode }) => ReactElement;
    };
    for (const file of files) {
      // Owner first, so a page that renders nothing for anyone does not pass by accident.
      session.userId = f.users.owner.id;
      const allowed = await visit(file, props);
      expect(
        allowed.errors.filter((e) => /\/editor\/login/.test(e)),
        `${file} as owner`,
      ).toEqual([]);
      session.userId = f.users.disabled.id;
      const visited = await visit(file, props);
      const shell = file.includes("(app)")
        ? await renderCollecting(createElement(Layout, null, "page"))
        : { html: "", errors: ["NEXT_REDIRECT /editor/login"] };
      expect(
        [...visited.errors, ...shell.errors].some((e) => e === "NEXT_REDIRECT /editor/login"),
        `${file}: ${visited.errors.join(", ")}`,
      ).toBe(true);
      for (const s of secrets) expect(visited.html + shell.html, `${file} shows ${s}`).not.toContain(s);
    }
  });
});

describe(`page numbers that are not pages (${engine})`, () => {
  it.each(["-1", "0", "1000000000", "abc", "1e3", "02", "2.5", "%00", "999999"])("/issues/page/%s is a 404, not an error", async (n) => {
    const result = await visit("app/(site)/issues/page/[page]/page.tsx", { params: Promise.resolve({ page: n }) });
    expect(result.errors).toEqual(["NEXT_NOT_FOUND"]);
  });

  it("editor lists take any page, status or query value without failing", async () => {
    session.userId = f.users.owner.id;
    await database().db.execute(sql`insert into subscribers (email, status) values ('s@example.com', 'pending')`);
    const cases: Array<[string, Record<string, string>]> = [
      ["app/editor/(app)/subscribers/page.tsx", { page: "-1" }],
      ["app/editor/(app)/subscribers/page.tsx", { page: "0" }],
      ["app/editor/(app)/subscribers/page.tsx", { page: "1000000000" }],
      ["app/editor/(app)/subscribers/page.tsx", { page: "abc", status: "<script>", q: "%' or 1=1 --" }],
      ["app/editor/(app)/issues/page.tsx", { status: "deleted", q: "x".repeat(5000) }],
      ["app/editor/(app)/outbox/page.tsx", { id: "abc", page: "-5" }],
      ["app/editor/(app)/outbox/page.tsx", { id: "99999999999999999999" }],
    ];
    for (const [file, query] of cases) {
      const result = await visit(file, { searchParams: Promise.resolve(query) });
      expect(result.errors, `${file} ${JSON.stringify(query)}`).toEqual([]);
      expect(result.html.length).toBeGreaterThan(100);
    }
    for (const id of ["abc", "-1", "0", "1e9", "99999999999999999999"]) {
      const result = await visit("app/editor/(app)/issues/[id]/page.tsx", { params: Promise.resolve({ id }) });
      expect(result.errors, `issue ${id}`).toEqual(["NEXT_NOT_FOUND"]);
    }
  });
});

describe(`subscriber CSV export (${engine})`, () => {
  it("neutralises cells that start with = + - @ tab or CR, and keeps the text", async () => {
    const db = database().db;
    await db.execute(sql`insert into subscribers (email, status, consent_text, consent_source, interests) values
      ('=1+2@example.com', 'confirmed', '=HYPERLINK("https://evil.example","x")', '/', '[]'),
      ('+1@example.com', 'pending', '+cmd|'' /C calc''!A0', '/', '[]'),
      ('-1@example.com', 'pending', '-2+3', '/', '["-x"]'),
      ('at@example.com', 'pending', '@SUM(1+1)', '/', '[]'),
      ('tab@example.com', 'pending', E'\t=1+2', '/', '[]'),
      ('cr@example.com', 'pending', E'\r=1+2', '/', '[]')`);
    session.userId = f.users.editor.id;
    const before = await databaseFingerprint(db);
    const { GET } = await import("@/app/editor/subscribers/export/route");
    const response = await GET();
    expect(response.status).toBe(200);
    const csv = await response.text();
    // Split into cells (every cell is quoted; quotes inside are doubled).
    const cells = [...csv.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
    const dangerous = cells.filter((c) => /^[=+\-@\t\r]/.test(c));
    expect(dangerous).toEqual([]);
    for (const text of [
      "'=1+2@example.com",
      '\'=HYPERLINK("https://evil.example","x")',
      "'+1@example.com",
      "'-2+3",
      "'@SUM(1+1)",
      "'\t=1+2",
      "'\r=1+2",
      "'-x",
    ])
      expect(cells).toContain(text);
    // Nothing changed but the audit trail's record of the export.
    const { audit_events: trail, ...rest } = await databaseFingerprint(db);
    const { audit_events: trailBefore, ...restBefore } = before;
    expect(rest).toEqual(restBefore);
    expect(trail).not.toEqual(trailBefore);
  });
});

describe(`no open redirect after sign-in (${engine})`, () => {
  it.each([
    "//evil.example",
    "https://evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "/editor@evil.example",
    "\t//evil.example",
    "/editor/../../\\evil.example",
    "/%2f%2fevil.example",
  ])("next=%j stays on the site", async (next) => {
    const { signInWithPassword } = await import("@/actions/session");
    session.signInRedirect = null;
    const form = new FormData();
    for (const [k, v] of Object.entries({ email: "owner@example.com", password: "a long enough password", next })) form.set(k, v);
    const result = await signInWithPassword(null, form);
    // Where the form then loads the page, and what Auth.js was told: both stay on the site.
    expect(result.ok).toBe(true);
    for (const where of [result.ok ? result.to : "", session.signInRedirect!]) {
      const target = new URL(where, "https://dispatch.test");
      expect(target.origin).toBe("https://dispatch.test");
      expect(target.pathname.startsWith("/editor")).toBe(true);
    }
  });
});
