import { PERMISSIONS } from '../../../contracts/permissions.ts';
import type { NavEntry } from '../../app/nav/nav-types.ts';
import type { AppKey } from '../../i18n/catalogs/app/nl.ts';
import type { CasesNavKey } from './nav-messages.ts';

/** Case nav labels are app-catalog keys (the catalogs spread `casesNavNl` / `casesNavEn`). */
function navLabel(key: CasesNavKey): AppKey {
  return key;
}

/**
 * One entry, "Dossiers", for everyone who works cases; the new-case form and the workload table are
 * reached from the list (sub-paths of /cases, so the entry stays marked on them).
 */
export const casesNav: NavEntry[] = [
  {
    id: 'cases.list',
    to: '/cases',
    label: navLabel('nav.cases'),
    section: 'work',
    roles: PERMISSIONS['cases.work'],
    order: 50,
  },
];
