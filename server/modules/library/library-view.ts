import type {
  LibraryDocType,
  LibraryDocument,
  LibrarySector,
  LibraryTranslation,
  LibraryVersion,
  LibraryVisibility,
} from '../../../contracts/library.ts';
import type { Db } from '../../platform/db/index.ts';
import {
  type DocumentRow,
  listTranslations,
  listVersions,
  organisationName,
  type TranslationRow,
  type VersionRow,
} from './library.repository.ts';

/** The signed-in download of one language; the portal has its own public URL. */
export function downloadUrl(documentId: string, lang: string): string {
  return `/api/library/documents/${documentId}/translations/${lang}/file`;
}

/** Today in Ghent: a review date has passed from the next day on, whatever the server's time zone. */
export function brusselsToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(now);
}

function toVersion(row: VersionRow): LibraryVersion {
  return {
    id: row.id,
    versionNo: row.versionNo,
    fileName: row.fileName,
    mediaType: row.mediaType,
    wordCount: row.wordCount,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

function toTranslation(row: TranslationRow, versions: VersionRow[]): LibraryTranslation {
  const own = versions.filter((v) => v.translationId === row.id).map(toVersion);
  return {
    id: row.id,
    lang: row.lang,
    isOriginal: row.isOriginal,
    title: row.title,
    description: row.description,
    downloadCount: row.downloadCount,
    downloadUrl: downloadUrl(row.documentId, row.lang),
    current: own.find((v) => v.id === row.currentVersionId) ?? null,
    versions: own,
  };
}

/** The whole document as the API answers it: facts, then every language with its versions. */
export async function documentOut(db: Db, document: DocumentRow): Promise<LibraryDocument> {
  const translations = await listTranslations(db, document.id);
  const versions = await listVersions(
    db,
    translations.map((t) => t.id),
  );
  const organisation = document.sourceOrganisationId
    ? {
        id: document.sourceOrganisationId,
        name: (await organisationName(db, document.sourceOrganisationId)) ?? '',
      }
    : null;
  return {
    id: document.id,
    // The CHECK constraints of migration 0008 keep these columns inside the contract's lists.
    sector: document.sector as LibrarySector,
    themes: document.themes,
    docType: document.docType as LibraryDocType,
    visibility: document.visibility as LibraryVisibility,
    status: document.status === 'archived' ? 'archived' : 'active',
    sourceOrganisation: organisation,
    reviewDate: document.reviewDate,
    reviewDue: document.reviewDate !== null && document.reviewDate < brusselsToday(),
    createdAt: document.createdAt.toISOString(),
    updatedAt: document.updatedAt.toISOString(),
    translations: translations.map((t) => toTranslation(t, versions)),
  };
}
