import type { AnyRoute } from '@tanstack/react-router';

/** The Offerfeest staff pages (filled in by the Offerfeest web work). */
export function offerfeestRoutes(_parent: AnyRoute): AnyRoute[] {
  return [];
}
