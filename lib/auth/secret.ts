/**
 * The session signing secret. AUTH_SECRET when set; otherwise (the embedded setup) generated
 * once into DATA_DIR/auth-secret with mode 600 and reused, so sessions survive restarts.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "@/lib/env";

let cached: string | undefined;

export function authSecret(): string {
  if (cached) return cached;
  const { AUTH_SECRET, DATA_DIR } = env();
  if (AUTH_SECRET) return (cached = AUTH_SECRET);
  const file = path.join(path.resolve(DATA_DIR), "auth-secret");
  try {
    cached = readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(path.dirname(file), { recursive: true });
    try {
      // "wx": when two processes race, exactly one writes and the other reads the winner's.
      writeFileSync(file, randomBytes(48).toString("base64url"), { flag: "wx", mode: 0o600 });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
    cached = readFileSync(file, "utf8").trim();
  }
  if (cached.length < 32) throw new Error(`${file} holds a secret shorter than 32 characters; delete it to generate a new one.`);
  return cached;
}
