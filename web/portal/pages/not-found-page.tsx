import { PageHeading } from '../page-heading.tsx';
import { PortalLink } from '../portal-router.tsx';
import { usePortalI18n } from '../use-portal.ts';

export function NotFoundPage() {
  const { t } = usePortalI18n();
  return (
    <>
      <PageHeading title={t('portal.notFound.heading')} />
      <p>{t('portal.notFound.body')}</p>
      <p>
        <PortalLink href="/">{t('portal.service.back')}</PortalLink>
      </p>
    </>
  );
}
