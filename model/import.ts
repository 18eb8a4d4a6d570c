/**
 * Imports from other newsletter tools: the formats we recognise, the outcome of every row, and the
 * options an editor (or the command line) may choose. Imports only zod.
 */
import { z } from "zod";

/** The exports recognised by their headers; "mapping" is any other CSV with a column mapping. */
export const subscriberSources = ["mailchimp", "substack", "ghost", "mapping"] as const;
export type SubscriberSource = (typeof subscriberSources)[number];

export const sourceLabels: Record<SubscriberSource, string> = {
  mailchimp: "Mailchimp",
  substack: "Substack",
  ghost: "Ghost",
  mapping: "CSV with a column mapping",
};

/** What happens to one row. "suppressed" rows are stored as unsubscribed or bounced, never active. */
export type RowOutcome = "new" | "existing" | "invalid" | "suppressed";

/** Fields a mapping may name: only email is required. */
export const mappingFields = ["email", "status", "optin"] as const;
export type MappingField = (typeof mappingFields)[number];

const columnName = z.string().trim().min(1).max(200);

/** `email=Email,status=State,optin=Signed up` (command line) or the page's fields. */
export const columnMappingSchema = z.object({
  email: columnName,
  status: columnName.optional(),
  optin: columnName.optional(),
});
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export function parseMappingArgument(raw: string): ColumnMapping | { error: string } {
  const pairs: Record<string, string> = {};
  for (const part of raw.split(",")) {
    const at = part.indexOf("=");
    if (at <= 0) return { error: `"${part}" is not field=Column` };
    const field = part.slice(0, at).trim();
    if (!(mappingFields as readonly string[]).includes(field))
      return { error: `Unknown field "${field}" (use ${mappingFields.join(", ")})` };
    pairs[field] = part.slice(at + 1);
  }
  const parsed = columnMappingSchema.safeParse(pairs);
  return parsed.success ? parsed.data : { error: "A mapping needs at least email=Column." };
}

/** Caps of the web upload (the command line reads any size, streamed). */
export const WEB_IMPORT_MAX_BYTES = 25 * 1024 * 1024;
export const WEB_IMPORT_MAX_ROWS = 100_000;

/** The query string of the editor's upload: preview or import, and the options. */
export const subscriberImportRequestSchema = z.object({
  mode: z.enum(["preview", "import"]),
  mapping: z.string().max(1000).optional(),
  fileName: z.string().max(300).optional(),
});

export type InvalidRow = { line: number; reason: string };
export type PreviewRow = { line: number; email: string; outcome: RowOutcome; status: string; consentAt: string | null; reason?: string };

/** `added`: addresses the import writes (new ones, and suppressed ones not on the list yet). */
export type ImportCounts = Record<RowOutcome, number> & { rows: number; pending: number; confirmed: number; added: number };

/** The result of a preview or an import. `invalid` lists at most 200 rows (the counts are exact). */
export type SubscriberImportSummary = {
  source: SubscriberSource;
  counts: ImportCounts;
  invalid: InvalidRow[];
  firstRows: PreviewRow[];
  importId: number | null;
};

/** The archive import's sources. */
export const archiveSources = ["rss", "atom", "ghost"] as const;
export type ArchiveSource = (typeof archiveSources)[number];

/** One post read from a feed or a Ghost export, before it becomes a draft. */
export type ArchivePost = {
  /** Stable identity: the item's link or guid, or `ghost:<id>`. */
  sourceKey: string;
  title: string;
  slug: string | null;
  publishedAt: Date | null;
  summary: string;
  html: string;
  featureImage: string | null;
};

export type ArchiveImportSummary = {
  source: ArchiveSource;
  created: Array<{ id: number; title: string; slug: string }>;
  skipped: Array<{ title: string; reason: string }>;
  images: { copied: number; failed: Array<{ url: string; reason: string }> };
};
