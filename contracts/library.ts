import { z } from 'zod';
import type { ErrorSpec } from './problem.ts';

/**
 * HTTP contracts of the translation library (`/api/library/...` for signed-in users,
 * `/api/public/library/...` for the portal). Shared by the server and the web pages.
 */

export const LIBRARY_SECTORS = ['education', 'welfare', 'health', 'housing', 'work', 'general'] as const;
export const LibrarySectorSchema = z.enum(LIBRARY_SECTORS);
export type LibrarySector = z.infer<typeof LibrarySectorSchema>;

export const LIBRARY_DOC_TYPES = ['informative', 'standard_form'] as const;
export const LibraryDocTypeSchema = z.enum(LIBRARY_DOC_TYPES);
export type LibraryDocType = z.infer<typeof LibraryDocTypeSchema>;

/** public: the portal and everyone; requesters: partner organisations and staff; staff: staff only. */
export const LIBRARY_VISIBILITIES = ['public', 'requesters', 'staff'] as const;
export const LibraryVisibilitySchema = z.enum(LIBRARY_VISIBILITIES);
export type LibraryVisibility = z.infer<typeof LibraryVisibilitySchema>;

/** A language of the library: a lower-case primary tag (nl, ar, tr, fa, prs, ti, so, uk, …). */
export const LibraryLangSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/u, 'a two- or three-letter language code');

export const LibraryThemesSchema = z.array(z.string().trim().toLowerCase().min(1).max(60)).max(20);

export const libraryErrors = {
  'LIBRARY.DOCUMENT_NOT_FOUND': { status: 404, title: 'No such library document' },
  'LIBRARY.TRANSLATION_NOT_FOUND': { status: 404, title: 'The document has no version in this language' },
  'LIBRARY.TRANSLATION_EXISTS': { status: 409, title: 'The document already has this language' },
  'LIBRARY.ORIGINAL_NOT_DUTCH': { status: 422, title: 'The original of a library document is Dutch' },
  'LIBRARY.FILE_TYPE': { status: 415, title: 'Upload a docx, odt, pdf or txt file' },
  'LIBRARY.NO_TEXT': { status: 422, title: 'No text could be extracted from the file' },
  'LIBRARY.NO_CONTENT': { status: 422, title: 'Give a file (or fileId) or a text' },
} as const satisfies Record<string, ErrorSpec>;
export type LibraryErrorCode = keyof typeof libraryErrors;

/** Fields of a new document; with JSON, the content is `text` or the `fileId` of an upload. */
export const LibraryDocumentCreateSchema = z.object({
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(2000).default(''),
  sector: LibrarySectorSchema,
  themes: LibraryThemesSchema.default([]),
  docType: LibraryDocTypeSchema.default('informative'),
  visibility: LibraryVisibilitySchema.default('public'),
  sourceOrganisationId: z.uuid().optional(),
  reviewDate: z.iso.date().optional(),
  /** Always nl for the original; accepted so a client may say it explicitly. */
  lang: z.literal('nl').default('nl'),
  text: z.string().min(1).max(1_000_000).optional(),
  fileId: z.uuid().optional(),
});
export type LibraryDocumentCreate = z.infer<typeof LibraryDocumentCreateSchema>;

export const LibraryDocumentUpdateSchema = z
  .object({
    sector: LibrarySectorSchema,
    themes: LibraryThemesSchema,
    docType: LibraryDocTypeSchema,
    visibility: LibraryVisibilitySchema,
    sourceOrganisationId: z.uuid().nullable(),
    reviewDate: z.iso.date().nullable(),
    status: z.enum(['active', 'archived']),
  })
  .partial();
export type LibraryDocumentUpdate = z.infer<typeof LibraryDocumentUpdateSchema>;

/** A translation (a new language) or a new version of one language: content as above. */
export const LibraryTranslationCreateSchema = z.object({
  lang: LibraryLangSchema,
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(2000).default(''),
  text: z.string().min(1).max(1_000_000).optional(),
  fileId: z.uuid().optional(),
});
export type LibraryTranslationCreate = z.infer<typeof LibraryTranslationCreateSchema>;

