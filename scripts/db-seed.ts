/** `npm run db:seed`: loads the demo content; idempotent (existing slugs are left alone). */
import { applySeed } from "@/db/seed/apply";
import { demoContent } from "@/db/seed/demo";
import { withDatabase, fail } from "./_db";

withDatabase(async ({ db, engine }) => {
  const added = await applySeed(db, demoContent);
  console.log(
    `Seed (${engine}): added ${added.issues} issues, ${added.categories} categories, ${added.authors} authors, ${added.events} events` +
      (Object.values(added).every((n) => n === 0) ? " — already seeded, nothing changed." : "."),
  );
}).catch(fail);
