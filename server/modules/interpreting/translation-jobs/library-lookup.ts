import type { ExistingTranslation } from '../../../../contracts/interpreting-translations.ts';

export type LibraryLookup = {
  /** SHA-256 of the uploaded bytes: an identical file is the surest match. */
  sha256: string;
  /** The extracted, normalised text, for a near-duplicate search (same form, other dates). */
  text: string;
  sourceLanguage: string;
  targetLanguage: string;
};

/**
 * Before quoting, the translation library (issue 5) should be asked whether this document has
 * already been translated into the wanted language, so the requester can take that translation
 * instead of paying for a new one. The library module does not exist yet: this seam always
 * answers null, and the quote route already returns its answer as `existingTranslation`. When the
 * library exists, this calls its public index.ts (by sha256 first, then by text similarity).
 */
export async function findExistingTranslation(_lookup: LibraryLookup): Promise<ExistingTranslation | null> {
  return null;
}
