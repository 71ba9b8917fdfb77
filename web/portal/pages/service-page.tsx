import { type ComponentType, lazy, Suspense } from 'react';
import { PageHeading } from '../page-heading.tsx';
import { PortalLink } from '../portal-router.tsx';
import { findService, type PortalService, type ServicePageProps } from '../services.ts';
import { usePortalI18n } from '../use-portal.ts';
import { NotFoundPage } from './not-found-page.tsx';

// React.lazy must be created once per module page, not on every render.
const lazyPages = new Map<string, ComponentType<ServicePageProps>>();
function modulePage(service: PortalService): ComponentType<ServicePageProps> | null {
  if (!service.page) return null;
  let page = lazyPages.get(service.slug);
  if (!page) {
    page = lazy(service.page);
    lazyPages.set(service.slug, page);
  }
  return page;
}

export function ServicePage({ slug }: { slug: string }) {
  const { t } = usePortalI18n();
  const service = findService(slug);
  if (!service) return <NotFoundPage />;
  const Content = modulePage(service);
  return (
    <>
      <p>
        <PortalLink href="/" className="back-link">
          <span aria-hidden="true" className="flip-rtl">
            ←
          </span>{' '}
          {t('portal.service.back')}
        </PortalLink>
      </p>
      <PageHeading title={t(`service.${service.slug}.title`)} />
      <p className="lead">{t(`service.${service.slug}.summary`)}</p>
      {Content ? (
        <Suspense fallback={<div className="skeleton skeleton--block" aria-busy="true" />}>
          <Content slug={service.slug} />
        </Suspense>
      ) : (
        <div className="notice">
          <p>{t('portal.service.comingSoon')}</p>
          <p>
            <PortalLink href="/contact">{t('portal.service.contactCta')}</PortalLink>
          </p>
        </div>
      )}
    </>
  );
}
