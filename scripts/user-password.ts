/**
 * `npm run user:password -- --email ann@example.com [--password …]`
 * Sets a login's password from the machine itself: the way back in for an owner who is locked
 * out or has lost mail. Without --password a strong one is generated and printed once. Every
 * session of the user ends, and the account's sign-in counters are cleared.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { getUserByEmailForEditor, setPasswordForEditor } from "@/db/queries/users";
import { audit, userLabel } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { forgetSignInFailures } from "@/lib/auth/sign-in";
import { emailSchema, passwordSchema } from "@/model/user";
import { withDatabase, fail } from "./_db";

const { values } = parseArgs({ options: { email: { type: "string" }, password: { type: "string" } } });

const generated = values.password ? undefined : randomBytes(15).toString("base64url");
const parsed = z
  .object({ email: emailSchema, password: passwordSchema })
  .safeParse({ email: values.email, password: values.password ?? generated });
if (!parsed.success) {
  console.error("Usage: npm run user:password -- --email EMAIL [--password PASSWORD]");
  for (const [field, message] of Object.entries(z.flattenError(parsed.error).fieldErrors)) console.error(`  --${field}: ${message?.[0]}`);
  process.exit(2);
}

withDatabase(async () => {
  const user = await getUserByEmailForEditor(parsed.data.email);
  if (!user) fail(`No login with the email ${parsed.data.email}.`);
  await setPasswordForEditor(user.id, await hashPassword(parsed.data.password));
  await forgetSignInFailures(user.email);
  await audit("password-reset", { actor: "cli", target: userLabel(user) });
  console.log(
    `Password of ${user.role} ${user.email} (id ${user.id}) set; every session of this user has ended.${user.disabled ? " The login is disabled: enable it on the users page." : ""}`,
  );
  if (generated) console.log(`Password (shown once): ${generated}`);
}).catch(fail);
