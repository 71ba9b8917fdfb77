import { PERMISSIONS } from '../../../contracts/permissions.ts';
import type { NavEntry } from '../../app/nav/nav-types.ts';
import type { AppKey } from '../../i18n/catalogs/app/nl.ts';
import type { LibraryNavKey } from './nav-messages.ts';

/** Library nav labels are app-catalog keys (the catalogs spread `libraryNavNl` / `libraryNavEn`). */
function navLabel(key: LibraryNavKey): AppKey {
  return key;
}

/** Everyone who may read the library searches it; editors also add documents. */
export const libraryNav: NavEntry[] = [
  {
    id: 'library.search',
    to: '/library',
    label: navLabel('nav.library.search'),
    section: 'work',
    roles: PERMISSIONS['library.read'],
    order: 400,
  },
  {
    id: 'library.upload',
    to: '/library-upload',
    label: navLabel('nav.library.upload'),
    section: 'work',
    roles: PERMISSIONS['library.manage'],
    order: 410,
  },
];
