/**
 * Sessions, passwords, lockout and the audit trail, through the real actions, guard and queries on
 * a real database (PGlite, or PostgreSQL with TEST_DATABASE_URL) and real SMTP into a sink. Only
 * Auth.js's request-scoped cookie handling is stood in for (tests/security/fakes.ts): the session
 * it returns carries the same claims Auth.js's callbacks put in the cookie.
 */
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { session, installFakes } from "./fakes";
import { databaseForThisFile } from "../support/database";
import { seedEditorFixture, type EditorFixture } from "../support/editor-fixtures";
import { mailSinkForThisFile } from "../support/mail-sink";

installFakes("accounts");

const engine = process.env.TEST_DATABASE_URL ? "postgres" : "pglite";
const fd = (values: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(values)) form.set(k, v);
  return form;
};
const PASSWORD = "a long enough password";

let f: EditorFixture;
const database = databaseForThisFile(async (db) => {
  f = await seedEditorFixture(db);
});

const sink = mailSinkForThisFile();
beforeEach(() => {
  Object.assign(session, {
    userId: null,
    sessionId: "test-session",
    version: 1,
    signedInAt: null,
    signInRedirect: null,
    address: `198.51.100.${Math.floor(Math.random() * 250)}`,
  });
});

/** Plays a browser holding the cookie of `userId`'s session `sessionId`, and asks the real guard. */
async function guardAs(userId: number, sessionId = "test-session", version = 1, signedInAt: number | null = null) {
  Object.assign(session, { userId, sessionId, version, signedInAt });
  const { requireRole } = await import("@/lib/auth");
  return requireRole("contributor");
}

async function auditKinds(): Promise<string[]> {
  const rows = await database().db.execute<{ kind: string }>(sql`select kind from audit_events order by id`);
  return rows.rows.map((r) => r.kind);
}

/** The password link in the last mail the sink caught for `to`. */
async function linkInMail(to: string): Promise<string> {
  await sink().waitFor((m) => m.some((x) => x.to === to));
  const mail = await sink().parse(
    sink()
      .messages.filter((m) => m.to === to)
      .at(-1)!,
  );
  const match = /https?:\/\/\S+\/editor\/password\?token=[A-Za-z0-9_-]+/.exec(mail.text ?? "");
  expect(match, "a password link in the mail").not.toBeNull();
  return match![0];
}

describe(`sessions (${engine})`, () => {
  it("signing out revokes that session: the same cookie is refused afterwards, other sessions stay", async () => {
    expect(await guardAs(f.users.editor.id, "laptop")).toMatchObject({ ok: true });
    const { signOutOfEditor } = await import("@/actions/session");
    await signOutOfEditor();
    expect(await guardAs(f.users.editor.id, "laptop")).toMatchObject({ ok: false, code: "unauthorized" });
    expect(await guardAs(f.users.editor.id, "phone")).toMatchObject({ ok: true });
    expect(await auditKinds()).toContain("sign-out");
  });

  it("sign out everywhere ends every session of the user, and only theirs", async () => {
    await guardAs(f.users.editor.id, "laptop");
    const { signOutEverywhere } = await import("@/actions/account");
    expect(await signOutEverywhere()).toBeUndefined();
    expect(await guardAs(f.users.editor.id, "laptop")).toMatchObject({ ok: false });
    expect(await guardAs(f.users.editor.id, "phone")).toMatchObject({ ok: false });
    expect(await guardAs(f.users.owner.id, "phone")).toMatchObject({ ok: true });
    expect(await auditKinds()).toContain("sign-out-everywhere");
  });

  it("a session ends 30 days after sign-in however often it was refreshed, and a refreshed token never outlives that", async () => {
    const { sessionToken, cappedMaxAge, SESSION_ABSOLUTE_SECONDS } = await import("@/lib/auth/session-policy");
    const now = Math.floor(Date.now() / 1000);
    const old = { uid: String(f.users.editor.id), sid: "s", sv: 1, since: now - SESSION_ABSOLUTE_SECONDS - 1 };
    expect(sessionToken({ token: old })).toBeNull();
    expect(await guardAs(f.users.editor.id, "s", 1, old.since)).toMatchObject({ ok: false, code: "unauthorized" });
    const nearEnd = { ...old, since: now - SESSION_ABSOLUTE_SECONDS + 60 };
    expect(sessionToken({ token: nearEnd })).toEqual(nearEnd);
    expect(cappedMaxAge(nearEnd, 7 * 24 * 3600)).toBeLessThanOrEqual(60);
    expect(await guardAs(f.users.editor.id, "s", 1, nearEnd.since)).toMatchObject({ ok: true });
    // A cookie from before sessions had these claims names nobody.
    expect(sessionToken({ token: { uid: "1" } })).toBeNull();
  });

  it("an owner revokes another user's sessions", async () => {
    expect(await guardAs(f.users.cody.id, "codys-laptop")).toMatchObject({ ok: true });
    session.userId = f.users.owner.id;
    const { revokeUserSessions } = await import("@/actions/users");
    expect(await revokeUserSessions(f.users.cody.id)).toEqual({ ok: true });
    expect(await guardAs(f.users.cody.id, "codys-laptop")).toMatchObject({ ok: false, code: "unauthorized" });
    expect(await auditKinds()).toContain("sessions-revoke");
  });
});

