import type { LibrarySearchResult } from '../../../contracts/library.ts';
import type { PublicLibraryDocument } from '../../../contracts/library-public.ts';
import { api } from '../../lib/api-client.ts';

/**
 * The portal's calls of the public library API. Types only from the contracts: the portal does
 * not ship zod, so answers are trusted as the server's own schemas already checked them.
 */
const BASE = '/api/public/library/documents';

export function searchPublic(q: string, lang: string, signal: AbortSignal): Promise<LibrarySearchResult> {
  return api.get<LibrarySearchResult>(BASE, { query: { q, lang, limit: 20 }, signal, report: false });
}

export function getPublicDocument(id: string, signal: AbortSignal): Promise<PublicLibraryDocument> {
  return api.get<PublicLibraryDocument>(`${BASE}/${encodeURIComponent(id)}`, { signal, report: false });
}

/** The public download of one language, when an answer carries no URL of its own. */
export function publicFileUrl(id: string, lang: string): string {
  return `${BASE}/${encodeURIComponent(id)}/translations/${encodeURIComponent(lang)}/file`;
}
