import { describe, expect, it } from "vitest";
import { errorMessage, maskEmail } from "@/lib/log";

describe("log helpers", () => {
  it("masks email addresses to the first letter and the domain", () => {
    expect(maskEmail("reader@example.com")).toBe("r***@example.com");
    expect(maskEmail("not-an-address")).toBe("***");
  });

  it("keeps only the first line of an error", () => {
    expect(errorMessage(new Error("boom\n    at secret/path.ts:1:1"))).toBe("boom");
  });
});
