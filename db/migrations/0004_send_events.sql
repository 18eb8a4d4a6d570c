CREATE TYPE "public"."send_event_kind" AS ENUM('open', 'click');--> statement-breakpoint
CREATE TABLE "send_events" (
	"send_id" integer NOT NULL,
	"subscriber_id" integer NOT NULL,
	"kind" "send_event_kind" NOT NULL,
	"link" integer DEFAULT -1 NOT NULL,
	"hits" integer DEFAULT 1 NOT NULL,
	"first_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "send_events_send_id_subscriber_id_kind_link_pk" PRIMARY KEY("send_id","subscriber_id","kind","link")
);
--> statement-breakpoint
CREATE TABLE "send_links" (
	"send_id" integer NOT NULL,
	"link" integer NOT NULL,
	"url" text NOT NULL,
	CONSTRAINT "send_links_send_id_link_pk" PRIMARY KEY("send_id","link")
);
--> statement-breakpoint
ALTER TABLE "send_events" ADD CONSTRAINT "send_events_send_id_newsletter_sends_id_fk" FOREIGN KEY ("send_id") REFERENCES "public"."newsletter_sends"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "send_events" ADD CONSTRAINT "send_events_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "send_links" ADD CONSTRAINT "send_links_send_id_newsletter_sends_id_fk" FOREIGN KEY ("send_id") REFERENCES "public"."newsletter_sends"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "send_events_subscriber_idx" ON "send_events" USING btree ("subscriber_id","kind");