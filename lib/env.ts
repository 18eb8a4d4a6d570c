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

/** "true"/"false" (also 1/0, yes/no, on/off); anything else is refused rather than read as false. */
const flag = z.preprocess(
  (v) => {
    if (typeof v !== "string") return v;
    const s = v.trim().toLowerCase();
    if (s === "") return undefined;
    if (["true", "1", "yes", "on"].includes(s)) return true;
    if (["false", "0", "no", "off"].includes(s)) return false;
    return v;
  },
  z.boolean({ error: "must be true or false" }).default(false),
);

/** The same, for a setting that is on unless turned off. */
const flagDefaultOn = z.preprocess((v) => (emptyToUndefined(v) === undefined ? "true" : v), flag);

const optionalText = z.preprocess(emptyToUndefined, z.string().optional());

/** A whole number in a range: "abc" or "8.5" stops the start with the variable's name, never a NaN. */
const wholeNumber = (min: number, max: number, fallback: number) =>
  z.preprocess(emptyToUndefined, z.coerce.number().int("must be a whole number").min(min).max(max).default(fallback));

/** A part of this instance that is on unless the variable says "off" (only "on" and "off" are read). */
const onOff = z.preprocess(
  (v) => {
    if (typeof v !== "string") return v;
    const s = v.trim().toLowerCase();
    return s === "" ? undefined : s === "on" ? true : s === "off" ? false : v;
  },
  z.boolean({ error: 'must be "on" or "off"' }).default(true),
);

const s3Fields = {
  // Bucket names as S3 (and MinIO, R2) accept them: 3–63 lower-case letters, digits, dots, hyphens.
  S3_BUCKET: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be a bucket name: 3–63 lower-case letters, digits, dots or hyphens")
      .optional(),
  ),
  S3_ENDPOINT: optionalUrl(["http:", "https:"], "must be an http(s) URL such as http://127.0.0.1:9000, or unset for AWS S3"),
  S3_REGION: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[a-z0-9-]+$/, "must be a region name such as us-east-1 (R2: auto)")
      .default("us-east-1"),
  ),
  S3_ACCESS_KEY_ID: optionalText,
  S3_SECRET_ACCESS_KEY: optionalText,
  S3_FORCE_PATH_STYLE: flag,
  // A folder inside the bucket; slashes at either end are dropped.
  S3_PREFIX: z.preprocess(
    (v) => (typeof v === "string" ? emptyToUndefined(v.trim().replace(/^\/+|\/+$/g, "")) : v),
    z
      .string()
      .regex(
        /^[A-Za-z0-9_-][A-Za-z0-9._-]*(\/[A-Za-z0-9_-][A-Za-z0-9._-]*)*$/,
        "must be a path such as dispatch/media (letters, digits, . _ - and /)",
      )
      .max(200, "must be at most 200 characters")
      .optional(),
  ),
};

const fields = {
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
  REDIS_KEY_PREFIX: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9:_.-]{1,64}$/, "letters, digits and : _ . - only")
      .default("dispatch:"),
  ),
  VARNISH_URL: optionalUrl(["http:", "https:"], "must be an http(s) URL"),
  TRUST_PROXY: z.preprocess(emptyToUndefined, z.coerce.number().int("must be a whole number of proxies").min(0).max(5).default(0)),
  SEARCH_LIMIT_PER_MINUTE: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(100_000).default(30)),
  VARNISH_PURGE_SECRET: z.preprocess(emptyToUndefined, z.string().min(16, "must be at least 16 characters").optional()),
  // Open pixels in issue mail; off leaves opens uncounted (clicks are still counted).
  TRACK_OPENS: flagDefaultOn,
  /** Lets the archive import fetch images from private addresses: tests and a local mirror only. */
  DISPATCH_IMPORT_ALLOW_PRIVATE_NETWORK: flag,
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info")),
  SMTP_POOL_SIZE: wholeNumber(1, 1_000, 8),
  SEND_CONCURRENCY: wholeNumber(1, 1_000, 8),
  DISPATCH_SEND_WORKER: onOff,
  DISPATCH_SCHEDULER: onOff,
  SCHEDULER_INTERVAL_MS: wholeNumber(100, 86_400_000, 5_000),
  PG_POOL_MAX: wholeNumber(1, 1_000, 10),
  ...s3Fields,
};

const schema = z.object(fields).superRefine((data, ctx) => {
  if (data.S3_BUCKET) {
    for (const name of ["S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
      if (!data[name]) ctx.addIssue({ code: "custom", path: [name], message: "required when S3_BUCKET is set" });
    }
    return;
  }
  // Half an S3 setup would silently keep media on this instance's disk: refuse it.
  const set = (["S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY", "S3_PREFIX"] as const).filter((name) => data[name]);
  if (set.length > 0) {
    ctx.addIssue({
      code: "custom",
      path: ["S3_BUCKET"],
      message: `required when ${set.join(", ")} ${set.length > 1 ? "are" : "is"} set (unset them all to keep media in DATA_DIR/uploads)`,
    });
  }
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
  // The build reads no database and signs nothing: rules between run-time settings wait for the start.
  const building = source.NEXT_PHASE === "phase-production-build";
  if (!building && data.NODE_ENV === "production" && data.DATABASE_URL && !data.AUTH_SECRET) {
    throw new Error(
      "Invalid environment:\n  AUTH_SECRET: required in production with PostgreSQL (generate one with `openssl rand -base64 33`)",
    );
  }
  if (!building && data.REDIS_URL && !data.AUTH_SECRET) {
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

/**
 * One variable, checked by its rule and not cached, for a module that reads it as it loads
 * (before env() may be called: tests set the environment after importing). Throws like parseEnv.
 */
export function envValue<K extends keyof typeof fields>(name: K, source: NodeJS.ProcessEnv = process.env): z.output<(typeof fields)[K]> {
  const result = fields[name].safeParse(source[name]);
  if (!result.success)
    throw new Error(`Invalid environment:\n  ${name}: ${result.error.issues[0]?.message}\nSee .env.example for every variable.`);
  return result.data as z.output<(typeof fields)[K]>;
}

/** Absolute URL on this site, for feeds, mail and metadata. */
export function absoluteUrl(path: string): string {
  return `${env().SITE_URL}${path.startsWith("/") ? path : `/${path}`}`;
}
