import { isIPv6 } from "node:net";

/**
 * The client's address for per-address rate limits. By the time a request reaches our code,
 * lib/server/request-context.ts has reduced X-Forwarded-For to the one address it trusts (see
 * TRUST_PROXY), so the first entry is the client, never a value the client chose.
 *
 * An IPv6 address is cut to its /64: one home or server gets a whole /64 (2^64 addresses), so
 * keying on the full address would give one client as many buckets as it likes.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return limitKey((forwarded || "unknown").slice(0, 64));
}

/** The /64 network of an IPv6 address ("2001:db8:1:2::/64"); other values unchanged. */
export function limitKey(address: string): string {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!isIPv6(bare)) return address;
  // An IPv4 client seen through a dual-stack socket keeps its own address.
  const mapped = bare.match(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i);
  if (mapped) return mapped[1];
  const [head, tail = ""] = bare.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = bare.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => (parseInt(g, 16) || 0).toString(16))
    .join(":")}::/64`;
}
