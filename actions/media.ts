"use server";
// Every export is written with editorAction/editorFormAction (lib/editor-action.ts): requireRole runs first.
/** The media library: list for pickers, describe an upload (alt text, credit). Uploads go through /editor/media/upload. */
import { refresh } from "next/cache";
import { z } from "zod";
import { listMediaForEditor, updateMediaTextForEditor } from "@/db/queries/media";
import { failure, type ActionResult } from "@/lib/action-result";
import { refusals } from "@/lib/auth";
import { editorAction, editorFormAction, noInput } from "@/lib/editor-action";
import { ownScope } from "@/model/role";

export type MediaItem = { id: number; src: string; width: number; height: number; alt: string; credit: string; name: string };

/** The latest uploads, for the image picker. */
export const listMedia = editorAction("contributor", noInput, async (): Promise<ActionResult<{ media: MediaItem[] }>> => {
  const rows = await listMediaForEditor(120);
  return {
    ok: true,
    media: rows.map((m) => ({
      id: m.id,
      src: `/media/${m.key}`,
      width: m.width,
      height: m.height,
      alt: m.alt,
      credit: m.credit,
      name: m.originalName,
    })),
  };
});

const textSchema = z.object({
  id: z.coerce.number().int().positive(),
  alt: z.string().trim().max(500, "At most 500 characters."),
  credit: z.string().trim().max(300, "At most 300 characters."),
});

/** Saves the default alt text and credit of an upload (suggested when it is picked). */
export const describeMedia = editorFormAction("contributor", textSchema, async ({ id, ...change }, { user }): Promise<ActionResult> => {
  // A contributor describes their own uploads only; another's alt text and credit are not theirs to change.
  const own = ownScope(user);
  if (!(await updateMediaTextForEditor(id, change, own)))
    return own === undefined ? failure("Unknown image.", undefined, "not-found") : refusals.forbidden;
  refresh();
  return { ok: true };
});
