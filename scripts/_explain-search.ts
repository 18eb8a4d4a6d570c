/**
 * For `npm run bench:scale`: prints PostgreSQL's EXPLAIN (ANALYZE, BUFFERS) of the reader search
 * for each query given as an argument, on the configured database (DATA_DIR or DATABASE_URL), so
 * the benchmark's output shows which indexes the search uses at that size.
 */
import { explainSearch, searchPublished } from "@/db/queries/search";
import { withDatabase } from "./_db";

withDatabase(async () => {
  for (const query of process.argv.slice(2)) {
    // Once to warm the engine's buffers, then the plan that is shown.
    await searchPublished(query);
    console.log(`\nEXPLAIN ANALYZE of the search for "${query}":`);
    for (const line of await explainSearch(query)) console.log(`  ${line}`);
  }
}).then(() => process.exit(0));
