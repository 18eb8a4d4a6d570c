import { describe, expect, it } from "vitest";
import { formatDate, formatEventRange, readingMinutes } from "@/lib/format";

describe("formatting", () => {
  it("shows event ranges the way the newsletter does", () => {
    expect(formatEventRange("2025-11-16", "2025-11-21")).toBe("16–21 Nov 2025");
    expect(formatEventRange("2025-11-28", "2025-12-03")).toBe("28 Nov – 3 Dec 2025");
    expect(formatEventRange("2025-12-29", "2026-01-03")).toBe("29 Dec 2025 – 3 Jan 2026");
    expect(formatEventRange("2026-02-04", "2026-02-04")).toBe("4 Feb 2026");
  });

  it("shows publication dates in UTC", () => {
    expect(formatDate(new Date("2025-03-24T23:30:00Z"))).toBe("24 Mar 2025");
  });

  it("rounds reading time and never shows zero minutes", () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1100)).toBe(5);
  });
});
