import type { ExistingTranslation } from '../../../../contracts/interpreting-translations.ts';
import type { Db } from '../../../platform/db/index.ts';
import { findExistingTranslation as findInLibrary } from '../../library/index.ts';

export type LibraryLookup = {
  /** SHA-256 of the uploaded bytes: an identical file is the surest match. */
  sha256: string;
  /** The extracted, normalised text, for a near-duplicate search (same form, other dates). */
  text: string;
  sourceLanguage: string;
  targetLanguage: string;
  /** The caller's transaction: the uploaded file's row is visible in it. */
  db: Db;
};

/**
 * Before quoting, the translation library (issue 5) is asked whether this document has already
 * been translated into the wanted language, so the requester can take that translation instead of
 * paying for a new one: the same file (SHA-256) first, then a near-duplicate text. Only documents
 * a requester may see (public and requesters) are offered.
 */
export async function findExistingTranslation(lookup: LibraryLookup): Promise<ExistingTranslation | null> {
  const { db, ...query } = lookup;
  const hit = await findInLibrary(db, query);
  return hit ? { documentId: hit.documentId, title: hit.title, language: hit.language } : null;
}
