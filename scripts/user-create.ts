/**
 * `npm run user:create -- --email ann@example.com --name "Ann" --role editor [--password … | --invite]`
 * Creates a login. With --invite, Ann is mailed a link (through SMTP_URL, or the outbox) to choose
 * her own password, and the link is printed too; otherwise a strong password is generated and
 * printed once when none is given.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createUserForEditor, EmailTakenError } from "@/db/queries/users";
import { audit, userLabel } from "@/lib/audit";
import { mailAccountLink } from "@/lib/auth/account-links";
import { hashPassword } from "@/lib/auth/password";
import { closeMailTransport } from "@/lib/email/transport";
import { newUserSchema } from "@/model/user";
import { withDatabase, fail } from "./_db";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    role: { type: "string", default: "contributor" },
    password: { type: "string" },
    invite: { type: "boolean", default: false },
  },
});

const usage = "Usage: npm run user:create -- --email EMAIL --name NAME --role owner|editor|contributor [--password PASSWORD | --invite]";
if (values.invite && values.password) {
  console.error(`${usage}\n  --invite: the invited person chooses the password; leave out --password.`);
  process.exit(2);
}
const generated = values.password ? undefined : randomBytes(15).toString("base64url");
const { invite, ...fields } = values;
const parsed = newUserSchema.safeParse({ ...fields, password: values.password ?? generated });
if (!parsed.success) {
  console.error(usage);
  for (const [field, message] of Object.entries(z.flattenError(parsed.error).fieldErrors)) console.error(`  --${field}: ${message?.[0]}`);
  process.exit(2);
}

withDatabase(async () => {
  const { password, ...rest } = parsed.data;
  try {
    const user = await createUserForEditor({ ...rest, passwordHash: await hashPassword(password) });
    console.log(`Created ${user.role} ${user.email} (id ${user.id}).`);
    await audit("user-create", { actor: "cli", target: userLabel(user), details: { role: user.role, via: invite ? "invitation" : "cli" } });
    if (invite) {
      const url = await mailAccountLink(user, "invite");
      await audit("invitation", { actor: "cli", target: userLabel(user) });
      console.log(`Invitation mailed to ${user.email} (valid 7 days, works once). The link, if you need to pass it on yourself:\n${url}`);
    } else if (generated) console.log(`Password (shown once): ${generated}`);
  } catch (err) {
    if (err instanceof EmailTakenError) fail(err.message);
    throw err;
  } finally {
    closeMailTransport();
  }
}).catch(fail);
