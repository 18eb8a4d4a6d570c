import { describe, expect, it } from "vitest";
import { envValue, parseEnv } from "@/lib/env";

describe("environment validation", () => {
  it("accepts an empty environment with embedded defaults", () => {
    const env = parseEnv({ NODE_ENV: "production" } as NodeJS.ProcessEnv);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.DATA_DIR).toBe(".data");
    expect(env.SITE_URL).toBe("http://localhost:3000");
  });

  it.each([
    ["DATABASE_URL", "mysql://x"],
    ["SITE_URL", "not a url"],
    ["SMTP_URL", "http://mail.example.com"],
    ["PORT", "70000"],
    ["AUTH_SECRET", "short"],
  ])("names %s when it is invalid", (name, value) => {
    expect(() => parseEnv({ NODE_ENV: "development", [name]: value } as NodeJS.ProcessEnv)).toThrow(new RegExp(`${name}:`));
  });

  it.each([
    ["SMTP_POOL_SIZE", "eight"],
    ["SEND_CONCURRENCY", "2.5"],
    ["PG_POOL_MAX", "0"],
    ["SCHEDULER_INTERVAL_MS", "soon"],
    ["DISPATCH_SCHEDULER", "maybe"],
    ["DISPATCH_SEND_WORKER", "false"],
  ])("stops at start on %s=%s instead of reading NaN or guessing", (name, value) => {
    expect(() => parseEnv({ NODE_ENV: "development", [name]: value } as NodeJS.ProcessEnv)).toThrow(new RegExp(`${name}:`));
    expect(() => envValue(name as "SMTP_POOL_SIZE", { [name]: value } as NodeJS.ProcessEnv)).toThrow(new RegExp(`${name}:`));
  });

  it("reads the sending, scheduling and pool settings with their defaults", () => {
    const env = parseEnv({ NODE_ENV: "development", SMTP_POOL_SIZE: "4", DISPATCH_SCHEDULER: "off" } as NodeJS.ProcessEnv);
    expect(env).toMatchObject({
      SMTP_POOL_SIZE: 4,
      SEND_CONCURRENCY: 8,
      PG_POOL_MAX: 10,
      SCHEDULER_INTERVAL_MS: 5_000,
      DISPATCH_SCHEDULER: false,
      DISPATCH_SEND_WORKER: true,
    });
  });

  it("requires AUTH_SECRET in production with PostgreSQL", () => {
    expect(() => parseEnv({ NODE_ENV: "production", DATABASE_URL: "postgres://u@h/db" } as NodeJS.ProcessEnv)).toThrow(
      /AUTH_SECRET: required/,
    );
  });

  it("requires a shared AUTH_SECRET with REDIS_URL (several instances) and a purge secret with VARNISH_URL", () => {
    expect(() => parseEnv({ NODE_ENV: "production", REDIS_URL: "redis://127.0.0.1:6379" } as NodeJS.ProcessEnv)).toThrow(
      /AUTH_SECRET: required with REDIS_URL/,
    );
    expect(() => parseEnv({ NODE_ENV: "production", VARNISH_URL: "http://127.0.0.1:6081" } as NodeJS.ProcessEnv)).toThrow(
      /VARNISH_PURGE_SECRET: required/,
    );
    const ok = parseEnv({
      NODE_ENV: "production",
      REDIS_URL: "redis://127.0.0.1:6379",
      AUTH_SECRET: "x".repeat(32),
      VARNISH_URL: "http://127.0.0.1:6081",
      VARNISH_PURGE_SECRET: "y".repeat(16),
    } as NodeJS.ProcessEnv);
    expect(ok.REDIS_KEY_PREFIX).toBe("dispatch:");
  });

  it("drops a trailing slash from SITE_URL so links never double it", () => {
    expect(parseEnv({ NODE_ENV: "test", SITE_URL: "https://news.example.com/" } as NodeJS.ProcessEnv).SITE_URL).toBe(
      "https://news.example.com",
    );
  });
});
