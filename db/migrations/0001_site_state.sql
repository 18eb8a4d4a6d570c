CREATE TABLE "site_state" (
	"id" integer PRIMARY KEY NOT NULL,
	"cache_epoch" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
