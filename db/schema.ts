/**
 * The whole data model of Dispatch. One schema serves PGlite and
 * node-postgres; migrations are generated from it by drizzle-kit into db/migrations/.
 */
import { relations, sql, type SQL } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
// Relative paths: drizzle-kit loads this file without the "@/" alias.
import { issueStatuses } from "../model/issue";
import { sectionKinds } from "../model/issue-draft";
import { deliveryStatuses, sendStatuses } from "../model/newsletter";
import { roles } from "../model/role";
import { subscriberStatuses } from "../model/subscriber";
import { accountTokenPurposes } from "../model/user";

/** PostgreSQL's full-text vector; only ever written by a generated column. */
const tsvector = customType<{ data: string }>({
  dataType: () => "tsvector",
});

/** A required reference to the row this one belongs to: deleting that row deletes this one. */
const belongsTo = (name: string, parentId: () => AnyPgColumn) => integer(name).notNull().references(parentId, { onDelete: "cascade" });

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

/**
 * Search indexes write every entry straight into the index. With GIN's default fast update, new
 * entries wait in a pending list that each search reads in full until a VACUUM merges it; the
 * embedded database never vacuums on its own, and after loading 10,000 issues one search spent
 * ~30 ms per table in that list. Writes here are editors' saves, so the slower insert is cheap.
 */
const SEARCH_INDEX_OPTIONS = { fastupdate: "off" };

/** Columns of a table with their full-text weight, A counting most. */
type WeightedColumns = Array<[AnyPgColumn, "A" | "B" | "C" | "D"]>;

/** A weighted English text vector over the given columns, for a GENERATED ALWAYS column. */
function weightedVector(parts: WeightedColumns): SQL {
  const chunks = parts.map(
    ([column, weight]) => sql`setweight(to_tsvector('english'::regconfig, coalesce(${column}, '')), '${sql.raw(weight)}')`,
  );
  return sql.join(chunks, sql` || `);
}

/**
 * A table's full-text `search` column, kept up to date by PostgreSQL. The columns come from a
 * function because they belong to the table being defined, which does not exist yet (the
 * function's return type must be written out, or TypeScript sees the table referring to itself).
 */
function searchColumn(parts: () => WeightedColumns) {
  return tsvector("search").generatedAlwaysAs((): SQL => weightedVector(parts()));
}

/** The GIN index that full-text search reads, over a table's `search` column. */
function searchIndex(name: string, search: AnyPgColumn) {
  return index(name).using("gin", search).with(SEARCH_INDEX_OPTIONS);
}

export const issueStatus = pgEnum("issue_status", issueStatuses);
export const sectionKind = pgEnum("section_kind", sectionKinds);
export const userRole = pgEnum("user_role", roles);
export const subscriberStatus = pgEnum("subscriber_status", subscriberStatuses);
export const sendStatus = pgEnum("send_status", sendStatuses);
export const deliveryStatus = pgEnum("delivery_status", deliveryStatuses);

export type AuthorLink = { label: string; url: string };

