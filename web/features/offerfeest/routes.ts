import type { AnyRoute } from '@tanstack/react-router';
import { lazyPages } from '../../app/lazy-pages.ts';

type PageFile = 'editions' | 'edition' | 'registrations' | 'check-in' | 'claims';

const load = (file: PageFile): Promise<Record<string, unknown>> => import(`./${file}-page.tsx`);

/** The Offerfeest editions, one edition's slots, its registrations and claims, and the door scan. */
export function offerfeestRoutes(parent: AnyRoute): AnyRoute[] {
  return lazyPages(parent, load, [
    ['/offerfeest', 'editions', 'EditionsPage'],
    ['/offerfeest/check-in', 'check-in', 'CheckInPage'],
    ['/offerfeest/$editionId', 'edition', 'EditionPage'],
    ['/offerfeest/$editionId/registrations', 'registrations', 'RegistrationsPage'],
    ['/offerfeest/$editionId/claims', 'claims', 'ClaimsPage'],
  ]);
}
