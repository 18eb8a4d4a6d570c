/**
 * Where uploaded files live, behind a small interface: the local folder DATA_DIR/uploads by
 * default, or an S3-compatible bucket when S3_BUCKET is set (then nothing is written to
 * DATA_DIR/uploads, and every instance serves the same files).
 */
import "server-only";
import path from "node:path";
import { env, type Env } from "@/lib/env";
import { LocalStorage } from "./local";
import { S3Storage } from "./s3";
import type { MediaStorage } from "./types";

export { isValidKey, KEY_PATTERN } from "./keys";

export type { MediaStorage, StoredObject } from "./types";

/** The backend the environment asks for: S3 when S3_BUCKET is set, else DATA_DIR/uploads. */
export function createStorage(config: Env): LocalStorage | S3Storage {
  if (config.S3_BUCKET) {
    // lib/env.ts has refused a bucket without both credentials.
    return new S3Storage({
      bucket: config.S3_BUCKET,
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      accessKeyId: config.S3_ACCESS_KEY_ID!,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY!,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
      prefix: config.S3_PREFIX,
    });
  }
  return new LocalStorage(path.join(path.resolve(config.DATA_DIR), "uploads"));
}

let instance: LocalStorage | S3Storage | undefined;

export function storage(): MediaStorage {
  instance ??= createStorage(env());
  return instance;
}
