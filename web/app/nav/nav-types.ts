import type { Role } from '../../../contracts/identity.ts';
import type { AppKey } from '../../i18n/catalogs/app/nl.ts';

export type NavSection = 'work' | 'admin' | 'account';

/**
 * One entry of the signed-in app's navigation. The same entry decides who may open the page
 * (the route guard reads `roles`), so the menu and the access check cannot disagree.
 */
export type NavEntry = {
  id: string;
  /** Path inside the app, without the /app prefix. */
  to: string;
  label: AppKey;
  section: NavSection;
  /** Roles that see and may open it; mirror the server's permission for the page's API. */
  roles: readonly Role[] | 'everyone';
  /** Position within its section; modules leave gaps (10, 20, …) for each other. */
  order: number;
};
