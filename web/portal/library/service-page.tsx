import { PortalLink } from '../portal-router.tsx';
import { useLibraryT } from './i18n.ts';

/**
 * The content of the "Vertaalbibliotheek" service page: the way into the library itself. Meant for
 * `page: () => import('./library/service-page.tsx')` on the `translation-library` entry of
 * `portal/services.ts`, so it loads only there.
 */
export default function LibraryServicePage() {
  const { t } = useLibraryT();
  return (
    <p>
      <PortalLink href="/library" className="service-card__title">
        {t('open')}
      </PortalLink>
    </p>
  );
}
