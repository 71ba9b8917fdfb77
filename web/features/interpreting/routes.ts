import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';

type PageFile = 'book' | 'my-requests' | 'request' | 'queue' | 'offers' | 'agenda' | 'invoices';

/**
 * Each page is its own chunk (Vite splits `./*-page.tsx` behind this template import). The import
 * is a template on purpose: the server-side typecheck reaches this file through the nav registry
 * (e2e imports it) and has no JSX, so it must not resolve the .tsx pages themselves.
 */
const load = (file: PageFile): Promise<Record<string, unknown>> => import(`./${file}-page.tsx`);

/** Every interpreting page: none of them weighs on the app's first load. */
export function interpretingRoutes(parent: AnyRoute): AnyRoute[] {
  const page = (path: string, file: PageFile, name: string) =>
    createRoute({
      getParentRoute: () => parent,
      path,
      component: lazyRouteComponent(() => load(file), name),
    });
  return [
    page('/interpreting/book', 'book', 'BookPage'),
    page('/interpreting/requests', 'my-requests', 'MyRequestsPage'),
    page('/interpreting/requests/$requestId', 'request', 'RequestPage'),
    page('/interpreting/queue', 'queue', 'QueuePage'),
    page('/interpreting/offers', 'offers', 'OffersPage'),
    page('/interpreting/agenda', 'agenda', 'AgendaPage'),
    page('/interpreting/invoices', 'invoices', 'InvoicesPage'),
  ];
}
