import type { AnyRoute } from '@tanstack/react-router';
import { lazyPages } from '../../app/lazy-pages.ts';

type PageFile = 'timesheets' | 'billing' | 'statements' | 'translations' | 'figures';

const load = (file: PageFile): Promise<Record<string, unknown>> => import(`./${file}-page.tsx`);

/** Billing, statements, translations and figures of the interpreting service: all lazy. */
export function interpretingBillingRoutes(parent: AnyRoute): AnyRoute[] {
  return lazyPages(parent, load, [
    ['/interpreting/timesheets', 'timesheets', 'TimesheetsPage'],
    ['/interpreting/billing', 'billing', 'BillingPage'],
    ['/interpreting/statements', 'statements', 'StatementsPage'],
    ['/interpreting/translations', 'translations', 'TranslationsPage'],
    ['/interpreting/figures', 'figures', 'FiguresPage'],
  ]);
}
