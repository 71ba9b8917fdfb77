import type { AnyRoute } from '@tanstack/react-router';
import { lazyPages } from '../../app/lazy-pages.ts';

type PageFile = 'day-plan' | 'interpreters' | 'interpreter' | 'interpreter-new' | 'organisations';

const load = (file: PageFile): Promise<Record<string, unknown>> => import(`./${file}-page.tsx`);

/** The dispatcher's pages: none of them weighs on the app's first load. */
export function dispatchRoutes(parent: AnyRoute): AnyRoute[] {
  return lazyPages(parent, load, [
    ['/interpreting/day-plan', 'day-plan', 'DayPlanPage'],
    ['/interpreting/day-plan/$planId', 'day-plan', 'DayPlanPage'],
    ['/interpreting/interpreters', 'interpreters', 'InterpretersPage'],
    ['/interpreting/interpreters/new', 'interpreter-new', 'InterpreterNewPage'],
    ['/interpreting/interpreters/$interpreterId', 'interpreter', 'InterpreterPage'],
    ['/interpreting/organisations', 'organisations', 'OrganisationsPage'],
  ]);
}
