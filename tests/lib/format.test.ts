import { describe, expect, it } from "vitest";
import { formatDate, formatEventRange, readingMinutes } from "@/lib/format";

describe("formatting", () => {
  it("shows event ranges the way the newsletter does", () => {
    expect(formatEventRange("2025-11-16", "2025-11-21")).toBe("Sun 16.11 → Fri 21.11 2025");
    expect(formatEventRange("2025-12-29", "2026-01-03")).toBe("Mon 29.12 2025 → Sat 03.01 2026");
  });

  it("shows publication dates in UTC", () => {
    expect(formatDate(new Date("2025-03-24T23:30:00Z"))).toBe("24 March 2025");
  });

  it("rounds reading time and never shows zero minutes", () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1100)).toBe(5);
  });
});
