import type { SeedContent } from "./apply";
import { demoAuthors, demoCategories, demoEvents, demoIssues } from "./content";

/** The demo edition and its companions, written in our own words (docs/demo-content.md). */
export const demoContent: SeedContent = {
  categories: demoCategories,
  authors: demoAuthors,
  events: demoEvents,
  issues: demoIssues,
};
