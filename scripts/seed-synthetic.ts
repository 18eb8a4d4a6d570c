/**
 * `npm run db:seed:synthetic -- --count 1000 [--prefix b-] [--seed 1] [--start 2024-10-10] [--interval-days 7]`:
 * loads a generated archive (db/seed/synthetic.ts) into the configured database (DATA_DIR's
 * PGlite or DATABASE_URL) through the demo's loader, so a second run with the same prefix adds
 * nothing. Prints how long the load took.
 */
import { parseArgs } from "node:util";
import { applySeed } from "@/db/seed/apply";
import { syntheticContent } from "@/db/seed/synthetic";
import { withDatabase, fail } from "./_db";

function options() {
  const { values } = parseArgs({
    options: {
      count: { type: "string" },
      prefix: { type: "string" },
      seed: { type: "string" },
      start: { type: "string" },
      "interval-days": { type: "string" },
    },
  });
  const whole = (name: string, raw: string | undefined, min: number) => {
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > 1_000_000) fail(`--${name} must be a whole number from ${min} to 1000000, got "${raw}"`);
    return n;
  };
  const count = whole("count", values.count, 0);
  if (count === undefined)
    fail("usage: npm run db:seed:synthetic -- --count N [--prefix p-] [--seed 1] [--start YYYY-MM-DD] [--interval-days 7]");
  if (values.prefix !== undefined && !/^[a-z0-9-]{0,40}$/.test(values.prefix)) fail("--prefix may hold a-z, 0-9 and - (at most 40)");
  if (values.start !== undefined && Number.isNaN(new Date(values.start).getTime())) fail(`--start is not a date: "${values.start}"`);
  return {
    count,
    seed: whole("seed", values.seed, 0),
    slugPrefix: values.prefix,
    startDate: values.start,
    intervalDays: whole("interval-days", values["interval-days"], 1),
  };
}

const wanted = options();
withDatabase(async ({ db, engine }) => {
  const started = performance.now();
  const content = syntheticContent(wanted);
  const generated = performance.now();
  const added = await applySeed(db, content);
  const done = performance.now();
  console.log(
    `Synthetic archive (${engine}): ${added.issues} of ${wanted.count} issues added ` +
      `(generated in ${((generated - started) / 1000).toFixed(1)} s, loaded in ${((done - generated) / 1000).toFixed(1)} s).`,
  );
}).catch(fail);
