import { PERMISSIONS } from '../../../contracts/permissions.ts';
import type { NavEntry } from '../../app/nav/nav-types.ts';
import type { AppKey } from '../../i18n/catalogs/app/nl.ts';
import type { ScholarshipsNavKey } from './nav-messages.ts';

function navLabel(key: ScholarshipsNavKey): AppKey {
  return key;
}

/** The calls are run by their managers and scored by the committee (counsellors among them). */
export const scholarshipsNav: NavEntry[] = [
  {
    id: 'scholarships.calls',
    to: '/scholarships',
    label: navLabel('nav.scholarships.calls'),
    section: 'work',
    roles: PERMISSIONS['scholarships.score'],
    order: 520,
  },
];
