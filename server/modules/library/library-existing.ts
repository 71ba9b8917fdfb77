import { sql } from 'drizzle-orm';
import type { LibraryVisibility } from '../../../contracts/library.ts';
import { type Db, queryRows } from '../../platform/db/index.ts';
import { countWords } from '../translation-memory/index.ts';

export type ExistingTranslationQuery = {
  /** SHA-256 of the uploaded bytes. */
  sha256: string;
  /** The document's extracted text. */
  text: string;
  sourceLanguage: string;
  targetLanguage: string;
  /** Whose library is searched; by default what a requester may see (public and requesters). */
  visibilities?: readonly LibraryVisibility[];
};

export type ExistingTranslationHit = {
  documentId: string;
  title: string;
  language: string;
  /** How it was found: the same file, or a near-duplicate text. */
  match: 'identical' | 'similar';
};

/** Texts this similar (pg_trgm, 0..1) are the same document with other details (dates, names). */
const TEXT_SIMILARITY = 0.8;
/** A first line that is the document's title lets a text that differs more still count. */
const TITLE_SIMILARITY = 0.9;
const TEXT_SIMILARITY_WITH_TITLE = 0.5;
/** Only the start of long texts is compared: enough to tell documents apart, and bounded in cost. */
const COMPARED_CHARS = 20_000;

const REQUESTER_VIEW: readonly LibraryVisibility[] = ['public', 'requesters'];

type Row = { document_id: string; title: string; lang: string };

/**
 * Has the library already translated this document into the wanted language? First the same
 * file (SHA-256 of any version in the source language), then a near-duplicate of its text
 * (trigram similarity of the current version's text, or its title and a looser text match),
 * among active documents the caller may see that have the target language. Null when none.
 */
export async function findExistingTranslation(
  db: Db,
  query: ExistingTranslationQuery,
): Promise<ExistingTranslationHit | null> {
  const source = query.sourceLanguage.toLowerCase();
  const target = query.targetLanguage.toLowerCase();
  if (source === target) return null;
  const visibilities = sql.join(
    [...(query.visibilities ?? REQUESTER_VIEW)].map((v) => sql`${v}`),
    sql`, `,
  );
  // The source-language side (s) of active, visible documents that have the target language (tt).
  const candidates = sql`library_translations s
    join library_documents d on d.id = s.document_id
    join library_translations tt on tt.document_id = d.id and tt.lang = ${target} and tt.current_version_id is not null
    join library_versions v on v.id = s.current_version_id`;
  const scope = sql`s.lang = ${source} and d.status = 'active' and d.visibility in (${visibilities})`;

  const [identical] = await queryRows<Row>(
    db,
    sql`select d.id as document_id, tt.title, tt.lang from ${candidates}
      where ${scope}
        and exists (select 1 from library_versions sv join stored_files f on f.id = sv.file_id
                    where sv.translation_id = s.id and f.sha256 = ${query.sha256})
      order by d.updated_at desc limit 1`,
  );
  if (identical) return toHit(identical, 'identical');

  const words = countWords(query.text);
  if (words === 0) return null;
  const text = query.text.slice(0, COMPARED_CHARS);
  const firstLine =
    text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? '';
  // A near-duplicate has about as many words: that cheap filter keeps similarity() to few rows.
  const [similar] = await queryRows<Row>(
    db,
    sql`select document_id, title, lang from (
        select d.id as document_id, tt.title, tt.lang, d.updated_at,
               similarity(left(v.extracted_text, ${COMPARED_CHARS}), ${text}) as text_score,
               similarity(s.title, ${firstLine}) as title_score
        from ${candidates}
        where ${scope} and v.word_count between ${Math.floor(words * 0.7)} and ${Math.ceil(words / 0.7)}
      ) scored
      where text_score >= ${TEXT_SIMILARITY}
         or (title_score >= ${TITLE_SIMILARITY} and text_score >= ${TEXT_SIMILARITY_WITH_TITLE})
      order by text_score desc, updated_at desc limit 1`,
  );
  return similar ? toHit(similar, 'similar') : null;
}

function toHit(row: Row, match: ExistingTranslationHit['match']): ExistingTranslationHit {
  return { documentId: row.document_id, title: row.title, language: row.lang, match };
}
