-- Search filters inside the GIN indexes: the document's facts (copied onto each language row by
-- the triggers of migration 0014), the language and the configuration, as lexemes with a space,
-- which no text-search parser produces. A generated column, so every write of the facts (the
-- triggers, a re-index that changes search_config) keeps it true, and adding it backfills it.
CREATE OR REPLACE FUNCTION library_search_facts(status text, visibility text, sector text, doc_type text,
    themes text[], lang text, config text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_tsvector(array_remove(ARRAY['status ' || status, 'visibility ' || visibility,
      'sector ' || sector, 'type ' || doc_type, 'lang ' || lang, 'config ' || config]
    || coalesce((SELECT array_agg('theme ' || x) FROM unnest(themes) x), '{}'::text[]), NULL))
$$;
--> statement-breakpoint
-- The sector's b-tree (0016) is replaced by the sector lexeme: a BitmapAnd with it read 66,000 row
-- ids per branch even for a rare word.
DROP INDEX "library_translations_doc_sector_idx";--> statement-breakpoint
DROP INDEX "library_translations_search_idx";--> statement-breakpoint
ALTER TABLE "library_translations" ADD COLUMN "search_facts" "tsvector" GENERATED ALWAYS AS (library_search_facts(doc_status, doc_visibility, doc_sector, doc_type, doc_themes, lang, search_config)) STORED;--> statement-breakpoint
CREATE INDEX "library_translations_head_idx" ON "library_translations" USING gin ("search_head","search_facts");--> statement-breakpoint
CREATE INDEX "library_translations_search_idx" ON "library_translations" USING gin ("search_vector","search_facts");--> statement-breakpoint
-- A rewrite of the table is no change to autovacuum: the new column has no statistics until this, and
-- without them the planner takes a facts-only GIN scan for selective and reads the whole table.
ANALYZE "library_translations";
