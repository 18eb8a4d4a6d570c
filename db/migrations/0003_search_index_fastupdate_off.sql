DROP INDEX "issues_search_idx";--> statement-breakpoint
DROP INDEX "section_items_search_idx";--> statement-breakpoint
DROP INDEX "sections_search_idx";--> statement-breakpoint
CREATE INDEX "issues_search_idx" ON "issues" USING gin ("search") WITH (fastupdate=off);--> statement-breakpoint
CREATE INDEX "section_items_search_idx" ON "section_items" USING gin ("search") WITH (fastupdate=off);--> statement-breakpoint
CREATE INDEX "sections_search_idx" ON "sections" USING gin ("search") WITH (fastupdate=off);