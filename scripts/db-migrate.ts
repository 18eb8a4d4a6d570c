/** `npm run db:migrate`: applies the committed migrations (the app also does this at start). */
import { withDatabase, fail } from "./_db";

withDatabase(async ({ engine }) => {
  console.log(`Migrations applied (${engine}).`);
}).catch(fail);
