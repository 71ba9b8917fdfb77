import { PERMISSIONS } from '../../../contracts/permissions.ts';
import type { NavEntry } from '../../app/nav/nav-types.ts';
import type { AppKey } from '../../i18n/catalogs/app/nl.ts';
import type { InterpretingBillingNavKey } from './nav-messages.ts';

/** Nav labels are app-catalog keys (the catalog spreads `interpretingBillingNavNl`). */
function navLabel(key: InterpretingBillingNavKey): AppKey {
  return key;
}

const unique = <T>(...lists: readonly (readonly T[])[]): T[] => [...new Set(lists.flat())];

export const interpretingBillingNav: NavEntry[] = [
  {
    id: 'interpreting.timesheets',
    to: '/interpreting/timesheets',
    label: navLabel('nav.interpreting.timesheets'),
    section: 'work',
    roles: PERMISSIONS['interpreting.billing'],
    order: 160,
  },
  {
    id: 'interpreting.billing',
    to: '/interpreting/billing',
    label: navLabel('nav.interpreting.billing'),
    section: 'work',
    roles: PERMISSIONS['interpreting.billing'],
    order: 170,
  },
  {
    id: 'interpreting.statements',
    to: '/interpreting/statements',
    label: navLabel('nav.interpreting.statements'),
    section: 'work',
    roles: unique(PERMISSIONS['interpreting.billing'], PERMISSIONS['interpreting.work']),
    order: 180,
  },
  {
    id: 'interpreting.translations',
    to: '/interpreting/translations',
    label: navLabel('nav.interpreting.translations'),
    section: 'work',
    roles: unique(PERMISSIONS['interpreting.request'], PERMISSIONS['interpreting.work']),
    order: 190,
  },
  {
    id: 'interpreting.figures',
    to: '/interpreting/figures',
    label: navLabel('nav.interpreting.figures'),
    section: 'work',
    roles: PERMISSIONS['interpreting.figures'],
    order: 200,
  },
];
