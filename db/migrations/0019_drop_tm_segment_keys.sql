-- The fuzzy lookup's keys now live in the process (tm-memory-index.ts, decision 0008 revision
-- "in-process index"): the key table and the key scheme of each row are no longer read or written.
DROP TABLE "tm_segment_keys" CASCADE;--> statement-breakpoint
ALTER TABLE "tm_segments" DROP COLUMN "keys_version";