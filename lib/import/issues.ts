/**
 * The archive import: posts read from an RSS/Atom feed or a Ghost export become draft issues —
 * title, summary, the source's date, body split into sections at h2 headings, each image fetched
 * (lib/import/fetch-image.ts), checked and re-encoded like an upload and stored in the media
 * store. Every draft waits in the editor's issue list for review; nothing is published. A post
 * whose source (feed link or Ghost id) is already an issue is skipped, so a second import of the
 * same file changes nothing.
 */
import "server-only";
import { createIssueForEditor, deleteDraftForEditor, isIssueSlugTakenForEditor } from "@/db/queries/issues/editor";
import { importedSourceKeys, markIssueImported } from "@/db/queries/issue-import";
import { storeUpload } from "@/lib/media/upload";
import { slugify } from "@/model/common";
import { issueDraftSchema, newKey, type FigureDraft } from "@/model/issue-draft";
import type { ArchiveImportSummary, ArchivePost } from "@/model/import";
import { readArchive } from "./archive-read";
import { fetchImportImage, type FetchOptions } from "./fetch-image";
import { htmlToSections } from "./html-sections";

export { ArchiveInputError } from "./archive-read";

export type ArchiveImportOptions = FetchOptions & {
  createdBy: number;
  ghostUrl?: string;
  /** Posts per file: the web page's cap (the command line passes none). */
  maxPosts?: number;
  /** Images fetched per import, in all: the rest are reported, not fetched. */
  maxImages?: number;
  onProgress?: (done: number, total: number) => void;
};

async function freeSlug(wanted: string): Promise<string> {
  const base = slugify(wanted).slice(0, 100).replace(/-+$/, "") || "imported-issue";
  for (let n = 1; n < 1000; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await isIssueSlugTakenForEditor(slug))) return slug;
  }
  return `${base}-${Date.now()}`;
}

type ImageStore = (src: string, alt: string) => Promise<{ src: string; width: number; height: number } | null>;

function imageStore(post: ArchivePost, options: ArchiveImportOptions, summary: ArchiveImportSummary, budget: { left: number }): ImageStore {
  return async (src) => {
    let url: string;
    try {
      url = new URL(src, /^https?:/.test(post.sourceKey) ? post.sourceKey : undefined).toString();
    } catch {
      summary.images.failed.push({ url: src.slice(0, 300), reason: "a relative link with no page to resolve it against" });
      return null;
    }
    if (budget.left <= 0) {
      summary.images.failed.push({ url, reason: "over the import's image limit" });
      return null;
    }
    budget.left--;
    try {
      const bytes = await fetchImportImage(url, options);
      const stored = await storeUpload(bytes, url.split("/").pop()?.slice(0, 200) ?? "", options.createdBy);
      if (!stored.ok) {
        summary.images.failed.push({ url, reason: stored.error });
        return null;
      }
      summary.images.copied++;
      return stored.media;
    } catch (err) {
      summary.images.failed.push({ url, reason: (err as Error).message.slice(0, 200) });
      return null;
    }
  };
}

async function importPost(
  post: ArchivePost,
  store: ImageStore,
  createdBy: number,
): Promise<{ id: number; slug: string } | { error: string }> {
  const sections = [];
  for (const part of htmlToSections(post.html, post.title)) {
    let figure: FigureDraft | null = null;
    if (part.image) {
      const stored = await store(part.image.src, part.image.alt);
      if (stored)
        figure = {
          src: stored.src,
          width: stored.width,
          height: stored.height,
          alt: part.image.alt.slice(0, 500),
          caption: part.image.caption.slice(0, 1000),
          credit: "",
        };
    }
    sections.push({
      key: newKey("s"),
      kind: "story",
      title: part.title,
      tldr: "",
      sourceUrl: null,
      body: part.markdown,
      figure,
      items: [],
    });
  }
  let cover = null;
  if (post.featureImage) {
    const stored = await store(post.featureImage, "");
    if (stored) cover = { src: stored.src, width: stored.width, height: stored.height, alt: "" };
  }
  const slug = await freeSlug(post.slug || post.title);
  const draft = issueDraftSchema.safeParse({
    title: post.title.slice(0, 200),
    slug,
    summary: post.summary.slice(0, 2000),
    cover,
    sections,
  });
  if (!draft.success) return { error: draft.error.issues[0]?.message ?? "not a valid issue" };
  const created = await createIssueForEditor(draft.data, createdBy);
  if (!created.ok) return { error: "its slug was taken meanwhile; import again" };
  if (!(await markIssueImported(created.id, post.sourceKey, post.publishedAt))) {
    await deleteDraftForEditor(created.id);
    return { error: "already imported" };
  }
  return { id: created.id, slug };
}

/** Imports every post of the file that is not an issue yet. Throws ArchiveInputError for a file it cannot read. */
export async function importArchiveFile(content: string, options: ArchiveImportOptions): Promise<ArchiveImportSummary> {
  const { source, posts } = readArchive(content, { ghostUrl: options.ghostUrl });
  const summary: ArchiveImportSummary = { source, created: [], skipped: [], images: { copied: 0, failed: [] } };
  const max = options.maxPosts ?? Number.POSITIVE_INFINITY;
  const known = await importedSourceKeys(posts.map((p) => p.sourceKey));
  const budget = { left: options.maxImages ?? Number.POSITIVE_INFINITY };
  const seen = new Set<string>();
  for (const [index, post] of posts.entries()) {
    options.onProgress?.(index, posts.length);
    if (index >= max) {
      summary.skipped.push({ title: post.title, reason: `over the limit of ${max} posts per file` });
      continue;
    }
    if (known.has(post.sourceKey) || seen.has(post.sourceKey)) {
      summary.skipped.push({ title: post.title, reason: "already imported" });
      continue;
    }
    seen.add(post.sourceKey);
    const result = await importPost(post, imageStore(post, options, summary, budget), options.createdBy);
    if ("error" in result) summary.skipped.push({ title: post.title, reason: result.error });
    else summary.created.push({ id: result.id, title: post.title, slug: result.slug });
  }
  options.onProgress?.(posts.length, posts.length);
  return summary;
}
