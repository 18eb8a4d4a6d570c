/** MediaStorage on the local disk. Every path is checked to stay inside the root folder. */
import "server-only";
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { MediaStorage, StoredObject } from "./types";
import { assertValidKey, isValidKey } from "./keys";

export class LocalStorage implements MediaStorage {
  constructor(private readonly root: string) {}

  private resolve(key: string): string {
    const full = path.resolve(this.root, key);
    if (!full.startsWith(this.root + path.sep)) throw new Error("Storage key escapes the uploads folder.");
    return full;
  }

  async put(key: string, data: Uint8Array): Promise<void> {
    const full = this.resolve(key);
    assertValidKey(key);
    await mkdir(path.dirname(full), { recursive: true });
    // Write then rename: a reader never sees half a file.
    const temp = `${full}.${process.pid}.tmp`;
    await writeFile(temp, data, { flag: "wx", mode: 0o640 });
    await rename(temp, full);
  }

  async get(key: string): Promise<StoredObject | null> {
    if (!isValidKey(key)) return null;
    const full = this.resolve(key);
    try {
      const info = await stat(full);
      if (!info.isFile()) return null;
      return { body: Readable.toWeb(createReadStream(full)) as ReadableStream<Uint8Array>, size: info.size };
    } catch {
      return null;
    }
  }

  async delete(key: string): Promise<void> {
    const full = this.resolve(key);
    assertValidKey(key);
    await rm(full, { force: true });
  }

  /** Where the files live, for logs. */
  describeTarget(): string {
    return this.root;
  }
}