export const authors = pgTable("authors", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  bio: text("bio").notNull().default(""),
  /** Path or URL of the portrait; rendered through next/image. */
  photo: text("photo"),
  photoAlt: text("photo_alt").notNull().default(""),
  links: jsonb("links").$type<AuthorLink[]>().notNull().default([]),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const users = pgTable(
  "users",
  {
    id: serial("id").primaryKey(),
    /** Always stored lower-cased; the unique index is on lower(email) as a second guard. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: userRole("role").notNull().default("contributor"),
    authorId: integer("author_id").references(() => authors.id, { onDelete: "set null" }),
    failedLoginCount: integer("failed_login_count").notNull().default(0),
    lastFailedLoginAt: timestamp("last_failed_login_at", { withTimezone: true }),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    /**
     * Sessions carry the version they were issued under; raising it (sign out everywhere, a new
     * password, an owner's revoke) ends every session of this user at its next request.
     */
    sessionVersion: integer("session_version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`)],
);

export const categories = pgTable(
  "categories",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("categories_position_idx").on(t.position)],
);

export const media = pgTable("media", {
  id: serial("id").primaryKey(),
  /** Random, server-made storage key; never derived from the uploaded name. */
  key: text("key").notNull().unique(),
  mime: text("mime").notNull(),
  width: integer("width").notNull(),
  height: integer("height").notNull(),
  bytes: integer("bytes").notNull(),
  originalName: text("original_name").notNull().default(""),
  alt: text("alt").notNull().default(""),
  credit: text("credit").notNull().default(""),
  uploadedBy: integer("uploaded_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

export const issues = pgTable(
  "issues",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    summary: text("summary").notNull().default(""),
    status: issueStatus("status").notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    scheduledFor: timestamp("scheduled_for", { withTimezone: true }),
    authorId: integer("author_id").references(() => authors.id, { onDelete: "set null" }),
    /** The login that created the issue: contributors may edit only their own drafts. */
    createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
    coverImage: text("cover_image"),
    coverAlt: text("cover_alt").notNull().default(""),
    coverWidth: integer("cover_width"),
    coverHeight: integer("cover_height"),
    seoTitle: text("seo_title"),
    seoDescription: text("seo_description"),
    /** Where an imported issue came from (its feed link or `ghost:<id>`): a second import skips it. */
    importSource: text("import_source").unique(),
    /** The date the imported post carried at its source (publishing sets its own date). */
    importedPublishedAt: timestamp("imported_published_at", { withTimezone: true }),
    /** "YYYY-MM": the month the edition is about, which the reader lists group by (model/edition-month.ts). */
    editionMonth: text("edition_month"),
    /** Optimistic locking: every save names the version it started from. */
    version: integer("version").notNull().default(1),
    updatedBy: integer("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    search: searchColumn((): WeightedColumns => [
      [issues.title, "A"],
      [issues.summary, "B"],
    ]),
  },
  (t) => [
    // The reader lists: published issues, newest first.
    index("issues_published_idx")
      .on(t.publishedAt.desc())
      .where(sql`${t.status} = 'published'`),
    index("issues_scheduled_idx")
      .on(t.scheduledFor)
      .where(sql`${t.status} = 'scheduled'`),
    index("issues_author_idx").on(t.authorId),
    index("issues_status_updated_idx").on(t.status, t.updatedAt),
    searchIndex("issues_search_idx", t.search),
  ],
);

export const sections = pgTable(
  "sections",
  {
    id: serial("id").primaryKey(),
    issueId: belongsTo("issue_id", () => issues.id),
    position: integer("position").notNull(),
    kind: sectionKind("kind").notNull().default("story"),
    title: text("title").notNull(),
    /** One-line headline for the TL;DR; falls back to the title. */
    tldr: text("tldr"),
    sourceUrl: text("source_url"),
    /** Markdown, rendered to sanitized HTML. */
    body: text("body").notNull().default(""),
    image: text("image"),
    imageAlt: text("image_alt").notNull().default(""),
    imageWidth: integer("image_width"),
    imageHeight: integer("image_height"),
    caption: text("caption"),
    credit: text("credit"),
    search: searchColumn((): WeightedColumns => [
      [sections.title, "A"],
      [sections.tldr, "B"],
      [sections.body, "C"],
      [sections.caption, "D"],
    ]),
  },
  (t) => [uniqueIndex("sections_issue_position_idx").on(t.issueId, t.position), searchIndex("sections_search_idx", t.search)],
);

export const sectionItems = pgTable(
  "section_items",
  {
    id: serial("id").primaryKey(),
    sectionId: belongsTo("section_id", () => sections.id),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    sourceUrl: text("source_url"),
    body: text("body").notNull().default(""),
    search: searchColumn((): WeightedColumns => [
      [sectionItems.title, "A"],
      [sectionItems.body, "C"],
    ]),
  },
  (t) => [uniqueIndex("section_items_section_position_idx").on(t.sectionId, t.position), searchIndex("section_items_search_idx", t.search)],
);

export const issueCategories = pgTable(
  "issue_categories",
  {
    issueId: belongsTo("issue_id", () => issues.id),
    categoryId: belongsTo("category_id", () => categories.id),
    /** 0 is the issue's primary category. */
    position: integer("position").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.issueId, t.categoryId] }), index("issue_categories_category_idx").on(t.categoryId, t.issueId)],
);

