/**
 * The environment, validated once with zod. A bad value stops the process at start with a
 * message that names the variable, instead of failing later somewhere deep.
 */
import { z } from "zod";

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalUrl = (protocols: string[], hint: string) =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .refine((v) => {
        try {
          return protocols.includes(new URL(v).protocol);
        } catch {
          return false;
        }
      }, hint)
      .optional(),
  );

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optionalUrl(["postgres:", "postgresql:"], "must be a postgres:// URL, or unset for the embedded database"),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default(".data")),
  AUTH_SECRET: z.preprocess(emptyToUndefined, z.string().min(32, "must be at least 32 characters").optional()),
  SITE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .refine((v) => {
        try {
          return ["http:", "https:"].includes(new URL(v).protocol);
        } catch {
          return false;
        }
      }, "must be an absolute http(s) URL such as https://news.example.com")
      .optional(),
  ),
  SMTP_URL: optionalUrl(["smtp:", "smtps:"], "must be smtp://user:pass@host:port (or smtps://), or unset to keep mail in the outbox"),
  MAIL_FROM: z.preprocess(emptyToUndefined, z.string().default("Dispatch <newsletter@localhost>")),
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65535).default(3000)),
  REDIS_URL: optionalUrl(["redis:", "rediss:"], "must be a redis:// URL"),
  REDIS_KEY_PREFIX: z.preprocess(emptyToUndefined, z.string().regex(/^[A-Za-z0-9:_.-]{1,64}$/, "letters, digits and : _ . - only").default("dispatch:")),
  VARNISH_URL: optionalUrl(["http:", "https:"], "must be an http(s) URL"),
  VARNISH_PURGE_SECRET: z.preprocess(emptyToUndefined, z.string().min(16, "must be at least 16 characters").optional()),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info")),
});

export type Env = z.infer<typeof schema> & { SITE_URL: string };

let cached: Env | undefined;

/** Parses process.env; throws an Error naming each bad variable. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}\nSee .env.example for every variable.`);
  }
  const data = result.data;
  if (data.NODE_ENV === "production" && data.DATABASE_URL && !data.AUTH_SECRET) {
    throw new Error(
      "Invalid environment:\n  AUTH_SECRET: required in production with PostgreSQL (generate one with `openssl rand -base64 33`)",
    );
  }
  if (data.REDIS_URL && !data.AUTH_SECRET) {
    throw new Error(
      "Invalid environment:\n  AUTH_SECRET: required with REDIS_URL: every instance must sign sessions with the same secret (a generated one lives in one instance's DATA_DIR only)",
    );
  }
  if (data.VARNISH_URL && !data.VARNISH_PURGE_SECRET) {
    throw new Error("Invalid environment:\n  VARNISH_PURGE_SECRET: required with VARNISH_URL (the same value as in the VCL's purge check)");
  }
  const siteUrl = (data.SITE_URL ?? `http://localhost:${data.PORT}`).replace(/\/+$/, "");
  return { ...data, SITE_URL: siteUrl };
}

/** The validated environment of this process (parsed on first use). */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}

/** Absolute URL on this site, for feeds, mail and metadata. */
export function absoluteUrl(path: string): string {
  return `${env().SITE_URL}${path.startsWith("/") ? path : `/${path}`}`;
}
