import { z } from "zod";
import { optionalHttpUrl, singleLine, slugSchema } from "./common";

const optionalId = z.preprocess((v) => (v === "" || v === null || v === undefined ? null : v), z.coerce.number().int().positive().nullable());

export const categoryFormSchema = z.object({
  id: optionalId,
  name: z.string().transform(singleLine).pipe(z.string().trim().min(1, "Enter a name.").max(80, "At most 80 characters.")),
  slug: slugSchema,
  description: z.string().trim().max(500, "At most 500 characters.").default(""),
  /** The form counts from 1 ("Order: 1" comes first); stored from 0. */
  position: z.coerce
    .number()
    .int()
    .min(1, "1 or more.")
    .max(10_001, "At most 10,001.")
    .default(1)
    .transform((order) => order - 1),
});

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
    .refine((v) => v === null || /^\/(media|demo)\/[A-Za-z0-9][A-Za-z0-9/_.-]*$/.test(v) && !v.split("/").includes(".."), "Pick a photo from the media library.")
    .nullable()
    .default(null),
  photoAlt: z.string().trim().max(300).default(""),
  links: z
    .string()
    .default("")
    .transform((text) => text.split("\n").filter((l) => l.trim() !== ""))
    .pipe(z.array(linkLine).max(10, "At most 10 links.")),
});

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Pick a date.");

export const eventFormSchema = z
  .object({
    id: optionalId,
    title: z.string().transform(singleLine).pipe(z.string().trim().min(1, "Enter a title.").max(200)),
    slug: slugSchema,
    startsAt: day,
    endsAt: day,
    location: z.string().transform(singleLine).pipe(z.string().trim().max(200)).default(""),
    summary: z.string().trim().max(2000).default(""),
    url: optionalHttpUrl,
    isNew: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  })
  .refine((e) => e.endsAt >= e.startsAt, { path: ["endsAt"], message: "Ends before it starts." });
