import { PERMISSIONS } from '../../../contracts/permissions.ts';
import type { NavEntry } from '../../app/nav/nav-types.ts';
import type { AppKey } from '../../i18n/catalogs/app/nl.ts';
import type { OfferfeestNavKey } from './nav-messages.ts';

function navLabel(key: OfferfeestNavKey): AppKey {
  return key;
}

/** Registrations and claims reveal religion: the entry is for the Offerfeest role (and admins configure editions). */
export const offerfeestNav: NavEntry[] = [
  {
    id: 'offerfeest.editions',
    to: '/offerfeest',
    label: navLabel('nav.offerfeest'),
    section: 'work',
    roles: PERMISSIONS['offerfeest.configure'],
    order: 620,
  },
];
