/**
 * Which tool a subscriber CSV came from (by its header row), and what one of its rows means:
 * the address, whether the source recorded an opt-in (and when), and whether it is suppressed.
 * Consent is never invented: no recorded opt-in means `pending`, never `confirmed`.
 *
 * Columns, as the tools write them:
 * - Mailchimp (one file per audience status): "Email Address", "OPTIN_TIME", "CONFIRM_TIME", …;
 *   the unsubscribed file adds "UNSUB_TIME", the cleaned (bounced) file "CLEAN_TIME".
 * - Substack: "email", "active_subscription", "expiry", "plan", "email_disabled", "created_at", …
 * - Ghost members: "id", "email", "name", "note", "subscribed_to_emails", …, "created_at", "labels".
 */
import type { ColumnMapping, SubscriberSource } from "@/model/import";
import { normaliseEmail } from "@/model/subscriber";

export type ImportStatus = "pending" | "confirmed" | "unsubscribed" | "bounced";

export type ClassifiedRow = { ok: true; email: string; status: ImportStatus; consentAt: Date | null } | { ok: false; reason: string };

export type RowReader = { source: SubscriberSource; classify: (row: string[]) => ClassifiedRow };

/** Dates before this are surely wrong (and a year like -10000 would be refused by PostgreSQL). */
const EARLIEST = Date.UTC(1990, 0, 1);

function parseDate(raw: string, column: string): { ok: true; date: Date | null } | { ok: false; reason: string } {
  const value = raw.trim();
  if (value === "") return { ok: true, date: null };
  // Mailchimp writes "2024-03-05 14:02:11" (UTC); Date reads that as local time without the T and Z.
  const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(value) ? `${value.replace(" ", "T")}Z` : value;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime()) || date.getTime() < EARLIEST || date.getTime() > Date.now() + 86_400_000) {
    return { ok: false, reason: `${column} "${value.slice(0, 40)}" is not a date` };
  }
  return { ok: true, date };
}

const TRUE = new Set(["true", "1", "yes", "y", "t"]);
const FALSE = new Set(["false", "0", "no", "n", "f", ""]);

function parseBool(raw: string, column: string): { ok: true; value: boolean } | { ok: false; reason: string } {
  const v = raw.trim().toLowerCase();
  if (TRUE.has(v)) return { ok: true, value: true };
  if (FALSE.has(v)) return { ok: true, value: false };
  return { ok: false, reason: `${column} "${raw.slice(0, 40)}" is not true or false` };
}

function emailOf(raw: string | undefined): { ok: true; email: string } | { ok: false; reason: string } {
  const value = (raw ?? "").trim();
  if (value === "") return { ok: false, reason: "no email address" };
  const email = normaliseEmail(value);
  return email ? { ok: true, email } : { ok: false, reason: `"${value.slice(0, 80)}" is not an email address` };
}

/** A subscribed row: confirmed with its opt-in date when the source recorded one, else pending. */
function subscribed(email: string, consentAt: Date | null): ClassifiedRow {
  return { ok: true, email, status: consentAt ? "confirmed" : "pending", consentAt };
}

function mailchimp(header: string[]): RowReader {
  const col = (name: string) => header.indexOf(name);
  const [email, optin, confirm, unsub, clean] = ["Email Address", "OPTIN_TIME", "CONFIRM_TIME", "UNSUB_TIME", "CLEAN_TIME"].map(col);
  return {
    source: "mailchimp",
    classify(row) {
      const address = emailOf(row[email]);
      if (!address.ok) return address;
      // Mailchimp exports each status as its own file: the file's columns say which one this is.
      if (clean >= 0) return { ok: true, email: address.email, status: "bounced", consentAt: null };
      if (unsub >= 0) return { ok: true, email: address.email, status: "unsubscribed", consentAt: null };
      const confirmed = confirm >= 0 ? parseDate(row[confirm] ?? "", "CONFIRM_TIME") : { ok: true as const, date: null };
      if (!confirmed.ok) return confirmed;
      const opted = optin >= 0 ? parseDate(row[optin] ?? "", "OPTIN_TIME") : { ok: true as const, date: null };
      if (!opted.ok) return opted;
      return subscribed(address.email, confirmed.date ?? opted.date);
    },
  };
}

