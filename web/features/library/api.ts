import type { z } from 'zod';
import {
  type LibraryDocumentCreateSchema,
  LibraryDocumentSchema,
  type LibraryDocumentUpdate,
  type LibrarySearchQuery,
  LibrarySearchResultSchema,
  type LibraryTranslationCreateSchema,
  type LibraryVersionCreateSchema,
} from '../../../contracts/library.ts';
import { FileInfoSchema } from '../../../contracts/platform.ts';
import { api } from '../../lib/api-client.ts';
import { uploadFile } from '../../lib/upload.ts';

/** Typed calls of /api/library; each answer is parsed with its contract schema. */

const BASE = '/api/library/documents';
const id = (value: string) => encodeURIComponent(value);

export type SearchQuery = Partial<LibrarySearchQuery>;

export const libraryKeys = {
  all: ['library'] as const,
  search: (query: SearchQuery) => ['library', 'search', query] as const,
  document: (documentId: string) => ['library', 'document', documentId] as const,
};

export const searchDocuments = (query: SearchQuery) =>
  api.get(BASE, { query, schema: LibrarySearchResultSchema });

export const getDocument = (documentId: string) =>
  api.get(`${BASE}/${id(documentId)}`, { schema: LibraryDocumentSchema, report: false });

/**
 * Files go up through the generic upload first and the library call names the `fileId`: the JSON
 * body is then fully described by the contract (themes as an array, dates as dates).
 */
export async function storeFile(file: File): Promise<string> {
  const info = FileInfoSchema.parse(await uploadFile<unknown>('/api/files', file));
  return info.id;
}

export const createDocument = (body: z.input<typeof LibraryDocumentCreateSchema>) =>
  api.post(BASE, body, { schema: LibraryDocumentSchema, report: false });

export const updateDocument = (documentId: string, body: LibraryDocumentUpdate) =>
  api.patch(`${BASE}/${id(documentId)}`, body, { schema: LibraryDocumentSchema, report: false });

export const addTranslation = (documentId: string, body: z.input<typeof LibraryTranslationCreateSchema>) =>
  api.post(`${BASE}/${id(documentId)}/translations`, body, { report: false });

export const addVersion = (
  documentId: string,
  lang: string,
  body: z.input<typeof LibraryVersionCreateSchema>,
) => api.post(`${BASE}/${id(documentId)}/translations/${id(lang)}/versions`, body, { report: false });
