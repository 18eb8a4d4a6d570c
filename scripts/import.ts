/** `npm run import -- FILE`: restores an archive from `npm run export` into an empty database. */
import { renewCacheEpoch } from "@/db/queries/cache-identity";
import { loginsToReopenAfterRestore } from "@/db/queries/restore-access";
import { importArchive } from "@/lib/backup/archive";
import { restoreAccessAdvice } from "@/lib/backup/restore-access";
import { createStorage } from "@/lib/storage";
import { env } from "@/lib/env";
import { fail, withDatabase } from "./_db";

const file = process.argv[2];
if (!file) fail("Usage: npm run import -- FILE");

withDatabase(async ({ db, engine }) => {
  // The media store the app uses (DATA_DIR/uploads, or the S3 bucket when S3_BUCKET is set).
  const files = createStorage(env());
  const summary = await importArchive(db, files, file);
  // Pages cached (in Redis) from whatever this database held before must never be served again.
  await renewCacheEpoch(db);
  const rows = Object.entries(summary.tables)
    .map(([t, n]) => `${t} ${n}`)
    .join(", ");
  console.log(`Imported into ${engine}: ${rows}; ${summary.media} media files into ${files.describeTarget()}.`);
  if (!summary.passwordHashes) for (const line of restoreAccessAdvice(await loginsToReopenAfterRestore())) console.log(line);
}).catch(fail);
