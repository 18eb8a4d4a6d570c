/**
 * The subscriber growth chart's numbers: confirmations in and departures out per day from the
 * real database, and the rows the chart draws — including a list whose whole history is one day.
 */
import { describe, expect, it } from "vitest";
import { subscribers } from "@/db/schema";
import { subscriberChangesPerDayForEditor } from "@/db/queries/subscriber-growth";
import { growthRows } from "@/components/editor/newsletter/GrowthChart";
import { databaseForThisFile } from "../support/database";

const database = databaseForThisFile();

describe("subscriber growth", () => {
  it("counts who joined and who left per day, so the running sum is the confirmed list", async () => {
    const day = (d: string) => new Date(`${d}T12:00:00Z`);
    await database()
      .db.insert(subscribers)
      .values([
        { email: "a@example.com", status: "confirmed", confirmedAt: day("2026-11-20") },
        { email: "b@example.com", status: "confirmed", confirmedAt: day("2026-11-20") },
        { email: "c@example.com", status: "unsubscribed", confirmedAt: day("2026-11-21"), unsubscribedAt: day("2026-11-23") },
        { email: "d@example.com", status: "pending" },
      ]);
    const changes = await subscriberChangesPerDayForEditor();
    expect(changes).toEqual([
      { day: "2026-11-20", joined: 2, left: 0 },
      { day: "2026-11-21", joined: 1, left: 0 },
      { day: "2026-11-23", joined: 0, left: 1 },
    ]);
    const rows = growthRows(changes, day("2026-11-24"));
    expect(rows.map((r) => [r.day, r.net, r.total])).toEqual([
      ["2026-11-20", 2, 2],
      ["2026-11-21", 1, 3],
      ["2026-11-22", 0, 3],
      ["2026-11-23", -1, 2],
      ["2026-11-24", 0, 2],
    ]);
  });

  it("draws one day of data as one day, and keeps the total from before a 30-day window", () => {
    expect(growthRows([{ day: "2026-12-01", joined: 5, left: 0 }], new Date("2026-12-01T15:00:00Z"))).toEqual([
      { day: "2026-12-01", joined: 5, left: 0, net: 5, total: 5 },
    ]);
    const rows = growthRows(
      [
        { day: "2026-01-01", joined: 10, left: 0 },
        { day: "2026-12-01", joined: 1, left: 0 },
      ],
      new Date("2026-12-01T15:00:00Z"),
    );
    expect(rows).toHaveLength(30);
    expect(rows[0]).toMatchObject({ day: "2026-11-02", total: 10 });
    expect(rows.at(-1)).toMatchObject({ day: "2026-12-01", net: 1, total: 11 });
  });
});
