import type { LibraryVisibility } from '../../../contracts/library.ts';
import type { RequestContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/index.ts';
import { AppError } from '../../platform/http/app-error.ts';
import { requirePermission } from '../../platform/identity/policy.ts';
import { type DocumentRow, findDocument, organisationName } from './library.repository.ts';
import { visibleTo } from './library-access.ts';

/** The audit entity of every library write: the document, whichever language changed. */
export const LIBRARY_AUDIT_ENTITY = 'library_document';
export const ALL_VISIBILITIES: readonly LibraryVisibility[] = ['public', 'requesters', 'staff'];
export const documentNotFound = () => new AppError('LIBRARY.DOCUMENT_NOT_FOUND');

const isSystem = (ctx: RequestContext) => !ctx.actor && 'systemLabel' in ctx;

/** Editors write; work without a person (demo seeding, jobs) passes as the system. */
export function requireEditor(ctx: RequestContext): void {
  if (isSystem(ctx)) return;
  requirePermission(ctx, 'library.manage');
}

/** What the caller may see: by role for people, everything for the system. */
export function visibilitiesOf(ctx: RequestContext): LibraryVisibility[] {
  if (isSystem(ctx)) return [...ALL_VISIBILITIES];
  return visibleTo(ctx.actor?.roles ?? null);
}

/** A source organisation must exist: 400 rather than a foreign-key failure. */
export async function checkOrganisation(db: Db, id: string | null | undefined): Promise<void> {
  if (id && !(await organisationName(db, id))) {
    throw new AppError('COMMON.VALIDATION_FAILED', 'no such organisation', {
      fieldErrors: [{ path: 'sourceOrganisationId', message: 'unknown organisation' }],
    });
  }
}

/** The document under a row lock, so writes to one document (version numbers) queue. */
export async function lockDocument(tx: Db, ctx: RequestContext, id: string): Promise<DocumentRow> {
  const document = await findDocument(tx, id, visibilitiesOf(ctx), true);
  if (!document) throw documentNotFound();
  return document;
}
