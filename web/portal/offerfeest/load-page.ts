import { activeLocale } from '../../i18n/preference.ts';
import { portalLocaleOf } from '../cases/messages/load.ts';
import { loadOfferfeestMessages } from './messages/load.ts';

/** For `lazy()` in the portal shell: the pages' chunk and the visitor's texts load side by side. */
export function loadOfferfeestPage() {
  void loadOfferfeestMessages(portalLocaleOf(activeLocale())).catch(() => {
    // The page asks again when it renders, and shows the failure there.
  });
  return import('./offerfeest-page.tsx');
}
