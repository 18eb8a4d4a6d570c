/** The SQL word count (db/queries/issues/word-count.ts) agrees with the one in model/issue.ts, on a real database. */
import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { sqlWords } from "@/db/queries/issues/word-count";
import { countWords } from "@/model/issue";
import { databaseForThisFile } from "../support/database";

const database = databaseForThisFile();

const texts = [
  "",
  "   ",
  "one",
  "Two words",
  "  padded   with  spaces  ",
  "line\nbreaks\n\nand\ttabs",
  "trailing newline\n",
  "\nleading newline",
  "**Markdown** with [a link](https://example.com) and `code`.",
  "中文 词语 and English",
];

describe("the word count", () => {
  it.each(texts)("is the same in SQL and TypeScript for %j", async (text) => {
    const [row] = (await database().db.execute(sql`select ${sqlWords(sql`${text}::text`)} as n`)).rows as Array<{ n: number }>;
    expect(Number(row.n)).toBe(countWords(text));
  });
});
