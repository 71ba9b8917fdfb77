import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { SEARCH_CONFIGS } from './library-search-config.ts';

/** The language → configuration map as one JSON parameter, so one UPDATE can index any language. */
const CONFIG_MAP = JSON.stringify(SEARCH_CONFIGS);

/**
 * Search columns of the translations chosen by `where`, all computed in SQL from the row itself:
 * `search_config` from the language; `search_vector` weighted title (A), description (B) and the
 * current version's extracted text (C), each unaccented before the language's own configuration
 * stems it (so "ecole" and "école" meet); `search_text`, unaccented lower-case title and
 * description, for the trigram index that forgives typos; `search_head`, title and description
 * alone, which ranks matches (the full vector is too large to rank a thousand of per query).
 * Indexing is not an edit: `updated_at` stays as it is.
 */
function reindexWhere(where: SQL): SQL {
  return sql`
    update library_translations t
    set search_config = c.cfg,
        search_vector =
          setweight(to_tsvector(c.cfg::regconfig, f_unaccent(t.title)), 'A') ||
          setweight(to_tsvector(c.cfg::regconfig, f_unaccent(t.description)), 'B') ||
          setweight(to_tsvector(c.cfg::regconfig, f_unaccent(coalesce(
            (select v.extracted_text from library_versions v where v.id = t.current_version_id), ''))), 'C'),
        search_text = lower(f_unaccent(t.title || ' ' || t.description)),
        search_head =
          setweight(to_tsvector(c.cfg::regconfig, f_unaccent(t.title)), 'A') ||
          setweight(to_tsvector(c.cfg::regconfig, f_unaccent(t.description)), 'B')
    from (select tt.id, coalesce(${CONFIG_MAP}::jsonb ->> tt.lang, 'simple') as cfg
          from library_translations tt where ${where}) c
    where t.id = c.id`;
}

/** Adds the words (3 letters or more) of the chosen translations' `search_text` to the typo word list. */
function addWordsWhere(where: SQL): SQL {
  return sql`
    insert into library_search_words (word)
    select distinct w from library_translations tt,
      regexp_split_to_table(tt.search_text, '[[:space:][:punct:]]+') as w
    where ${where} and length(w) >= 3
    on conflict do nothing`;
}

/** Re-indexes one translation; the library service calls it after every write to it or its versions. */
export async function indexTranslation(db: Db, translationId: string): Promise<void> {
  await db.execute(reindexWhere(sql`tt.id = ${translationId}`));
  await db.execute(addWordsWhere(sql`tt.id = ${translationId}`));
}

/**
 * Rebuilds the typo word list from every translation (after a bulk load that wrote the search
 * columns itself, such as the benchmark's).
 */
export async function rebuildSearchWords(db: Db): Promise<void> {
  await db.execute(sql`delete from library_search_words`);
  await db.execute(addWordsWhere(sql`true`));
}

/** Re-indexes every translation (demo seeding, a change of the configuration map). */
export async function reindexAll(db: Db): Promise<void> {
  await db.execute(reindexWhere(sql`true`));
  await rebuildSearchWords(db);
}
