import { z } from "zod";
import { roles, type Role } from "./role";
import { singleLine } from "./common";

/** A login as every guard and page sees it. */
export type EditorUser = { id: number; email: string; name: string; role: Role; authorId: number | null };

/** What a mailed account link is for: choosing a new password, or a first one after an invitation. */
export const accountTokenPurposes = ["reset", "invite"] as const;
export type AccountTokenPurpose = (typeof accountTokenPurposes)[number];

export const MIN_PASSWORD = 12;

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(320, "That address is too long.")
  .refine((v) => !/[\r\n,;<>\s]/.test(v), "Enter one email address.")
  .pipe(z.email("Enter an email address like name@example.com."));

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD, `Use at least ${MIN_PASSWORD} characters.`)
  .max(1024, "At most 1024 characters.");

export const nameSchema = z
  .string()
  .transform(singleLine)
  .pipe(z.string().trim().min(1, "Enter a name.").max(120, "At most 120 characters."));

export const setupSchema = z.object({ name: nameSchema, email: emailSchema, password: passwordSchema });

export const newUserSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  role: z.enum(roles),
  password: passwordSchema,
});

/** An invitation: no password, the invited person chooses it. */
export const inviteSchema = z.object({ name: nameSchema, email: emailSchema, role: z.enum(roles) });

export const userChangeSchema = z.object({
  id: z.coerce.number().int().positive(),
  role: z.enum(roles).optional(),
  disabled: z.boolean().optional(),
  authorId: z.number().int().positive().nullable().optional(),
});
