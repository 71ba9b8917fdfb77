import { sql } from 'drizzle-orm';
import type { PublicLibraryDocument } from '../../../contracts/library-public.ts';
import { type Db, queryRows } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';

type Row = Omit<PublicLibraryDocument, 'translations'> & {
  translations: (PublicLibraryDocument['translations'][number] & { hasFile: boolean })[];
};

/**
 * A public, active document as the portal shows it, in one query. Anything else (staff or
 * requesters documents, archived ones, unknown ids) is "not found", so the portal cannot tell
 * that a hidden document exists.
 */
export async function publicLibraryDocument(db: Db, id: string): Promise<PublicLibraryDocument> {
  const [row] = await queryRows<Row>(
    db,
    sql`select d.id, d.sector, d.themes, d.doc_type as "docType", o.name as "sourceOrganisation",
          d.review_date::text as "reviewDate", to_json(d.updated_at) #>> '{}' as "updatedAt",
          (select coalesce(json_agg(json_build_object(
              'lang', t.lang, 'isOriginal', t.is_original, 'title', t.title, 'description', t.description,
              'hasFile', v.id is not null, 'fileName', v.file_name, 'mediaType', v.media_type,
              'wordCount', v.word_count, 'updatedAt', to_json(t.updated_at) #>> '{}')
              order by t.is_original desc, t.lang), '[]'::json)
           from library_translations t left join library_versions v on v.id = t.current_version_id
           where t.document_id = d.id) as translations
        from library_documents d left join organisations o on o.id = d.source_organisation_id
        where d.id = ${id} and d.visibility = 'public' and d.status = 'active'`,
  );
  if (!row) throw new AppError('LIBRARY.DOCUMENT_NOT_FOUND');
  return {
    ...row,
    translations: row.translations.map(({ hasFile, ...translation }) => ({
      ...translation,
      downloadUrl: hasFile
        ? `/api/public/library/documents/${row.id}/translations/${translation.lang}/file`
        : null,
    })),
  };
}
