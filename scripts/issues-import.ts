/**
 * `npm run issues:import -- FILE [--ghost-url https://old.example.com] [--as owner@example.com]`
 * An RSS/Atom feed or a Ghost JSON export becomes draft issues (see lib/import/issues.ts),
 * created as the given login or the first owner. Images are fetched from the public internet
 * only; DISPATCH_IMPORT_ALLOW_PRIVATE_NETWORK=1 allows private addresses (a local mirror).
 */
import { readFile, stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { firstOwnerIdForImport } from "@/db/queries/issue-import";
import { getUserByEmailForEditor } from "@/db/queries/users";
import { allowPrivateNetworkForImport } from "@/lib/import/fetch-image";
import { ArchiveInputError, importArchiveFile } from "@/lib/import/issues";
import { fail, withDatabase } from "./_db";

const USAGE = "Usage: npm run issues:import -- FILE [--ghost-url URL] [--as EMAIL]";
const { values, positionals } = parseArgs({ allowPositionals: true, options: { "ghost-url": { type: "string" }, as: { type: "string" } } });
const args = z
  .object({ file: z.string().min(1), ghostUrl: z.url({ protocol: /^https?$/ }).optional(), as: z.string().max(320).optional() })
  .safeParse({ file: positionals[0], ghostUrl: values["ghost-url"], as: values.as });
if (!args.success) fail(USAGE);
const MAX_FILE_BYTES = 200 * 1024 * 1024;

withDatabase(async () => {
  const { file, ghostUrl, as } = args.data;
  const size = (await stat(file).catch(() => fail(`No such file: ${file}`))).size;
  if (size > MAX_FILE_BYTES) fail(`The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  const user = as ? await getUserByEmailForEditor(as) : null;
  if (as && !user) fail(`No login with the email ${as}.`);
  const createdBy = user?.id ?? (await firstOwnerIdForImport());
  if (!createdBy) fail("No owner yet: create one first (npm run user:create -- --role owner …).");
  const summary = await importArchiveFile(await readFile(file, "utf8"), {
    createdBy,
    ghostUrl,
    allowPrivateNetwork: allowPrivateNetworkForImport(),
    onProgress: (done, total) => process.stderr.isTTY && process.stderr.write(`\r${done}/${total} posts…`),
  });
  if (process.stderr.isTTY) process.stderr.write("\r");
  console.log(
    `${summary.source.toUpperCase()} file: ${summary.created.length} draft issues created, ${summary.skipped.length} skipped, ${summary.images.copied} images copied, ${summary.images.failed.length} not.`,
  );
  for (const c of summary.created) console.log(`  draft: ${c.title} → /editor/issues/${c.id}`);
  for (const s of summary.skipped) console.log(`  skipped: ${s.title}: ${s.reason}`);
  for (const f of summary.images.failed) console.log(`  image not copied: ${f.url}: ${f.reason}`);
  if (summary.created.length) console.log("Review each draft in Editor → Issues before publishing.");
})
  // Worker threads (Markdown, images) keep the event loop alive: end once the summary is printed.
  .then(() => process.exit(0))
  .catch((err) => fail(err instanceof ArchiveInputError ? err.message : err));
