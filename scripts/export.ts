/**
 * `npm run export -- [--out FILE] [--with-password-hashes]`: all content, media, users and
 * subscribers in one archive. Password hashes are left out unless asked for.
 */
import { audit } from "@/lib/audit";
import { exportArchive } from "@/lib/backup/archive";
import { createStorage } from "@/lib/storage";
import { env } from "@/lib/env";
import { fail, withDatabase } from "./_db";

const args = process.argv.slice(2);
const outIndex = args.indexOf("--out");
const out = outIndex >= 0 ? args[outIndex + 1] : `dispatch-backup-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")}.jsonl.gz`;
const withPasswordHashes = args.includes("--with-password-hashes");

withDatabase(async ({ db, engine }) => {
  // The media store the app uses (DATA_DIR/uploads, or the S3 bucket when S3_BUCKET is set).
  const files = createStorage(env());
  const summary = await exportArchive(db, files, out, { withPasswordHashes });
  await audit("export", { actor: "cli", target: "archive", details: { withPasswordHashes } });
  const rows = Object.entries(summary.tables)
    .map(([t, n]) => `${t} ${n}`)
    .join(", ");
  console.log(
    `Exported (${engine}) to ${out}: ${rows}; ${summary.media} media files from ${files.describeTarget()}; password hashes ${withPasswordHashes ? "included" : "left out"}.`,
  );
}).catch(fail);
