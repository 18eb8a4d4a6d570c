/** A category of issues (China, Generative AI, …): the editor form's schema. */
import { z } from "zod";
import { optionalId, singleLine, slugSchema } from "./common";

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
