-- Accent-insensitive search: unaccent() is only STABLE (its dictionary could change), so an
-- IMMUTABLE wrapper with the dictionary named explicitly lets indexes and stored vectors use it.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
--> statement-breakpoint
CREATE TABLE "library_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sector" text NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"doc_type" text NOT NULL,
	"visibility" text NOT NULL,
	"source_organisation_id" uuid,
	"review_date" date,
	"status" text DEFAULT 'active' NOT NULL,
	"created_by" uuid,
	CONSTRAINT "library_documents_sector_check" CHECK ("library_documents"."sector" IN ('education','welfare','health','housing','work','general')),
	CONSTRAINT "library_documents_type_check" CHECK ("library_documents"."doc_type" IN ('informative','standard_form')),
	CONSTRAINT "library_documents_visibility_check" CHECK ("library_documents"."visibility" IN ('public','requesters','staff')),
	CONSTRAINT "library_documents_status_check" CHECK ("library_documents"."status" IN ('active','archived'))
);
--> statement-breakpoint
CREATE TABLE "library_translations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"document_id" uuid NOT NULL,
	"lang" text NOT NULL,
	"is_original" boolean DEFAULT false NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"current_version_id" uuid,
	"download_count" integer DEFAULT 0 NOT NULL,
	"search_config" text DEFAULT 'simple' NOT NULL,
	"search_vector" "tsvector",
	"search_text" text DEFAULT '' NOT NULL,
	CONSTRAINT "library_translations_doc_lang_key" UNIQUE("document_id","lang")
);
--> statement-breakpoint
CREATE TABLE "library_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"translation_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"file_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"extracted_text" text NOT NULL,
	"word_count" integer NOT NULL,
	"note" text,
	"created_by" uuid,
	CONSTRAINT "library_versions_translation_no_key" UNIQUE("translation_id","version_no")
);
--> statement-breakpoint
ALTER TABLE "library_documents" ADD CONSTRAINT "library_documents_source_organisation_id_organisations_id_fk" FOREIGN KEY ("source_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_documents" ADD CONSTRAINT "library_documents_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_translations" ADD CONSTRAINT "library_translations_document_id_library_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."library_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_versions" ADD CONSTRAINT "library_versions_translation_id_library_translations_id_fk" FOREIGN KEY ("translation_id") REFERENCES "public"."library_translations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_versions" ADD CONSTRAINT "library_versions_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_versions" ADD CONSTRAINT "library_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "library_documents_facets_idx" ON "library_documents" USING btree ("status","visibility","sector","doc_type");--> statement-breakpoint
CREATE UNIQUE INDEX "library_translations_one_original" ON "library_translations" USING btree ("document_id") WHERE "library_translations"."is_original";--> statement-breakpoint
CREATE INDEX "library_translations_lang_idx" ON "library_translations" USING btree ("lang");--> statement-breakpoint
CREATE INDEX "library_translations_search_idx" ON "library_translations" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "library_translations_trgm_idx" ON "library_translations" USING gin ("search_text" gin_trgm_ops);