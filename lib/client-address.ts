/**
 * The client's address for per-address rate limits. By the time a request reaches our code,
 * lib/server/request-context.ts has reduced X-Forwarded-For to the one address it trusts (see
 * TRUST_PROXY), so the first entry is the client, never a value the client chose.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || "unknown").slice(0, 64);
}
