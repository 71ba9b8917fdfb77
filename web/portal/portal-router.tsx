import { type AnchorHTMLAttributes, type MouseEvent, useSyncExternalStore } from 'react';
import { type CasesRoute, matchCasesRoute } from './cases/route.ts';
import { matchOfferfeestRoute, type OfferfeestRoute } from './offerfeest/route.ts';

/**
 * The portal has five kinds of page, so it routes with the History API directly instead of shipping
 * a router library to every newcomer's phone (see docs/decisions/0002-web-foundation.md).
 */
export type PortalRoute =
  | { name: 'home' }
  | { name: 'service'; slug: string }
  | { name: 'contact' }
  | { name: 'privacy' }
  | { name: 'library'; id?: string }
  | CasesRoute
  | OfferfeestRoute
  | { name: 'not-found' };

export function matchRoute(pathname: string): PortalRoute {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'home' };
  if (path === '/contact') return { name: 'contact' };
  if (path === '/privacy') return { name: 'privacy' };
  if (path === '/library') return { name: 'library' };
  const libraryDocument = /^\/library\/([A-Za-z0-9-]+)$/.exec(path);
  if (libraryDocument?.[1]) return { name: 'library', id: libraryDocument[1] };
  const cases = matchCasesRoute(path);
  if (cases) return cases;
  const offerfeest = matchOfferfeestRoute(path);
  if (offerfeest) return offerfeest;
  const service = /^\/services\/([a-z0-9-]+)$/.exec(path);
  if (service?.[1]) return { name: 'service', slug: service[1] };
  return { name: 'not-found' };
}

const NAVIGATE_EVENT = 'portal:navigate';

function subscribe(callback: () => void): () => void {
  window.addEventListener('popstate', callback);
  window.addEventListener(NAVIGATE_EVENT, callback);
  return () => {
    window.removeEventListener('popstate', callback);
    window.removeEventListener(NAVIGATE_EVENT, callback);
  };
}

export function usePathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

export function navigate(to: string): void {
  if (to === window.location.pathname) return;
  window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

/** A plain link that navigates in place; modified clicks (new tab, download) keep browser behaviour. */
export function PortalLink({
  href,
  onClick,
  ...rest
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
