CREATE TABLE "plain_language_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"term" text NOT NULL,
	"alternative" text NOT NULL,
	"note" text,
	"active" boolean DEFAULT true NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "plain_language_terms" ADD CONSTRAINT "plain_language_terms_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "plain_language_terms_term_key" ON "plain_language_terms" USING btree (lower("term"));