describe(`passwords (${engine})`, () => {
  it("a password change needs the current password, ends the other sessions and signs this one in again", async () => {
    const { changePassword } = await import("@/actions/account");
    const { checkCredentials } = await import("@/lib/auth/sign-in");
    await guardAs(f.users.editor.id, "laptop");
    expect(await changePassword(null, fd({ current: "not my password", password: "a brand new password" }))).toMatchObject({
      ok: false,
      fieldErrors: { current: "That is not your current password." },
    });
    await expect(changePassword(null, fd({ current: PASSWORD, password: "a brand new password" }))).resolves.toEqual({ ok: true });
    expect(session.signInRedirect).toBe("/editor/account?changed=1");
    expect(await guardAs(f.users.editor.id, "phone")).toMatchObject({ ok: false });
    expect(await checkCredentials({ email: "editor@example.com", password: PASSWORD }, "198.51.100.1")).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await checkCredentials({ email: "editor@example.com", password: "a brand new password" }, "198.51.100.1")).toMatchObject({
      ok: true,
      sessionVersion: 2,
    });
    expect(await auditKinds()).toContain("password-change");
  });

  it("a reset link is mailed for a real login, the reply is the same for an unknown one, and the link works once", async () => {
    const { requestPasswordReset, setPasswordWithToken } = await import("@/actions/password-reset");
    const known = await requestPasswordReset(null, fd({ email: "Owner@Example.com" }));
    const unknown = await requestPasswordReset(null, fd({ email: "nobody@example.com" }));
    expect(unknown).toEqual(known);
    expect(known).toMatchObject({ ok: true });
    const link = await linkInMail("owner@example.com");
    expect(sink().messages.map((m) => m.to)).toEqual(["owner@example.com"]);
    const token = new URL(link).searchParams.get("token")!;
    const stored = await database().db.execute<{ token_hash: string }>(sql`select token_hash from account_tokens`);
    expect(stored.rows.map((r) => r.token_hash)).not.toContain(token);

    await expect(setPasswordWithToken(null, fd({ token, password: "the owner's new password" }))).resolves.toEqual({ ok: true });
    expect(session.signInRedirect).toBe("/editor");
    const { checkCredentials } = await import("@/lib/auth/sign-in");
    expect(await checkCredentials({ email: "owner@example.com", password: "the owner's new password" }, "198.51.100.1")).toMatchObject({
      ok: true,
    });
    expect(await guardAs(f.users.owner.id, "old-session")).toMatchObject({ ok: false });
    expect(await setPasswordWithToken(null, fd({ token, password: "someone else's password" }))).toMatchObject({
      ok: false,
      code: "invalid-link",
    });
    expect(await auditKinds()).toEqual(expect.arrayContaining(["password-reset-request", "password-reset"]));
  });

  it("an expired reset link is refused", async () => {
    const { requestPasswordReset, setPasswordWithToken } = await import("@/actions/password-reset");
    await requestPasswordReset(null, fd({ email: "editor@example.com" }));
    const token = new URL(await linkInMail("editor@example.com")).searchParams.get("token")!;
    await database().db.execute(sql`update account_tokens set expires_at = now() - interval '1 second'`);
    expect(await setPasswordWithToken(null, fd({ token, password: "the editor's new password" }))).toMatchObject({
      ok: false,
      code: "invalid-link",
    });
  });

  it("an invited person chooses their own password through the link in the mail; the owner never types one", async () => {
    session.userId = f.users.owner.id;
    const { inviteUser } = await import("@/actions/users");
    expect(await inviteUser(null, fd({ name: "Ivy Invited", email: "ivy@example.com", role: "editor" }))).toEqual({ ok: true });
    const link = await linkInMail("ivy@example.com");
    const mail = await sink().parse(sink().messages.at(-1)!);
    expect(mail.subject).toBe("You are invited to the Dispatch editor");
    const { checkCredentials } = await import("@/lib/auth/sign-in");
    const { setPasswordWithToken } = await import("@/actions/password-reset");
    session.userId = null;
    const token = new URL(link).searchParams.get("token")!;
    await expect(setPasswordWithToken(null, fd({ token, password: "ivy's own password" }))).resolves.toEqual({ ok: true });
    expect(await checkCredentials({ email: "ivy@example.com", password: "ivy's own password" }, "198.51.100.1")).toMatchObject({
      ok: true,
      user: { role: "editor" },
    });
    expect(await setPasswordWithToken(null, fd({ token, password: "a takeover password" }))).toMatchObject({
      ok: false,
      code: "invalid-link",
    });
    expect(await auditKinds()).toEqual(expect.arrayContaining(["user-create", "invitation", "invitation-accepted", "sign-in"]));
  });
});

