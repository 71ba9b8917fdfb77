import type { XliffVersion } from '../../../contracts/translation-memory-xliff.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/index.ts';
import { requirePermission } from '../../platform/identity/policy.ts';
import { exportDocument, type XliffFile } from '../translation-memory/index.ts';
import { currentText } from './library.repository.ts';
import { getLibraryDocument } from './library-facts.service.ts';

/**
 * A library document's Dutch original as XLIFF with the memory's matches: how a new language is
 * ordered from a translator. Visibility as for reading the document (one you may not see is 404).
 */
export async function exportLibraryXliff(
  db: Db,
  ctx: RequestContext,
  documentId: string,
  target: string,
  version: XliffVersion,
): Promise<XliffFile> {
  requirePermission(ctx, 'tm.read');
  const document = await getLibraryDocument(db, ctx, documentId);
  const original = document.translations.find((t) => t.isOriginal);
  const text = original?.current ? await currentText(db, original.current.id) : null;
  if (!original || !text) throw new Error(`library document ${documentId} has no original version`);
  return exportDocument(db, { text, source: 'nl', target, version, name: original.title });
}
