/** A study tour or event, shown on its page and at the end of each issue: the editor form's schema. */
import { z } from "zod";
import { optionalHttpUrl, optionalId, singleLine, slugSchema } from "./common";

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
