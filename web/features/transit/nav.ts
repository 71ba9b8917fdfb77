import { PERMISSIONS } from '../../../contracts/permissions.ts';
import type { NavEntry } from '../../app/nav/nav-types.ts';
import type { AppKey } from '../../i18n/catalogs/app/nl.ts';
import type { TransitNavKey } from './nav-messages.ts';

function navLabel(key: TransitNavKey): AppKey {
  return key;
}

/** One entry for the site supervisors: today, the grid and the reservations are reached from it. */
export const transitNav: NavEntry[] = [
  {
    id: 'transit.today',
    to: '/transit',
    label: navLabel('nav.transit'),
    section: 'work',
    roles: PERMISSIONS['transit.manage'],
    order: 600,
  },
  {
    id: 'transit.site',
    to: '/transit/site',
    label: navLabel('nav.transit.site'),
    section: 'work',
    // Supervisors put pitches out of service there; the cap's form shows for `transit.configure` only.
    roles: PERMISSIONS['transit.manage'],
    order: 601,
  },
];