describe(`lockout cannot be used against someone (${engine})`, () => {
  it("many addresses guessing the owner's password slow the account down but the right password from a clean address gets in", async () => {
    const { checkCredentials, MAX_ACCOUNT_DELAY_MS } = await import("@/lib/auth/sign-in");
    const owner = { email: "owner@example.com", password: PASSWORD };
    // 12 wrong passwords from 3 addresses, 4 each: no pair reaches its limit, the account's delay reaches its cap.
    for (let i = 0; i < 12; i++) {
      expect(await checkCredentials({ email: owner.email, password: `guess ${i}` }, `203.0.113.${i % 3}`)).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    const started = Date.now();
    expect(await checkCredentials(owner, "198.51.100.77")).toMatchObject({ ok: true, user: { role: "owner" } });
    expect(Date.now() - started).toBeLessThan(MAX_ACCOUNT_DELAY_MS + 2_000);
    // Once the owner is in, the slowdown is forgotten.
    const again = Date.now();
    expect(await checkCredentials(owner, "198.51.100.77")).toMatchObject({ ok: true });
    expect(Date.now() - again).toBeLessThan(MAX_ACCOUNT_DELAY_MS);
  }, 120_000);

  it("locks one account from one address after 5 failures, not the account elsewhere; an IPv6 /64 is one address", async () => {
    const { checkCredentials } = await import("@/lib/auth/sign-in");
    for (let i = 0; i < 5; i++) await checkCredentials({ email: "owner@example.com", password: `guess ${i}` }, `2001:db8:1:2::${i + 1}`);
    expect(await checkCredentials({ email: "owner@example.com", password: PASSWORD }, "2001:db8:1:2:ffff::9")).toEqual({
      ok: false,
      reason: "locked",
    });
    expect(await checkCredentials({ email: "owner@example.com", password: PASSWORD }, "2001:db8:1:3::1")).toMatchObject({ ok: true });
    expect(await auditKinds()).toContain("lockout");
  }, 60_000);

  it("one address guessing many accounts is blocked for all of them after 10 failures", async () => {
    const { checkCredentials } = await import("@/lib/auth/sign-in");
    for (let i = 0; i < 10; i++) await checkCredentials({ email: `user${i}@example.com`, password: "x" }, "203.0.113.200");
    expect(await checkCredentials({ email: "owner@example.com", password: PASSWORD }, "203.0.113.200")).toEqual({
      ok: false,
      reason: "locked",
    });
    expect(await checkCredentials({ email: "owner@example.com", password: PASSWORD }, "203.0.113.201")).toMatchObject({ ok: true });
  }, 60_000);
});

describe(`audit trail (${engine})`, () => {
  it("records role changes, disabling, erasures and exports with masked addresses and no secret", async () => {
    session.userId = f.users.owner.id;
    const { updateUser } = await import("@/actions/users");
    expect(await updateUser({ id: f.users.cody.id, role: "editor" })).toEqual({ ok: true });
    expect(await updateUser({ id: f.users.cody.id, disabled: true })).toEqual({ ok: true });
    const { GET } = await import("@/app/editor/subscribers/export/route");
    expect((await GET()).status).toBe(200);
    const { requestPasswordReset } = await import("@/actions/password-reset");
    await requestPasswordReset(null, fd({ email: "owner@example.com" }));
    await linkInMail("owner@example.com");
    const rows = (
      await database().db.execute<{ kind: string; actor: string; target: string; details: unknown }>(
        sql`select kind, actor, target, details from audit_events order by id`,
      )
    ).rows;
    expect(rows.map((r) => r.kind)).toEqual(expect.arrayContaining(["role-change", "user-disable", "export", "password-reset-request"]));
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/owner@example\.com|cody@example\.com/);
    expect(text).toContain("o***@example.com");
    const token = new URL(await linkInMail("owner@example.com")).searchParams.get("token")!;
    expect(text).not.toContain(token);
    expect(rows.find((r) => r.kind === "role-change")?.details).toEqual({ from: "contributor", to: "editor" });
  });

  it("the audit export is for owners only and formula-safe", async () => {
    const { GET } = await import("@/app/editor/audit/export/route");
    session.userId = f.users.editor.id;
    expect((await GET(new Request("http://localhost/editor/audit/export"))).status).toBe(403);
    session.userId = f.users.owner.id;
    const { audit } = await import("@/lib/audit");
    await audit("publish", { actor: f.users.owner, target: '=HYPERLINK("http://evil")' });
    const response = await GET(new Request("http://localhost/editor/audit/export?kind=publish"));
    const csv = await response.text();
    expect(csv.split("\r\n")[1]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect((await GET(new Request("http://localhost/editor/audit/export?kind=nonsense"))).status).toBe(400);
  });
});
