import { describe, expect, it } from "vitest";
import { clientFromChain, requestIdFrom } from "@/lib/server/request-context";

describe("client address", () => {
  it("ignores a forwarded chain when no proxy is trusted: a client cannot pick its own address", () => {
    expect(clientFromChain("203.0.113.9", "198.51.100.1", 0)).toBe("198.51.100.1");
    expect(clientFromChain(undefined, "198.51.100.1", 0)).toBe("198.51.100.1");
  });

  it("takes the address the trusted proxies saw, not what the client wrote before them", () => {
    // client forged "1.2.3.4"; nginx appended the real peer 203.0.113.9; we see nginx at 10.0.0.2.
    expect(clientFromChain("1.2.3.4, 203.0.113.9", "10.0.0.2", 1)).toBe("203.0.113.9");
    // nginx then Varnish: two hops.
    expect(clientFromChain("1.2.3.4, 203.0.113.9, 10.0.0.2", "10.0.0.3", 2)).toBe("203.0.113.9");
    // Fewer entries than hops: the furthest one known.
    expect(clientFromChain("", "10.0.0.3", 2)).toBe("10.0.0.3");
  });

  it("drops empty and oversized entries", () => {
    expect(clientFromChain(` , ${"x".repeat(100)}, 203.0.113.9`, "10.0.0.2", 1)).toBe("203.0.113.9");
  });
});

describe("request id", () => {
  it("keeps a well-formed id from a trusted proxy and makes a fresh one otherwise", () => {
    expect(requestIdFrom("abc123-def456", true)).toBe("abc123-def456");
    const fresh = requestIdFrom("abc123-def456", false);
    expect(fresh).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom("bad id\r\nx: y", true)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(undefined, true)).not.toBe(requestIdFrom(undefined, true));
  });
});
