import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  pgTable,
  text,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { entityColumns, timestamptz } from '../../platform/db/index.ts';
import { storedFiles } from '../../platform/files/files.tables.ts';
import { organisations, users } from '../../platform/identity/identity.tables.ts';

/** PostgreSQL's `tsvector`: written only by SQL (`to_tsvector`), never built in JavaScript. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/**
 * A document of the translation library: the Dutch original and its translations share these
 * facts. Sector, type and visibility are closed lists (CHECKs in migration 0008).
 */
export const libraryDocuments = pgTable(
  'library_documents',
  {
    ...entityColumns,
    /** education | welfare | health | housing | work | general */
    sector: text().notNull(),
    themes: text().array().notNull().default(sql`'{}'::text[]`),
    /** informative | standard_form */
    docType: text().notNull(),
    /** public (portal) | requesters (partner organisations) | staff */
    visibility: text().notNull(),
    sourceOrganisationId: uuid().references(() => organisations.id),
    /** When the content must be checked again (rules change, addresses move). */
    reviewDate: date(),
    /** active | archived — archived documents are kept but no longer found. */
    status: text().notNull().default('active'),
    createdBy: uuid().references(() => users.id),
  },
  (t) => [
    check(
      'library_documents_sector_check',
      sql`${t.sector} IN ('education','welfare','health','housing','work','general')`,
    ),
    check('library_documents_type_check', sql`${t.docType} IN ('informative','standard_form')`),
    check('library_documents_visibility_check', sql`${t.visibility} IN ('public','requesters','staff')`),
    check('library_documents_status_check', sql`${t.status} IN ('active','archived')`),
    index('library_documents_facets_idx').on(t.status, t.visibility, t.sector, t.docType),
    // The listing without a query: newest active documents first, stopping at the match cap.
    index('library_documents_active_created_idx').on(t.createdAt).where(sql`${t.status} = 'active'`),
  ],
);

/**
 * One language of a document (the original is the row with `isOriginal`, always Dutch). Title,
 * description and the current version's extracted text feed `searchVector`, built with the
 * language's own text-search configuration (`searchConfig`, `simple` when PostgreSQL has none) over
 * unaccented text, and `searchText` (unaccented, lower case) feeds the trigram index for typos.
 */
export const libraryTranslations = pgTable(
  'library_translations',
  {
    ...entityColumns,
    documentId: uuid()
      .notNull()
      .references(() => libraryDocuments.id, { onDelete: 'cascade' }),
    /** BCP 47 primary tag, lower case: nl, ar, tr, fa, prs (Dari), ti, so, uk, … */
    lang: text().notNull(),
    isOriginal: boolean().notNull().default(false),
    title: text().notNull(),
    description: text().notNull().default(''),
    currentVersionId: uuid(),
    downloadCount: integer().notNull().default(0),
    searchConfig: text().notNull().default('simple'),
    searchVector: tsvector(),
    searchText: text().notNull().default(''),
    /** Title (A) and description (B) only: small enough to rank a thousand matches per query. */
    searchHead: tsvector(),
    /**
     * The document's facts that search filters and counts on, copied onto each of its languages
     * by triggers (migration 0014) so a match is filtered and faceted without a join: set from
     * the document on insert, rewritten when the document's facts change. Never written by code.
     */
    docStatus: text(),
    docVisibility: text(),
    docSector: text(),
    docType: text(),
    docThemes: text().array(),
    docCreatedAt: timestamptz(),
    /**
     * Those facts, the language and the configuration as lexemes with a space ("sector health",
     * "visibility public", "config dutch" — no parser makes a lexeme with a space, so no query
     * word meets them), beside each text vector in the GIN indexes: the index alone applies every
     * search filter, and no row is read from the table only to be dropped (migration 0017).
     */
    searchFacts: tsvector().generatedAlwaysAs(
      sql`library_search_facts(doc_status, doc_visibility, doc_sector, doc_type, doc_themes, lang, search_config)`,
    ),
  },
  (t) => [
    unique('library_translations_doc_lang_key').on(t.documentId, t.lang),
    uniqueIndex('library_translations_one_original').on(t.documentId).where(sql`${t.isOriginal}`),
    index('library_translations_lang_idx').on(t.lang),
    index('library_translations_search_idx').using('gin', t.searchVector, t.searchFacts),
    /** Title and description matches are found and ranked first, before text-only ones (migration 0017). */
    index('library_translations_head_idx').using('gin', t.searchHead, t.searchFacts),
    index('library_translations_trgm_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** Every uploaded file of a translation, numbered; the translation points at its current one. */
export const libraryVersions = pgTable(
  'library_versions',
  {
    ...entityColumns,
    translationId: uuid()
      .notNull()
      .references(() => libraryTranslations.id, { onDelete: 'cascade' }),
    versionNo: integer().notNull(),
    fileId: uuid()
      .notNull()
      .references(() => storedFiles.id),
    fileName: text().notNull(),
    mediaType: text().notNull(),
    extractedText: text().notNull(),
    wordCount: integer().notNull(),
    note: text(),
    createdBy: uuid().references(() => users.id),
  },
  (t) => [unique('library_versions_translation_no_key').on(t.translationId, t.versionNo)],
);

/**
 * Every word (unaccented, lower case) of the library's titles and descriptions, added by
 * `indexTranslation`. Typo tolerance looks a mistyped word up here through the trigram index —
 * a hundred thousand short words instead of every translation's text — and searches again with
 * the words it resembles. A word whose last translation went away stays harmlessly: it finds
 * nothing. `reindexAll` rebuilds the list.
 */
export const librarySearchWords = pgTable('library_search_words', { word: text().primaryKey() }, (t) => [
  index('library_search_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`),
]);
