import type { LibraryDocument, LibraryDocumentUpdate } from '../../../contracts/library.ts';
import { recordAudit } from '../../platform/audit/index.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/index.ts';
import { requirePermission } from '../../platform/identity/policy.ts';
import { findDocument, updateDocument } from './library.repository.ts';
import {
  checkOrganisation,
  documentNotFound,
  LIBRARY_AUDIT_ENTITY,
  lockDocument,
  requireEditor,
  visibilitiesOf,
} from './library-policy.ts';
import { documentOut } from './library-view.ts';

/** One document for a signed-in reader; one outside her visibility does not exist for her. */
export async function getLibraryDocument(db: Db, ctx: RequestContext, id: string): Promise<LibraryDocument> {
  requirePermission(ctx, 'library.read');
  const document = await findDocument(db, id, visibilitiesOf(ctx));
  if (!document) throw documentNotFound();
  return documentOut(db, document);
}

/** Changes a document's facts (not its texts: those change through versions). Audited. */
export async function updateLibraryDocument(
  db: Db,
  ctx: RequestContext,
  id: string,
  patch: LibraryDocumentUpdate,
): Promise<LibraryDocument> {
  requireEditor(ctx);
  await checkOrganisation(db, patch.sourceOrganisationId);
  const updated = await db.transaction(async (tx) => {
    const before = await lockDocument(tx, ctx, id);
    const themes = patch.themes === undefined ? {} : { themes: [...new Set(patch.themes)] };
    const after = await updateDocument(tx, id, { ...patch, ...themes });
    if (!after) throw documentNotFound();
    await recordAudit(tx, ctx, {
      action: 'library.document.updated',
      entity: LIBRARY_AUDIT_ENTITY,
      entityId: id,
      before,
      after,
    });
    return after;
  });
  return documentOut(db, updated);
}
