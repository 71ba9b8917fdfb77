CREATE TABLE "tm_segments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source_lang" text NOT NULL,
	"target_lang" text NOT NULL,
	"source_text" text NOT NULL,
	"target_text" text NOT NULL,
	"source_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"target_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"context" text,
	"origin" text NOT NULL,
	"origin_document_id" uuid,
	"tuid" text,
	"reviewed" boolean DEFAULT false NOT NULL,
	"use_count" integer DEFAULT 0 NOT NULL,
	"last_used_at" timestamp with time zone,
	"source_created_at" timestamp with time zone,
	"source_changed_at" timestamp with time zone,
	"props" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE INDEX "tm_segments_pair_idx" ON "tm_segments" USING btree ("source_lang","target_lang");--> statement-breakpoint
CREATE INDEX "tm_segments_source_trgm" ON "tm_segments" USING gin ("source_text" gin_trgm_ops);--> statement-breakpoint
-- The same unit imported twice is one row: (pair, source, target) is unique. Hashes keep the
-- index small whatever the segment length.
CREATE UNIQUE INDEX "tm_segments_unit_key" ON "tm_segments" ("source_lang", "target_lang", md5("source_text"), md5("target_text"));
