import { z } from 'zod';
import { LibraryDocTypeSchema, LibrarySearchQuerySchema, LibrarySectorSchema } from './library.ts';

/**
 * The portal's view of the translation library (`/api/public/library/...`, no sign-in): public
 * documents only, and only what a visitor needs — no visibility, status, version history or
 * download counts. Search answers `LibrarySearchResultSchema` from `library.ts`.
 */

export const PublicLibrarySearchQuerySchema = LibrarySearchQuerySchema;

export const PublicLibraryTranslationSchema = z.object({
  lang: z.string(),
  isOriginal: z.boolean(),
  title: z.string(),
  description: z.string(),
  /** Relative URL of the current file on the public API; null while the language has no file. */
  downloadUrl: z.string().nullable(),
  fileName: z.string().nullable(),
  mediaType: z.string().nullable(),
  wordCount: z.number().int().nonnegative().nullable(),
  updatedAt: z.string(),
});
export type PublicLibraryTranslation = z.infer<typeof PublicLibraryTranslationSchema>;

export const PublicLibraryDocumentSchema = z.object({
  id: z.uuid(),
  sector: LibrarySectorSchema,
  themes: z.array(z.string()),
  docType: LibraryDocTypeSchema,
  sourceOrganisation: z.string().nullable(),
  reviewDate: z.string().nullable(),
  updatedAt: z.string(),
  /** The original (Dutch) first, then the other languages alphabetically. */
  translations: z.array(PublicLibraryTranslationSchema),
});
export type PublicLibraryDocument = z.infer<typeof PublicLibraryDocumentSchema>;
