import { STAFF_ROLES } from '../../../contracts/identity.ts';
import type { NavEntry } from '../../app/nav/nav-types.ts';
import type { AppKey } from '../../i18n/catalogs/app/nl.ts';
import type { PlainLanguageNavKey } from './nav-messages.ts';

function navLabel(key: PlainLanguageNavKey): AppKey {
  return key;
}

/** Staff and the services that write to newcomers (requesters) check their Dutch here. */
const writers = [...STAFF_ROLES, 'requester' as const];

/** Everyone who checks sees the word list; only `plain-language.terms` staff get its edit controls. */
export const plainLanguageNav: NavEntry[] = [
  {
    id: 'plainLanguage.check',
    to: '/plain-language',
    label: navLabel('nav.plainLanguage'),
    section: 'work',
    roles: writers,
    order: 300,
  },
  {
    id: 'plainLanguage.terms',
    to: '/plain-language/terms',
    label: navLabel('nav.plainLanguage.terms'),
    section: 'work',
    roles: writers,
    order: 310,
  },
];
