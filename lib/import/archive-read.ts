/**
 * Reads an archive file into posts: an RSS 2.0 or Atom feed (fast-xml-parser), or a Ghost JSON
 * export (`db[0].data.posts`, each with `html`, `title`, `slug`, `published_at`,
 * `custom_excerpt`, `feature_image`). Ghost writes its own site's URLs as `__GHOST_URL__`;
 * `ghostUrl` says where that site was, so its images can be fetched.
 */
import { XMLParser } from "fast-xml-parser";
import { z } from "zod";
import type { ArchivePost, ArchiveSource } from "@/model/import";

export class ArchiveInputError extends Error {}

const ghostPost = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  title: z.string().nullish(),
  slug: z.string().nullish(),
  html: z.string().nullish(),
  type: z.string().nullish(),
  published_at: z.string().nullish(),
  created_at: z.string().nullish(),
  custom_excerpt: z.string().nullish(),
  plaintext: z.string().nullish(),
  feature_image: z.string().nullish(),
});
const ghostExport = z.object({ db: z.array(z.object({ data: z.object({ posts: z.array(z.unknown()).default([]) }) })).min(1) });

function date(raw: unknown): Date | null {
  if (typeof raw !== "string" || raw.trim() === "") return null;
  const d = new Date(raw.trim());
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Text of a parsed XML node: a string, a number, or an object with #text (CDATA, attributes). */
function text(node: unknown): string {
  if (node === undefined || node === null) return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return text(node[0]);
  if (typeof node === "object") return text((node as Record<string, unknown>)["#text"] ?? (node as Record<string, unknown>)["__cdata"]);
  return "";
}

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function plain(html: string, max = 2000): string {
  return html
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, max);
}

function readGhost(json: unknown, ghostUrl?: string): ArchivePost[] {
  const parsed = ghostExport.safeParse(json);
  if (!parsed.success) throw new ArchiveInputError("Not a Ghost export: expected db[0].data.posts.");
  const base = ghostUrl?.replace(/\/+$/, "");
  const site = (v: string | null | undefined) => (v ? (base ? v.replaceAll("__GHOST_URL__", base) : v) : null);
  const posts: ArchivePost[] = [];
  for (const raw of parsed.data.db[0].data.posts) {
    const post = ghostPost.safeParse(raw);
    if (!post.success || (post.data.type && post.data.type !== "post")) continue;
    const p = post.data;
    const html = site(p.html) ?? "";
    posts.push({
      sourceKey: `ghost:${p.id}`,
      title: (p.title ?? "").trim() || "Untitled",
      slug: p.slug ?? null,
      publishedAt: date(p.published_at) ?? date(p.created_at),
      summary: (p.custom_excerpt ?? "").trim() || plain(html, 300),
      html,
      featureImage: site(p.feature_image),
    });
  }
  return posts;
}

function readFeed(xml: string): { source: ArchiveSource; posts: ArchivePost[] } {
  // Entities declared in the file itself are how "billion laughs" attacks start: refuse them.
  if (/<!ENTITY/i.test(xml)) throw new ArchiveInputError("The feed declares XML entities; that is refused.");
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    cdataPropName: "__cdata",
    processEntities: true,
    htmlEntities: true,
  });
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch (err) {
    throw new ArchiveInputError(`Not readable XML: ${(err as Error).message.slice(0, 200)}`);
  }
  const rss = doc.rss as { channel?: { item?: unknown } } | undefined;
  if (rss?.channel) {
    const posts = asArray(rss.channel.item as Record<string, unknown>[] | undefined).map((item): ArchivePost => {
      const link = text(item.link).trim();
      const html = text(item["content:encoded"]) || text(item.description);
      const enclosure = item.enclosure as Record<string, string> | undefined;
      const media = (item["media:content"] ?? item["media:thumbnail"]) as Record<string, string> | undefined;
      return {
        sourceKey: link || text(item.guid).trim() || `rss:${text(item.title)}`,
        title: plain(text(item.title), 200) || "Untitled",
        slug: null,
        publishedAt: date(text(item.pubDate)) ?? date(text(item["dc:date"])),
        summary: plain(text(item.description), 300),
        html,
        featureImage: (enclosure?.["@_type"]?.startsWith("image/") ? enclosure["@_url"] : null) ?? media?.["@_url"] ?? null,
      };
    });
    return { source: "rss", posts };
  }
  const feed = doc.feed as { entry?: unknown } | undefined;
  if (feed) {
    const posts = asArray(feed.entry as Record<string, unknown>[] | undefined).map((entry): ArchivePost => {
      const links = asArray(entry.link as Record<string, string> | Record<string, string>[] | undefined);
      const link = (links.find((l) => !l["@_rel"] || l["@_rel"] === "alternate") ?? links[0])?.["@_href"] ?? "";
      const html = text(entry.content) || text(entry.summary);
      return {
        sourceKey: link || text(entry.id).trim(),
        title: plain(text(entry.title), 200) || "Untitled",
        slug: null,
        publishedAt: date(text(entry.published)) ?? date(text(entry.updated)),
        summary: plain(text(entry.summary), 300),
        html,
        featureImage: null,
      };
    });
    return { source: "atom", posts };
  }
  throw new ArchiveInputError("Not an RSS or Atom feed (no <rss><channel> or <feed>).");
}

/** The posts of an RSS/Atom file or a Ghost JSON export, newest last as the file has them. */
export function readArchive(content: string, options: { ghostUrl?: string } = {}): { source: ArchiveSource; posts: ArchivePost[] } {
  const trimmed = content.replace(/^\uFEFF/, "").trimStart();
  if (trimmed.startsWith("{")) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      throw new ArchiveInputError("Not valid JSON.");
    }
    return { source: "ghost", posts: readGhost(json, options.ghostUrl) };
  }
  if (trimmed.startsWith("<")) return readFeed(trimmed);
  throw new ArchiveInputError("Not an RSS/Atom feed or a Ghost JSON export.");
}