export const events = pgTable(
  "events",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    title: text("title").notNull(),
    /** Calendar dates (no time zone): a tour runs from one day to another. */
    startsAt: date("starts_at", { mode: "string" }).notNull(),
    endsAt: date("ends_at", { mode: "string" }).notNull(),
    /** Cities, e.g. "Shanghai, Beijing". */
    location: text("location").notNull().default(""),
    summary: text("summary").notNull().default(""),
    url: text("url"),
    isNew: boolean("is_new").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("events_starts_idx").on(t.startsAt)],
);

export type IssueSnapshot = Record<string, unknown>;

export const revisions = pgTable(
  "revisions",
  {
    id: serial("id").primaryKey(),
    issueId: belongsTo("issue_id", () => issues.id),
    version: integer("version").notNull(),
    snapshot: jsonb("snapshot").$type<IssueSnapshot>().notNull(),
    editorId: integer("editor_id").references(() => users.id, { onDelete: "set null" }),
    /** What the save did: "save", "publish", "schedule", "unpublish", "restore". */
    action: text("action").notNull().default("save"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("revisions_issue_version_idx").on(t.issueId, t.version)],
);

/** One committed subscriber import: what came in, from which tool, and the counts it reported. */
export const subscriberImports = pgTable("subscriber_imports", {
  id: serial("id").primaryKey(),
  source: text("source").notNull(),
  fileName: text("file_name").notNull().default(""),
  /** SHA-256 of the file, so the log shows when the same file came in twice. */
  fileSha256: text("file_sha256").notNull(),
  counts: jsonb("counts").$type<Record<string, number>>().notNull(),
  createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
});

export const subscribers = pgTable(
  "subscribers",
  {
    id: serial("id").primaryKey(),
    /** Trimmed and lower-cased before it is stored. */
    email: text("email").notNull(),
    status: subscriberStatus("status").notNull().default("pending"),
    /** Category slugs the reader asked for; empty means everything. */
    interests: jsonb("interests").$type<string[]>().notNull().default([]),
    consentText: text("consent_text"),
    consentAt: timestamp("consent_at", { withTimezone: true }),
    consentIp: text("consent_ip"),
    consentSource: text("consent_source"),
    /** SHA-256 of the confirmation token; the token itself is never stored. */
    tokenHash: text("token_hash"),
    tokenExpiresAt: timestamp("token_expires_at", { withTimezone: true }),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    unsubscribedAt: timestamp("unsubscribed_at", { withTimezone: true }),
    /** The import that brought this address in (its consent is in consent_source/consent_at). */
    importId: integer("import_id").references(() => subscriberImports.id, { onDelete: "set null" }),
    permanentFailures: integer("permanent_failures").notNull().default(0),
    temporaryFailures: integer("temporary_failures").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("subscribers_email_lower_idx").on(sql`lower(${t.email})`),
    index("subscribers_status_idx").on(t.status, t.confirmedAt),
    uniqueIndex("subscribers_token_idx").on(t.tokenHash),
  ],
);

export const newsletterSends = pgTable("newsletter_sends", {
  id: serial("id").primaryKey(),
  /** One send per issue, ever. */
  issueId: belongsTo("issue_id", () => issues.id).unique(),
  status: sendStatus("status").notNull().default("queued"),
  /** Category slugs the send was limited to; empty means all confirmed subscribers. */
  segment: jsonb("segment").$type<string[]>().notNull().default([]),
  subject: text("subject").notNull().default(""),
  total: integer("total").notNull().default(0),
  sentCount: integer("sent_count").notNull().default(0),
  failedCount: integer("failed_count").notNull().default(0),
  startedBy: integer("started_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  startedAt: timestamp("started_at", { withTimezone: true }),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
});

export const deliveries = pgTable(
  "deliveries",
  {
    id: serial("id").primaryKey(),
    sendId: belongsTo("send_id", () => newsletterSends.id),
    subscriberId: belongsTo("subscriber_id", () => subscribers.id),
    /** The address at send time. */
    email: text("email").notNull(),
    status: deliveryStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }),
    /** Set when a worker claims the row; a stale claim is reconciled, never blindly resent. */
    claimedAt: timestamp("claimed_at", { withTimezone: true }),
    claimedBy: text("claimed_by"),
    messageId: text("message_id"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("deliveries_send_subscriber_idx").on(t.sendId, t.subscriberId),
    index("deliveries_work_idx").on(t.sendId, t.status, t.nextAttemptAt),
    index("deliveries_subscriber_idx").on(t.subscriberId),
  ],
);

export const sendEventKind = pgEnum("send_event_kind", ["open", "click"]);

/**
 * Opens and clicks of one send: at most one row per (send, subscriber, kind, link), so a reader
 * who opens a mail fifty times costs one row and an upsert per hit. Opens use link -1. No network
 * address or user agent is kept; rows go with their subscriber (cascade) when one is erased.
 */
export const sendEvents = pgTable(
  "send_events",
  {
    sendId: belongsTo("send_id", () => newsletterSends.id),
    subscriberId: belongsTo("subscriber_id", () => subscribers.id),
    kind: sendEventKind("kind").notNull(),
    link: integer("link").notNull().default(-1),
    hits: integer("hits").notNull().default(1),
    firstAt: timestamp("first_at", { withTimezone: true }).notNull().defaultNow(),
    lastAt: timestamp("last_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.sendId, t.subscriberId, t.kind, t.link] }),
    index("send_events_subscriber_idx").on(t.subscriberId, t.kind),
  ],
);

/** The links of a send's mail, by position, so the report can name what was clicked. */
export const sendLinks = pgTable(
  "send_links",
  {
    sendId: belongsTo("send_id", () => newsletterSends.id),
    link: integer("link").notNull(),
    url: text("url").notNull(),
  },
  (t) => [primaryKey({ columns: [t.sendId, t.link] })],
);

export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: serial("id").primaryKey(),
    to: text("to").notNull(),
    from: text("from").notNull(),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    headers: jsonb("headers").$type<Record<string, string>>().notNull().default({}),
    kind: text("kind").notNull().default("other"),
    createdAt: createdAt(),
  },
  (t) => [index("email_outbox_created_idx").on(t.createdAt)],
);