export const LibraryVersionCreateSchema = z.object({
  note: z.string().trim().max(500).optional(),
  title: z.string().trim().min(1).max(300).optional(),
  description: z.string().trim().max(2000).optional(),
  text: z.string().min(1).max(1_000_000).optional(),
  fileId: z.uuid().optional(),
});
export type LibraryVersionCreate = z.infer<typeof LibraryVersionCreateSchema>;

export const LibraryVersionSchema = z.object({
  id: z.uuid(),
  versionNo: z.number().int().positive(),
  fileName: z.string(),
  mediaType: z.string(),
  wordCount: z.number().int().nonnegative(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type LibraryVersion = z.infer<typeof LibraryVersionSchema>;

export const LibraryTranslationSchema = z.object({
  id: z.uuid(),
  lang: z.string(),
  isOriginal: z.boolean(),
  title: z.string(),
  description: z.string(),
  downloadCount: z.number().int().nonnegative(),
  /** Relative URL of the current file; each download counts. */
  downloadUrl: z.string(),
  current: LibraryVersionSchema.nullable(),
  versions: z.array(LibraryVersionSchema),
});
export type LibraryTranslation = z.infer<typeof LibraryTranslationSchema>;

export const LibraryDocumentSchema = z.object({
  id: z.uuid(),
  sector: LibrarySectorSchema,
  themes: z.array(z.string()),
  docType: LibraryDocTypeSchema,
  visibility: LibraryVisibilitySchema,
  status: z.enum(['active', 'archived']),
  sourceOrganisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  reviewDate: z.string().nullable(),
  /** True when the review date has passed. */
  reviewDue: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The original first, then the languages in alphabetical order. */
  translations: z.array(LibraryTranslationSchema),
});
export type LibraryDocument = z.infer<typeof LibraryDocumentSchema>;

export const LibrarySearchQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  /** Search (and show titles) in this language; without it, every language is searched. */
  lang: LibraryLangSchema.optional(),
  sector: LibrarySectorSchema.optional(),
  theme: z.string().trim().toLowerCase().max(60).optional(),
  type: LibraryDocTypeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(10_000).default(0),
});
export type LibrarySearchQuery = z.infer<typeof LibrarySearchQuerySchema>;

/**
 * A highlighted snippet as parts, never as HTML: the page marks the `hit` parts, so no markup
 * from a document can reach the browser.
 */
export const SnippetSchema = z.array(z.object({ text: z.string(), hit: z.boolean() }));
export type Snippet = z.infer<typeof SnippetSchema>;

export const LibrarySearchHitSchema = z.object({
  id: z.uuid(),
  /** The language the hit was found in (the requested one when given, else the best match). */
  lang: z.string(),
  title: z.string(),
  description: z.string(),
  snippet: SnippetSchema,
  sector: LibrarySectorSchema,
  themes: z.array(z.string()),
  docType: LibraryDocTypeSchema,
  visibility: LibraryVisibilitySchema,
  /** Every language the document is available in ("available in 14 languages"). */
  languages: z.array(z.string()),
  /** The review date has passed: the content may be out of date. */
  reviewDue: z.boolean(),
  rank: z.number(),
  downloadUrl: z.string(),
});
export type LibrarySearchHit = z.infer<typeof LibrarySearchHitSchema>;

const FacetSchema = z.array(z.object({ value: z.string(), count: z.number().int().nonnegative() }));

export const LibrarySearchResultSchema = z.object({
  items: z.array(LibrarySearchHitSchema),
  total: z.number().int().nonnegative(),
  /** More documents matched than are counted (total and facets count the first 2,000). */
  capped: z.boolean(),
  facets: z.object({
    language: FacetSchema,
    sector: FacetSchema,
    theme: FacetSchema,
    type: FacetSchema,
  }),
});
export type LibrarySearchResult = z.infer<typeof LibrarySearchResultSchema>;
