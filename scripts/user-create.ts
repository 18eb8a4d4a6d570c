/**
 * `npm run user:create -- --email ann@example.com --name "Ann" --role editor [--password …]`
 * Creates a login; without --password a strong one is generated and printed once.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createUserForEditor, EmailTakenError } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import { newUserSchema } from "@/lib/validation/user";
import { withDatabase, fail } from "./_db";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string", default: "contributor" },
    password: { type: "string" },
  },
});

const generated = values.password ? undefined : randomBytes(15).toString("base64url");
const parsed = newUserSchema.safeParse({ ...values, password: values.password ?? generated });
if (!parsed.success) {
  console.error("Usage: npm run user:create -- --email EMAIL --name NAME --role owner|editor|contributor [--password PASSWORD]");
  for (const [field, message] of Object.entries(z.flattenError(parsed.error).fieldErrors)) console.error(`  --${field}: ${message?.[0]}`);
  process.exit(2);
}

withDatabase(async () => {
  const { password, ...rest } = parsed.data;
  try {
    const user = await createUserForEditor({ ...rest, passwordHash: await hashPassword(password) });
    console.log(`Created ${user.role} ${user.email} (id ${user.id}).`);
    if (generated) console.log(`Password (shown once): ${generated}`);
  } catch (err) {
    if (err instanceof EmailTakenError) fail(err.message);
    throw err;
  }
}).catch(fail);
