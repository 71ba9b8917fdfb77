import type { Role } from '../../../contracts/identity.ts';
import { STAFF_ROLES } from '../../../contracts/identity.ts';
import type { LibraryVisibility } from '../../../contracts/library.ts';

/**
 * Which documents someone may see: visitors of the portal only public ones, partner organisations'
 * requesters and interpreters also the `requesters` ones, staff everything. Every query of the
 * library filters on this list, so a document can never leak through search, facets or download.
 */
export function visibleTo(roles: readonly Role[] | null): LibraryVisibility[] {
  if (!roles || roles.length === 0) return ['public'];
  if (roles.some((role) => STAFF_ROLES.includes(role))) return ['public', 'requesters', 'staff'];
  if (roles.includes('requester') || roles.includes('interpreter')) return ['public', 'requesters'];
  return ['public'];
}
