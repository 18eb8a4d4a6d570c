/**
 * Subscriber import from Mailchimp-, Substack- and Ghost-shaped CSVs (written here, with
 * unsubscribed, cleaned and malformed rows) against a real database: every row's outcome, the
 * preview matching the import, a re-import changing nothing, and a late database failure
 * leaving nothing behind.
 */
import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { subscribers } from "@/db/schema";
import { importSubscribers, ImportInputError } from "@/lib/import/subscribers";
import { parseMappingArgument, type ColumnMapping } from "@/model/import";
import { databaseForThisFile } from "../support/database";
import { databaseFingerprint } from "../support/editor-fixtures";

const database = databaseForThisFile(async (db) => {
  // Already on the list before the import: one confirmed, one unsubscribed (must stay so).
  await db.insert(subscribers).values([
    { email: "known@example.com", status: "confirmed", confirmedAt: new Date("2025-01-01T00:00:00Z") },
    { email: "left@example.com", status: "unsubscribed", unsubscribedAt: new Date("2025-02-01T00:00:00Z") },
  ]);
});

async function* chunks(text: string, size = 7): AsyncGenerator<Uint8Array> {
  // Small chunks: rows and quoted fields are cut across chunk boundaries, as a network upload does.
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const run = (csv: string, mode: "preview" | "import", extra: { mapping?: ColumnMapping; batchSize?: number } = {}) =>
  importSubscribers(chunks(csv), { mode, batchSize: extra.batchSize ?? 3, mapping: extra.mapping, fileName: "test.csv" });

async function statusOf(email: string) {
  const rows = await database()
    .db.select()
    .from(subscribers)
    .where(sql`lower(${subscribers.email}) = ${email}`);
  return rows[0] ?? null;
}

const MAILCHIMP_SUBSCRIBED = [
  `"Email Address","First Name","Last Name","MEMBER_RATING","OPTIN_TIME","OPTIN_IP","CONFIRM_TIME","CONFIRM_IP","LATITUDE","LONGITUDE","GMTOFF","DSTOFF","TIMEZONE","CC","REGION","LAST_CHANGED","LEID","EUID","NOTES","TAGS"`,
  `ada@example.com,Ada,L,2,"2024-03-05 14:02:11",,"2024-03-05 14:05:00",,,,,,,,,"2024-03-05 14:05:00",101,e1,,`, // line 2: confirmed
  `Known@Example.com,K,,2,"2024-01-01 10:00:00",,"2024-01-01 10:01:00",,,,,,,,,,102,e2,,`, // line 3: already there
  `nodate@example.com,N,,2,,,,,,,,,,,,,103,e3,,`, // line 4: no recorded opt-in → pending
  `not-an-address,X,,2,"2024-03-05 14:02:11",,,,,,,,,,,,104,e4,,`, // line 5: invalid
  `"multi@example.com","Multi","Line ""quoted""
name",2,"2024-04-01 09:00:00",,,,,,,,,,,,105,e5,,`, // lines 6-7: quoted newline, opted in
  `short@example.com,too,few`, // line 8: wrong column count
  `left@example.com,L,,2,"2024-05-01 09:00:00",,"2024-05-01 09:00:00",,,,,,,,,,106,e6,,`, // line 9: there, unsubscribed: stays
  `ada@example.com,Ada,Again,2,"2024-03-05 14:02:11",,,,,,,,,,,,107,e7,,`, // line 10: duplicate
  `baddate@example.com,B,,2,"yesterday-ish",,,,,,,,,,,,108,e8,,`, // line 11: invalid date
].join("\n");

const MAILCHIMP_UNSUBSCRIBED = [
  `"Email Address","First Name","MEMBER_RATING","OPTIN_TIME","CONFIRM_TIME","UNSUB_TIME","UNSUB_CAMPAIGN_TITLE","UNSUB_CAMPAIGN_ID","UNSUB_REASON","UNSUB_REASON_OTHER","LEID"`,
  `gone@example.com,G,2,"2023-01-01 00:00:00","2023-01-01 00:01:00","2024-06-01 00:00:00",Spring,c1,NORMAL,,201`,
  `known@example.com,K,2,"2023-01-01 00:00:00","2023-01-01 00:01:00","2024-06-01 00:00:00",Spring,c1,NORMAL,,202`,
].join("\r\n");

const MAILCHIMP_CLEANED = [
  `"Email Address","First Name","MEMBER_RATING","OPTIN_TIME","CONFIRM_TIME","CLEAN_TIME","CLEAN_CAMPAIGN_TITLE","CLEAN_CAMPAIGN_ID","LEID"`,
  `bounce@example.com,B,1,"2023-01-01 00:00:00","2023-01-01 00:01:00","2024-07-01 00:00:00",Summer,c2,301`,
].join("\n");

const SUBSTACK = [
  `email,active_subscription,expiry,plan,email_disabled,created_at,first_payment_at`,
  `sub1@example.com,false,,free,false,2024-02-01T10:00:00.000Z,`, // confirmed (Substack recorded the signup)
  `paid@example.com,true,2026-01-01T00:00:00.000Z,yearly,false,2024-02-02T10:00:00.000Z,2024-02-02T10:00:00.000Z`, // confirmed
  `quiet@example.com,false,,free,true,2024-02-03T10:00:00.000Z,`, // email disabled → suppressed
  `,false,,free,false,2024-02-04T10:00:00.000Z,`, // no address
  `weird@example.com,false,,free,maybe,2024-02-05T10:00:00.000Z,`, // bad boolean
  `nocreated@example.com,false,,free,false,,`, // pending
].join("\n");

const GHOST = [
  `id,email,name,note,subscribed_to_emails,complimentary_plan,stripe_customer_id,created_at,deleted_at,labels,tiers`,
  `6400aa,g1@example.com,Gee One,,true,false,,2024-01-10T08:00:00.000Z,,"vip,early",`, // confirmed
  `6400ab,g2@example.com,Gee Two,,false,false,,2024-01-11T08:00:00.000Z,,,`, // unsubscribed → suppressed
  `6400ac,"broken@example.com,Gee ""Three,,true,false,,2024-01-12T08:00:00.000Z,,,`, // unclosed quote: not CSV
].join("\n");

describe("subscriber import", () => {
  it("Mailchimp subscribed export: every row's outcome, the preview equal to the import", async () => {
    const preview = await run(MAILCHIMP_SUBSCRIBED, "preview");
    expect(preview.source).toBe("mailchimp");
    expect(preview.counts).toEqual({ rows: 9, new: 3, existing: 2, invalid: 4, suppressed: 0, pending: 1, confirmed: 2, added: 3 });
    expect(preview.invalid).toEqual([
      { line: 5, reason: `"not-an-address" is not an email address` },
      { line: 8, reason: "3 columns where the header has 20" },
      { line: 10, reason: "ada@example.com is already on line 2" },
      { line: 11, reason: `OPTIN_TIME "yesterday-ish" is not a date` },
    ]);
    // The preview wrote nothing.
    expect(await statusOf("ada@example.com")).toBeNull();

    const done = await run(MAILCHIMP_SUBSCRIBED, "import");
    expect(done.counts).toEqual(preview.counts);
    expect(done.importId).toBeGreaterThan(0);
    expect(await statusOf("ada@example.com")).toMatchObject({
      status: "confirmed",
      consentSource: "import:mailchimp",
      consentAt: new Date("2024-03-05T14:05:00Z"),
      confirmedAt: new Date("2024-03-05T14:05:00Z"),
    });
    expect(await statusOf("nodate@example.com")).toMatchObject({ status: "pending", consentAt: null, tokenHash: null });
    expect(await statusOf("multi@example.com")).toMatchObject({ status: "confirmed", consentAt: new Date("2024-04-01T09:00:00Z") });
    expect(await statusOf("known@example.com")).toMatchObject({ status: "confirmed", consentSource: null, importId: null });
    expect(await statusOf("left@example.com")).toMatchObject({ status: "unsubscribed", importId: null });
    for (const gone of ["not-an-address", "short@example.com", "baddate@example.com"]) expect(await statusOf(gone)).toBeNull();
  });

  it("the line of a row after a quoted field that spans lines is its first line", async () => {
    const preview = await run(MAILCHIMP_SUBSCRIBED, "preview");
    expect(preview.firstRows.map((r) => [r.line, r.outcome])).toEqual([
      [2, "new"],
      [3, "existing"],
      [4, "new"],
      [5, "invalid"],
      [6, "new"],
      [8, "invalid"],
      [9, "existing"],
      [10, "invalid"],
      [11, "invalid"],
    ]);
  });

  it("Mailchimp unsubscribed and cleaned files stay suppressed, and an active address is not touched", async () => {
    const unsub = await run(MAILCHIMP_UNSUBSCRIBED, "import");
    // known@ is on the list: counted as suppressed in the file, but not added nor changed.
    expect(unsub.counts).toMatchObject({ rows: 2, new: 0, existing: 0, suppressed: 2, invalid: 0, added: 1 });
    expect(await statusOf("gone@example.com")).toMatchObject({ status: "unsubscribed", consentAt: null, confirmedAt: null });
    expect((await statusOf("gone@example.com"))!.unsubscribedAt).not.toBeNull();
    expect(await statusOf("known@example.com")).toMatchObject({ status: "confirmed", importId: null });
    const cleaned = await run(MAILCHIMP_CLEANED, "import");
    expect(cleaned.counts).toMatchObject({ rows: 1, suppressed: 1 });
    expect(await statusOf("bounce@example.com")).toMatchObject({ status: "bounced", confirmedAt: null });
    // A suppressed address in a later "subscribed" file is not reactivated.
    const again = await run(
      `"Email Address","OPTIN_TIME","CONFIRM_TIME"\ngone@example.com,"2025-01-01 00:00:00","2025-01-01 00:00:00"\nbounce@example.com,,\n`,
      "import",
    );
    expect(again.counts).toMatchObject({ rows: 2, new: 0, existing: 2 });
    expect(await statusOf("gone@example.com")).toMatchObject({ status: "unsubscribed" });
    expect(await statusOf("bounce@example.com")).toMatchObject({ status: "bounced" });
  });

  it("Substack export", async () => {
    const done = await run(SUBSTACK, "import");
    expect(done.source).toBe("substack");
    expect(done.counts).toEqual({ rows: 6, new: 3, existing: 0, invalid: 2, suppressed: 1, pending: 1, confirmed: 2, added: 4 });
    expect(done.invalid).toEqual([
      { line: 5, reason: "no email address" },
      { line: 6, reason: `email_disabled "maybe" is not true or false` },
    ]);
    expect(await statusOf("sub1@example.com")).toMatchObject({
      status: "confirmed",
      consentSource: "import:substack",
      consentAt: new Date("2024-02-01T10:00:00Z"),
    });
    expect(await statusOf("paid@example.com")).toMatchObject({ status: "confirmed" });
    expect(await statusOf("quiet@example.com")).toMatchObject({ status: "unsubscribed" });
    expect(await statusOf("nocreated@example.com")).toMatchObject({ status: "pending", consentAt: null });
    expect(await statusOf("weird@example.com")).toBeNull();
  });

  it("Ghost members export, with a row that is not valid CSV", async () => {
    const done = await run(GHOST, "import");
    expect(done.source).toBe("ghost");
    expect(done.counts).toMatchObject({ rows: 3, new: 1, suppressed: 1, invalid: 1, confirmed: 1 });
    expect(done.invalid).toHaveLength(1);
    expect(done.invalid[0].line).toBe(4);
    expect(done.invalid[0].reason).toMatch(/^not valid CSV/);
    expect(await statusOf("g1@example.com")).toMatchObject({
      status: "confirmed",
      consentSource: "import:ghost",
      consentAt: new Date("2024-01-10T08:00:00Z"),
    });
    expect(await statusOf("g2@example.com")).toMatchObject({ status: "unsubscribed" });
  });

  it("any other CSV with a column mapping; without one it is refused with a message", async () => {
    const csv = `E-mail,State,Joined\nm1@example.com,active,2024-05-05\nm2@example.com,unsubscribed,2024-05-06\nm3@example.com,cleaned,\nm4@example.com,active,\n`;
    await expect(run(csv, "preview")).rejects.toThrow(ImportInputError);
    await expect(run(csv, "preview")).rejects.toThrow(/column mapping/);
    const mapping = parseMappingArgument("email=E-mail,status=State,optin=Joined");
    if ("error" in mapping) throw new Error(mapping.error);
    const done = await run(csv, "import", { mapping });
    expect(done.counts).toEqual({ rows: 4, new: 2, existing: 0, invalid: 0, suppressed: 2, pending: 1, confirmed: 1, added: 4 });
    expect(await statusOf("m1@example.com")).toMatchObject({ status: "confirmed" });
    expect(await statusOf("m2@example.com")).toMatchObject({ status: "unsubscribed" });
    expect(await statusOf("m3@example.com")).toMatchObject({ status: "bounced" });
    expect(await statusOf("m4@example.com")).toMatchObject({ status: "pending" });
    expect(parseMappingArgument("mail=E-mail")).toEqual({ error: expect.stringContaining("Unknown field") });
  });

  it("re-importing the same files changes nothing", async () => {
    for (const csv of [MAILCHIMP_SUBSCRIBED, MAILCHIMP_UNSUBSCRIBED, SUBSTACK, GHOST]) await run(csv, "import");
    const before = await databaseFingerprint(database().db);
    for (const csv of [MAILCHIMP_SUBSCRIBED, MAILCHIMP_UNSUBSCRIBED, SUBSTACK, GHOST]) {
      const again = await run(csv, "import");
      expect(again.counts.new).toBe(0);
      expect(again.counts.added).toBe(0);
      expect(again.importId).toBeNull();
    }
    expect(await databaseFingerprint(database().db)).toEqual(before);
  });

  it("a row that fails a database constraint late leaves nothing (one transaction)", async () => {
    const db = database().db;
    const before = await databaseFingerprint(db);
    const rows = Array.from({ length: 40 }, (_, i) => `crash${i}@example.com,false,,free,false,2024-02-01T10:00:00.000Z,`);
    rows[36] = `boom@example.com,false,,free,false,2024-02-01T10:00:00.000Z,`;
    await db.execute(sql`alter table subscribers add constraint test_refuses_boom check (email <> 'boom@example.com')`);
    try {
      await expect(
        run([`email,active_subscription,expiry,plan,email_disabled,created_at,first_payment_at`, ...rows].join("\n"), "import", {
          batchSize: 5,
        }),
      ).rejects.toThrow();
      expect(await databaseFingerprint(db)).toEqual(before);
    } finally {
      await db.execute(sql`alter table subscribers drop constraint test_refuses_boom`);
    }
  });

  it("caps: rows and bytes", async () => {
    await expect(importSubscribers(chunks(SUBSTACK), { mode: "preview", maxRows: 3 })).rejects.toThrow(/more than 3 rows/);
    await expect(importSubscribers(chunks(SUBSTACK), { mode: "preview", maxBytes: 100 })).rejects.toThrow(/larger than/);
    await expect(importSubscribers(chunks(""), { mode: "preview" })).rejects.toThrow(/empty/);
  });
});