/**
 * Fixed-window counters for sign-in lockouts, signup and search limits. In the database so that
 * limits hold across restarts and instances.
 */
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  count: integer("count").notNull().default(0),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
  blockedUntil: timestamp("blocked_until", { withTimezone: true }),
});

/**
 * Sessions ended by signing out. A session is a signed cookie, so ending one means remembering
 * its id until the cookie could no longer be valid anyway (`expires_at`, then it is pruned).
 */
export const revokedSessions = pgTable("revoked_sessions", {
  sessionId: text("session_id").primaryKey(),
  userId: integer("user_id").references(() => users.id, { onDelete: "cascade" }),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});

export const accountTokenPurpose = pgEnum("account_token_purpose", accountTokenPurposes);

/** Password-reset and invitation links: only the SHA-256 of the token is stored; single use, expiring. */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: serial("id").primaryKey(),
    userId: belongsTo("user_id", () => users.id),
    purpose: accountTokenPurpose("purpose").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("account_tokens_user_idx").on(t.userId, t.purpose)],
);

/**
 * The audit trail: security events and editorial actions. Addresses are stored masked and no
 * secret is ever written here; `actor` and `target` are labels frozen at the time of the event.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: serial("id").primaryKey(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    kind: text("kind").notNull(),
    actorId: integer("actor_id").references(() => users.id, { onDelete: "set null" }),
    actor: text("actor").notNull(),
    target: text("target").notNull().default(""),
    address: text("address").notNull().default(""),
    details: jsonb("details").$type<Record<string, string | number | boolean | null>>().notNull().default({}),
  },
  (t) => [index("audit_events_kind_idx").on(t.kind, t.id)],
);

/**
 * One row about this database itself. `cacheEpoch` is part of every cache key (with the
 * database's catalogue identity, db/queries/cache-identity.ts), so pages rendered from one
 * database are never served for another; an import draws a new one.
 */
