import type { Role } from '../../../contracts/identity.ts';
import { PERMISSIONS } from '../../../contracts/permissions.ts';
import { moduleNav } from '../modules.ts';
import type { NavEntry, NavSection } from './nav-types.ts';

export type { NavEntry, NavSection };

/** The platform's own pages; their roles come from the shared permission matrix. */
const coreNav: readonly NavEntry[] = [
  { id: 'home', to: '/', label: 'nav.home', section: 'work', roles: 'everyone', order: 0 },
  {
    id: 'users',
    to: '/admin/users',
    label: 'nav.users',
    section: 'admin',
    roles: PERMISSIONS['users.manage'],
    order: 10,
  },
  {
    id: 'audit',
    to: '/admin/audit',
    label: 'nav.audit',
    section: 'admin',
    roles: PERMISSIONS['audit.read'],
    order: 20,
  },
  {
    id: 'outbox',
    to: '/admin/outbox',
    label: 'nav.outbox',
    section: 'admin',
    roles: PERMISSIONS['outbox.read'],
    order: 30,
  },
  { id: 'profile', to: '/profile', label: 'nav.profile', section: 'account', roles: 'everyone', order: 0 },
];

export const NAV_SECTIONS: readonly NavSection[] = ['work', 'admin', 'account'];

export const navRegistry: readonly NavEntry[] = [...coreNav, ...moduleNav];

export function mayOpen(entry: Pick<NavEntry, 'roles'>, roles: readonly Role[]): boolean {
  return entry.roles === 'everyone' || entry.roles.some((role) => roles.includes(role));
}

/** The entries a user sees, grouped by section and ordered. */
export function navFor(roles: readonly Role[]): Record<NavSection, NavEntry[]> {
  const visible = navRegistry.filter((entry) => mayOpen(entry, roles)).sort((a, b) => a.order - b.order);
  return {
    work: visible.filter((e) => e.section === 'work'),
    admin: visible.filter((e) => e.section === 'admin'),
    account: visible.filter((e) => e.section === 'account'),
  };
}

export function navEntry(id: string): NavEntry | undefined {
  return navRegistry.find((entry) => entry.id === id);
}
