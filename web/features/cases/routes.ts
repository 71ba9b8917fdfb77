import type { AnyRoute } from '@tanstack/react-router';
import { lazyPages } from '../../app/lazy-pages.ts';

type PageFile = 'list' | 'new' | 'case' | 'workload';

const load = (file: PageFile): Promise<Record<string, unknown>> => import(`./${file}-page.tsx`);

/** The case pages, each its own chunk; the fixed paths win over `$caseId`. */
export function casesRoutes(parent: AnyRoute): AnyRoute[] {
  return lazyPages(parent, load, [
    ['/cases', 'list', 'CaseListPage'],
    ['/cases/new', 'new', 'NewCasePage'],
    ['/cases/workload', 'workload', 'WorkloadPage'],
    ['/cases/$caseId', 'case', 'CasePage'],
  ]);
}