export const siteState = pgTable("site_state", {
  id: integer("id").primaryKey(),
  cacheEpoch: text("cache_epoch").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const authorsRelations = relations(authors, ({ many }) => ({
  issues: many(issues),
  users: many(users),
}));

export const usersRelations = relations(users, ({ one }) => ({
  author: one(authors, { fields: [users.authorId], references: [authors.id] }),
}));

export const issuesRelations = relations(issues, ({ one, many }) => ({
  author: one(authors, { fields: [issues.authorId], references: [authors.id] }),
  sections: many(sections),
  categories: many(issueCategories),
  revisions: many(revisions),
  send: one(newsletterSends),
}));

export const sectionsRelations = relations(sections, ({ one, many }) => ({
  issue: one(issues, { fields: [sections.issueId], references: [issues.id] }),
  items: many(sectionItems),
}));

export const sectionItemsRelations = relations(sectionItems, ({ one }) => ({
  section: one(sections, { fields: [sectionItems.sectionId], references: [sections.id] }),
}));

export const categoriesRelations = relations(categories, ({ many }) => ({
  issues: many(issueCategories),
}));

export const issueCategoriesRelations = relations(issueCategories, ({ one }) => ({
  issue: one(issues, { fields: [issueCategories.issueId], references: [issues.id] }),
  category: one(categories, { fields: [issueCategories.categoryId], references: [categories.id] }),
}));

export const revisionsRelations = relations(revisions, ({ one }) => ({
  issue: one(issues, { fields: [revisions.issueId], references: [issues.id] }),
  editor: one(users, { fields: [revisions.editorId], references: [users.id] }),
}));

export const newsletterSendsRelations = relations(newsletterSends, ({ one, many }) => ({
  issue: one(issues, { fields: [newsletterSends.issueId], references: [issues.id] }),
  deliveries: many(deliveries),
}));

export const deliveriesRelations = relations(deliveries, ({ one }) => ({
  send: one(newsletterSends, { fields: [deliveries.sendId], references: [newsletterSends.id] }),
  subscriber: one(subscribers, { fields: [deliveries.subscriberId], references: [subscribers.id] }),
}));

export type Issue = typeof issues.$inferSelect;
export type NewIssue = typeof issues.$inferInsert;
export type Section = typeof sections.$inferSelect;
export type NewSection = typeof sections.$inferInsert;
export type SectionItem = typeof sectionItems.$inferSelect;
export type NewSectionItem = typeof sectionItems.$inferInsert;
export type Category = typeof categories.$inferSelect;
export type NewCategory = typeof categories.$inferInsert;
export type Author = typeof authors.$inferSelect;
export type NewAuthor = typeof authors.$inferInsert;
export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;
export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Subscriber = typeof subscribers.$inferSelect;
export type Media = typeof media.$inferSelect;
export type Revision = typeof revisions.$inferSelect;
export type NewsletterSend = typeof newsletterSends.$inferSelect;
export type Delivery = typeof deliveries.$inferSelect;
export type OutboxMessage = typeof emailOutbox.$inferSelect;
export type SendEvent = typeof sendEvents.$inferSelect;
