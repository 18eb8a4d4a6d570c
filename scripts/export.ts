/**
 * `npm run export -- [--out FILE] [--with-password-hashes]`: all content, media, users and
 * subscribers in one archive. Password hashes are left out unless asked for.
 */
import { exportArchive } from "@/lib/backup/archive";
import { storage } from "@/lib/storage";
import { fail, withDatabase } from "./_db";

const args = process.argv.slice(2);
const outIndex = args.indexOf("--out");
const out = outIndex >= 0 ? args[outIndex + 1] : `dispatch-backup-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")}.jsonl.gz`;
const withPasswordHashes = args.includes("--with-password-hashes");

withDatabase(async ({ db, engine }) => {
  const summary = await exportArchive(db, storage(), out, { withPasswordHashes });
  const rows = Object.entries(summary.tables).map(([t, n]) => `${t} ${n}`).join(", ");
  console.log(`Exported (${engine}) to ${out}: ${rows}; ${summary.media} media files; password hashes ${withPasswordHashes ? "included" : "left out"}.`);
}).catch(fail);
