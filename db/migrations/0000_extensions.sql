-- Extensions used by exclusion constraints (btree_gist) and fuzzy name search (pg_trgm).
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
