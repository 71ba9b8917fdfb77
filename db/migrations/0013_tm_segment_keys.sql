CREATE TABLE "tm_segment_keys" (
	"key" text NOT NULL,
	"segment_id" uuid NOT NULL,
	CONSTRAINT "tm_segment_keys_key_segment_id_pk" PRIMARY KEY("key","segment_id")
);
--> statement-breakpoint
ALTER TABLE "tm_segments" ADD COLUMN "word_count" integer;--> statement-breakpoint
ALTER TABLE "tm_segments" ADD COLUMN "keys_version" integer;--> statement-breakpoint
ALTER TABLE "tm_segment_keys" ADD CONSTRAINT "tm_segment_keys_segment_id_tm_segments_id_fk" FOREIGN KEY ("segment_id") REFERENCES "public"."tm_segments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tm_segment_keys_segment_idx" ON "tm_segment_keys" USING btree ("segment_id");--> statement-breakpoint
-- The lookup orders its probes by how rare a key is: keep statistics for many keys.
ALTER TABLE "tm_segment_keys" ALTER COLUMN "key" SET STATISTICS 1000;
