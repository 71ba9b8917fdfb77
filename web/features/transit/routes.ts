import type { AnyRoute } from '@tanstack/react-router';
import { lazyPages } from '../../app/lazy-pages.ts';

type PageFile = 'today' | 'grid' | 'reservations' | 'new' | 'reservation' | 'site';

const load = (file: PageFile): Promise<Record<string, unknown>> => import(`./${file}-page.tsx`);

/** The site supervisors' pages: today, the occupancy grid, the reservations, the site's set-up. */
export function transitRoutes(parent: AnyRoute): AnyRoute[] {
  return lazyPages(parent, load, [
    ['/transit', 'today', 'TodayPage'],
    ['/transit/grid', 'grid', 'GridPage'],
    ['/transit/reservations', 'reservations', 'ReservationsPage'],
    ['/transit/reservations/new', 'new', 'NewReservationPage'],
    ['/transit/reservations/$id', 'reservation', 'ReservationPage'],
    ['/transit/site', 'site', 'SitePage'],
  ]);
}
