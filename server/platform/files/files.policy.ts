import { STAFF_ROLES } from '../../../contracts/identity.ts';
import type { Actor } from '../context.ts';
import type { StoredFileRow } from './files.repository.ts';

/**
 * The platform's own rule for reading a stored file: its uploader, or agency staff. Modules that
 * attach files to their records serve them through their own routes with their own row scoping.
 */
export function canReadFile(actor: Actor, file: Pick<StoredFileRow, 'uploadedBy'>): boolean {
  return file.uploadedBy === actor.id || actor.roles.some((role) => STAFF_ROLES.includes(role));
}
