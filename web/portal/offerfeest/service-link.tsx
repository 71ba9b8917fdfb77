import { PortalLink } from '../portal-router.tsx';
import { useOfferfeestT } from './i18n.ts';
import './offerfeest.css';

/** Content of the Offerfeest's service page (`page:` in `portal/services.ts`): the way to its own pages. */
export default function OfferfeestServiceLink() {
  const { t } = useOfferfeestT();
  return (
    <p className="of-actions">
      <PortalLink href="/offerfeest" className="case-button case-button--link">
        {t('serviceLink')}
      </PortalLink>
    </p>
  );
}
