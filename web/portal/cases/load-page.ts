import { activeLocale } from '../../i18n/preference.ts';
import { loadCasesMessages, portalLocaleOf } from './messages/load.ts';

/**
 * For `lazy()` in the portal shell: fetches the pages' chunk and the visitor's texts side by side
 * instead of one after the other (a round trip saved on a slow phone).
 */
export function loadCasesPage() {
  void loadCasesMessages(portalLocaleOf(activeLocale())).catch(() => {
    // The page asks again when it renders, and shows the failure there.
  });
  return import('./cases-page.tsx');
}
