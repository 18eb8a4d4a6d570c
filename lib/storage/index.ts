/**
 * Where uploaded files live, behind a small interface: the local folder DATA_DIR/uploads by
 * default; an S3-compatible store can implement the same four methods later.
 */
import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { LocalStorage } from "./local";

export type StoredObject = { body: ReadableStream<Uint8Array>; size: number };

export interface MediaStorage {
  put(key: string, data: Uint8Array): Promise<void>;
  get(key: string): Promise<StoredObject | null>;
  delete(key: string): Promise<void>;
}

/** Keys are server-made: two hex characters of fan-out, a random name, a known extension. */
export const KEY_PATTERN = /^[0-9a-f]{2}\/[A-Za-z0-9_-]{16,64}\.(png|jpg|webp|gif)$/;

export function isValidKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

let instance: MediaStorage | undefined;

export function storage(): MediaStorage {
  instance ??= new LocalStorage(path.join(path.resolve(env().DATA_DIR), "uploads"));
  return instance;
}
