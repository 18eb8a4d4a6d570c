import { describe, expect, it } from "vitest";
import { editionMonthField, editionMonthFromTitle, editionMonthOf, formatEditionMonth } from "@/model/edition-month";

describe("edition month", () => {
  it("reads the month from a title", () => {
    expect(editionMonthFromTitle("Chinese Innovation News – November 2025")).toBe("2025-11");
    expect(editionMonthFromTitle("march 2024 roundup")).toBe("2024-03");
    expect(editionMonthFromTitle("Spring special")).toBeNull();
  });

  it("prefers the editor's month, then the title's, then the publication month", () => {
    const publishedAt = new Date("2025-12-02T08:00:00Z");
    expect(editionMonthOf({ editionMonth: "2025-10", title: "News – November 2025", publishedAt })).toBe("2025-10");
    expect(editionMonthOf({ editionMonth: null, title: "News – November 2025", publishedAt })).toBe("2025-11");
    expect(editionMonthOf({ editionMonth: "", title: "Spring special", publishedAt })).toBe("2025-12");
    expect(formatEditionMonth("2025-11")).toBe("November 2025");
  });

  it("accepts YYYY-MM or empty in the form, nothing else", () => {
    expect(editionMonthField.parse("2025-11")).toBe("2025-11");
    expect(editionMonthField.parse("")).toBe("");
    expect(editionMonthField.parse(undefined)).toBeUndefined();
    for (const bad of ["2025-13", "2025-1", "Nov 2025", "2025-11-01"]) {
      expect(editionMonthField.safeParse(bad).success, bad).toBe(false);
    }
  });
});
