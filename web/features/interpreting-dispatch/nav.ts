import { PERMISSIONS } from '../../../contracts/permissions.ts';
import type { NavEntry } from '../../app/nav/nav-types.ts';
import type { AppKey } from '../../i18n/catalogs/app/nl.ts';
import type { DispatchNavKey } from './nav-messages.ts';

/** The labels are app-catalog keys (the catalog spreads `dispatchNavNl`). */
function navLabel(key: DispatchNavKey): AppKey {
  return key;
}

const dispatchers = PERMISSIONS['interpreting.dispatch'];

/** After the interpreting queue (120): the dispatcher's day plan, register and requesters. */
export const dispatchNav: NavEntry[] = [
  {
    id: 'interpreting.dayPlan',
    to: '/interpreting/day-plan',
    label: navLabel('nav.interpreting.dayPlan'),
    section: 'work',
    roles: dispatchers,
    order: 122,
  },
  {
    id: 'interpreting.interpreters',
    to: '/interpreting/interpreters',
    label: navLabel('nav.interpreting.interpreters'),
    section: 'work',
    roles: dispatchers,
    order: 124,
  },
  {
    id: 'interpreting.organisations',
    to: '/interpreting/organisations',
    label: navLabel('nav.interpreting.organisations'),
    section: 'work',
    roles: dispatchers,
    order: 126,
  },
];
