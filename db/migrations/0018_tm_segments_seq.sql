-- Insertion order of the memory's segments: the lookup's in-process index (decision 0008, revision
-- "in-process index") reads the rows it has not seen by it and fetches candidates' texts by it.
-- Adding it numbers the existing rows.
ALTER TABLE "tm_segments" ADD COLUMN "seq" bigint NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "tm_segments_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1);--> statement-breakpoint
CREATE UNIQUE INDEX "tm_segments_seq_idx" ON "tm_segments" USING btree ("seq");