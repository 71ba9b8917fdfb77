import type { AnyRoute } from '@tanstack/react-router';

/** The transit site's pages (filled in by the transit web work). */
export function transitRoutes(_parent: AnyRoute): AnyRoute[] {
  return [];
}
