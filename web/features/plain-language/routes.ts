import type { AnyRoute } from '@tanstack/react-router';
import { lazyPages } from '../../app/lazy-pages.ts';

type PageFile = 'check' | 'terms';

const load = (file: PageFile): Promise<Record<string, unknown>> => import(`./${file}-page.tsx`);

export function plainLanguageRoutes(parent: AnyRoute): AnyRoute[] {
  return lazyPages(parent, load, [
    ['/plain-language', 'check', 'CheckPage'],
    ['/plain-language/terms', 'terms', 'TermsPage'],
  ]);
}
