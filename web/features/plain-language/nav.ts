import { STAFF_ROLES } from '../../../contracts/identity.ts';
import type { NavEntry } from '../../app/nav/nav-types.ts';
import type { AppKey } from '../../i18n/catalogs/app/nl.ts';
import type { PlainLanguageNavKey } from './nav-messages.ts';

function navLabel(key: PlainLanguageNavKey): AppKey {
  return key;
}

/** Staff and the services that write to newcomers (requesters) check their Dutch here. */
export const plainLanguageNav: NavEntry[] = [
  {
    id: 'plainLanguage.check',
    to: '/plain-language',
    label: navLabel('nav.plainLanguage'),
    section: 'work',
    roles: [...STAFF_ROLES, 'requester'],
    order: 300,
  },
];
