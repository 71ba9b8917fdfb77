import { PERMISSIONS } from '../../../contracts/permissions.ts';
import type { NavEntry } from '../../app/nav/nav-types.ts';
import type { AppKey } from '../../i18n/catalogs/app/nl.ts';
import type { InterpretingNavKey } from './nav-messages.ts';

/** Interpreting nav labels are app-catalog keys (the catalog spreads `interpretingNavNl`). */
function navLabel(key: InterpretingNavKey): AppKey {
  return key;
}

const dispatchers: readonly string[] = PERMISSIONS['interpreting.dispatch'];
/** Requesters see "their" requests; staff who dispatch see every request in the queue instead. */
const requestersOnly = PERMISSIONS['interpreting.request'].filter((role) => !dispatchers.includes(role));
const invoiceReaders = [
  ...new Set([...PERMISSIONS['interpreting.request'], ...PERMISSIONS['interpreting.billing']]),
];

export const interpretingNav: NavEntry[] = [
  {
    id: 'interpreting.book',
    to: '/interpreting/book',
    label: navLabel('nav.interpreting.book'),
    section: 'work',
    roles: PERMISSIONS['interpreting.request'],
    order: 100,
  },
  {
    id: 'interpreting.myRequests',
    to: '/interpreting/requests',
    label: navLabel('nav.interpreting.myRequests'),
    section: 'work',
    roles: requestersOnly,
    order: 110,
  },
  {
    id: 'interpreting.queue',
    to: '/interpreting/queue',
    label: navLabel('nav.interpreting.queue'),
    section: 'work',
    roles: PERMISSIONS['interpreting.dispatch'],
    order: 120,
  },
  {
    id: 'interpreting.offers',
    to: '/interpreting/offers',
    label: navLabel('nav.interpreting.offers'),
    section: 'work',
    roles: PERMISSIONS['interpreting.work'],
    order: 130,
  },
  {
    id: 'interpreting.agenda',
    to: '/interpreting/agenda',
    label: navLabel('nav.interpreting.agenda'),
    section: 'work',
    roles: PERMISSIONS['interpreting.work'],
    order: 140,
  },
  {
    id: 'interpreting.invoices',
    to: '/interpreting/invoices',
    label: navLabel('nav.interpreting.invoices'),
    section: 'work',
    roles: invoiceReaders,
    order: 150,
  },
];
