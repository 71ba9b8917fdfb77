CREATE TABLE "library_search_words" (
	"word" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
ALTER TABLE "library_translations" ADD COLUMN "search_head" "tsvector";--> statement-breakpoint
ALTER TABLE "library_translations" ADD COLUMN "doc_status" text;--> statement-breakpoint
ALTER TABLE "library_translations" ADD COLUMN "doc_visibility" text;--> statement-breakpoint
ALTER TABLE "library_translations" ADD COLUMN "doc_sector" text;--> statement-breakpoint
ALTER TABLE "library_translations" ADD COLUMN "doc_type" text;--> statement-breakpoint
ALTER TABLE "library_translations" ADD COLUMN "doc_themes" text[];--> statement-breakpoint
ALTER TABLE "library_translations" ADD COLUMN "doc_created_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "library_search_words_trgm_idx" ON "library_search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "library_documents_active_created_idx" ON "library_documents" USING btree ("created_at") WHERE "library_documents"."status" = 'active';--> statement-breakpoint
-- Search filters and counts matches on their document's facts without a join: each language row
-- carries a copy, set from the document when the row is written ...
CREATE OR REPLACE FUNCTION library_translation_doc_facts() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  SELECT d.status, d.visibility, d.sector, d.doc_type, d.themes, d.created_at
    INTO NEW.doc_status, NEW.doc_visibility, NEW.doc_sector, NEW.doc_type, NEW.doc_themes, NEW.doc_created_at
    FROM library_documents d WHERE d.id = NEW.document_id;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER library_translations_doc_facts BEFORE INSERT OR UPDATE OF document_id ON library_translations
  FOR EACH ROW EXECUTE FUNCTION library_translation_doc_facts();
--> statement-breakpoint
-- ... and rewritten on every language row when one of those facts of the document changes.
CREATE OR REPLACE FUNCTION library_document_facts_sync() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  UPDATE library_translations
     SET doc_status = NEW.status, doc_visibility = NEW.visibility, doc_sector = NEW.sector,
         doc_type = NEW.doc_type, doc_themes = NEW.themes, doc_created_at = NEW.created_at
   WHERE document_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER library_documents_facts_sync AFTER UPDATE ON library_documents
  FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.visibility IS DISTINCT FROM NEW.visibility
    OR OLD.sector IS DISTINCT FROM NEW.sector OR OLD.doc_type IS DISTINCT FROM NEW.doc_type
    OR OLD.themes IS DISTINCT FROM NEW.themes OR OLD.created_at IS DISTINCT FROM NEW.created_at)
  EXECUTE FUNCTION library_document_facts_sync();
--> statement-breakpoint
-- Backfill: the facts, the ranking vector (title A, description B, as library-index.ts builds it)
-- and the word list for typos.
UPDATE library_translations t
   SET doc_status = d.status, doc_visibility = d.visibility, doc_sector = d.sector,
       doc_type = d.doc_type, doc_themes = d.themes, doc_created_at = d.created_at,
       search_head = setweight(to_tsvector(t.search_config::regconfig, f_unaccent(t.title)), 'A') ||
                     setweight(to_tsvector(t.search_config::regconfig, f_unaccent(t.description)), 'B')
  FROM library_documents d WHERE d.id = t.document_id;
--> statement-breakpoint
INSERT INTO library_search_words (word)
  SELECT DISTINCT w FROM library_translations t,
    regexp_split_to_table(t.search_text, '[[:space:][:punct:]]+') AS w
   WHERE length(w) >= 3
  ON CONFLICT DO NOTHING;
