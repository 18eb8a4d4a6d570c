/** An author, whose card closes each issue: the editor form's schema. */
import { z } from "zod";
import { isLibraryImagePath, optionalId, singleLine, slugSchema } from "./common";

const linkLine = z
  .string()
  .trim()
  .transform((line) => {
    const [label, url] = line.includes("|") ? line.split("|").map((p) => p.trim()) : [line, line];
    return { label, url };
  })
  .refine((l) => /^https?:\/\//i.test(l.url), "Each link: Label | https://…");

export const authorFormSchema = z.object({
  id: optionalId,
  name: z.string().transform(singleLine).pipe(z.string().trim().min(1, "Enter a name.").max(120)),
  slug: slugSchema,
  bio: z.string().trim().max(2000, "At most 2000 characters.").default(""),
  photo: z
    .string()
    .trim()
    .max(300)
    .transform((v) => (v === "" ? null : v))
    .refine((v) => v === null || isLibraryImagePath(v), "Pick a photo from the media library.")
    .nullable()
    .default(null),
  photoAlt: z.string().trim().max(300).default(""),
  links: z
    .string()
    .default("")
    .transform((text) => text.split("\n").filter((l) => l.trim() !== ""))
    .pipe(z.array(linkLine).max(10, "At most 10 links.")),
});
