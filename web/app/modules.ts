import type { AnyRoute } from '@tanstack/react-router';
import { casesNav } from '../features/cases/nav.ts';
import { casesRoutes } from '../features/cases/routes.ts';
import { interpretingNav } from '../features/interpreting/nav.ts';
import { interpretingRoutes } from '../features/interpreting/routes.ts';
import { interpretingBillingNav } from '../features/interpreting-billing/nav.ts';
import { interpretingBillingRoutes } from '../features/interpreting-billing/routes.ts';
import { dispatchNav } from '../features/interpreting-dispatch/nav.ts';
import { dispatchRoutes } from '../features/interpreting-dispatch/routes.ts';
import { libraryNav } from '../features/library/nav.ts';
import { libraryRoutes } from '../features/library/routes.ts';
import { offerfeestNav } from '../features/offerfeest/nav.ts';
import { offerfeestRoutes } from '../features/offerfeest/routes.ts';
import { plainLanguageNav } from '../features/plain-language/nav.ts';
import { plainLanguageRoutes } from '../features/plain-language/routes.ts';
import { scholarshipsNav } from '../features/scholarships/nav.ts';
import { scholarshipsRoutes } from '../features/scholarships/routes.ts';
import { transitNav } from '../features/transit/nav.ts';
import { transitRoutes } from '../features/transit/routes.ts';
import type { NavEntry } from './nav/nav-types.ts';

/**
 * Where domain modules plug into the signed-in app. A module adds, in web/features/<module>/:
 *   nav.ts     export const interpretingNav: NavEntry[] = [{ id: 'interpreting.requests', to: '/interpreting', … }]
 *   routes.ts  export const interpretingRoutes = (parent: AnyRoute) => [createRoute({ getParentRoute: () => parent, … })]
 * and lists both below. Routes nest under the signed-in layout, so they get the shell and the
 * session; each page is a lazy route component so the first load stays within budget.
 */
export const moduleNav: readonly NavEntry[] = [
  ...casesNav,
  ...interpretingNav,
  ...dispatchNav,
  ...interpretingBillingNav,
  ...plainLanguageNav,
  ...libraryNav,
  ...scholarshipsNav,
  ...transitNav,
  ...offerfeestNav,
];

export function moduleRoutes(parent: AnyRoute): AnyRoute[] {
  return [
    ...casesRoutes(parent),
    ...interpretingRoutes(parent),
    ...dispatchRoutes(parent),
    ...interpretingBillingRoutes(parent),
    ...plainLanguageRoutes(parent),
    ...libraryRoutes(parent),
    ...scholarshipsRoutes(parent),
    ...transitRoutes(parent),
    ...offerfeestRoutes(parent),
  ];
}