function substack(header: string[]): RowReader {
  const [email, disabled, created] = ["email", "email_disabled", "created_at"].map((n) => header.indexOf(n));
  return {
    source: "substack",
    classify(row) {
      const address = emailOf(row[email]);
      if (!address.ok) return address;
      if (disabled >= 0) {
        const off = parseBool(row[disabled] ?? "", "email_disabled");
        if (!off.ok) return off;
        if (off.value) return { ok: true, email: address.email, status: "unsubscribed", consentAt: null };
      }
      const date = created >= 0 ? parseDate(row[created] ?? "", "created_at") : { ok: true as const, date: null };
      if (!date.ok) return date;
      return subscribed(address.email, date.date);
    },
  };
}

function ghost(header: string[]): RowReader {
  const [email, subscribedTo, created] = ["email", "subscribed_to_emails", "created_at"].map((n) => header.indexOf(n));
  return {
    source: "ghost",
    classify(row) {
      const address = emailOf(row[email]);
      if (!address.ok) return address;
      const on = parseBool(row[subscribedTo] ?? "", "subscribed_to_emails");
      if (!on.ok) return on;
      if (!on.value) return { ok: true, email: address.email, status: "unsubscribed", consentAt: null };
      const date = created >= 0 ? parseDate(row[created] ?? "", "created_at") : { ok: true as const, date: null };
      if (!date.ok) return date;
      return subscribed(address.email, date.date);
    },
  };
}

const UNSUBSCRIBED = new Set(["unsubscribed", "unsubscribe", "inactive", "false", "no", "0", "opted out", "opted-out"]);
const BOUNCED = new Set(["cleaned", "bounced", "bounce", "complained", "spam", "invalid"]);

function mapped(header: string[], mapping: ColumnMapping): RowReader | { error: string } {
  const find = (name: string | undefined) => (name === undefined ? -1 : header.indexOf(name));
  const email = find(mapping.email);
  if (email < 0) return { error: `The file has no column "${mapping.email}" (its columns: ${header.slice(0, 20).join(", ")}).` };
  const status = find(mapping.status);
  if (mapping.status && status < 0) return { error: `The file has no column "${mapping.status}".` };
  const optin = find(mapping.optin);
  if (mapping.optin && optin < 0) return { error: `The file has no column "${mapping.optin}".` };
  return {
    source: "mapping",
    classify(row) {
      const address = emailOf(row[email]);
      if (!address.ok) return address;
      const state = status >= 0 ? (row[status] ?? "").trim().toLowerCase() : "";
      if (BOUNCED.has(state)) return { ok: true, email: address.email, status: "bounced", consentAt: null };
      if (UNSUBSCRIBED.has(state)) return { ok: true, email: address.email, status: "unsubscribed", consentAt: null };
      const date = optin >= 0 ? parseDate(row[optin] ?? "", mapping.optin!) : { ok: true as const, date: null };
      if (!date.ok) return date;
      return subscribed(address.email, date.date);
    },
  };
}

/**
 * The reader for a header row: a mapping when one is given, else a recognised export, else an
 * error that asks for a mapping.
 */
export function readerFor(rawHeader: string[], mapping?: ColumnMapping): RowReader | { error: string } {
  const header = rawHeader.map((h) => h.trim());
  if (mapping) return mapped(header, mapping);
  const has = (name: string) => header.includes(name);
  if (has("Email Address") && (has("OPTIN_TIME") || has("LEID") || has("CONFIRM_TIME"))) return mailchimp(header);
  if (has("email") && has("subscribed_to_emails")) return ghost(header);
  if (has("email") && (has("active_subscription") || has("email_disabled"))) return substack(header);
  return { error: `Not a Mailchimp, Substack or Ghost export: give a column mapping (e.g. email=${header[0] ?? "Email"}).` };
}
