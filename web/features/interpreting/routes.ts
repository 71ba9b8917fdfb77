import type { AnyRoute } from '@tanstack/react-router';
import { lazyPages } from '../../app/lazy-pages.ts';

type PageFile = 'book' | 'my-requests' | 'request' | 'queue' | 'offers' | 'agenda' | 'invoices';

const load = (file: PageFile): Promise<Record<string, unknown>> => import(`./${file}-page.tsx`);

/** Every interpreting page: none of them weighs on the app's first load. */
export function interpretingRoutes(parent: AnyRoute): AnyRoute[] {
  return lazyPages(parent, load, [
    ['/interpreting/book', 'book', 'BookPage'],
    ['/interpreting/requests', 'my-requests', 'MyRequestsPage'],
    ['/interpreting/requests/$requestId', 'request', 'RequestPage'],
    ['/interpreting/queue', 'queue', 'QueuePage'],
    ['/interpreting/offers', 'offers', 'OffersPage'],
    ['/interpreting/agenda', 'agenda', 'AgendaPage'],
    ['/interpreting/invoices', 'invoices', 'InvoicesPage'],
  ]);
}
