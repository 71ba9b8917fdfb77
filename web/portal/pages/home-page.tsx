import { PageHeading } from '../page-heading.tsx';
import { PortalLink } from '../portal-router.tsx';
import { SERVICE_CATEGORIES, SERVICES } from '../services.ts';
import { usePortalI18n } from '../use-portal.ts';

export function HomePage() {
  const { t } = usePortalI18n();
  return (
    <>
      <PageHeading title={t('portal.home.heading')} />
      <p className="lead">{t('portal.home.intro')}</p>
      {SERVICE_CATEGORIES.map((category) => {
        const services = SERVICES.filter((s) => s.category === category);
        const headingId = `category-${category}`;
        return (
          <section key={category} aria-labelledby={headingId} className="category">
            <h2 id={headingId}>{t(`portal.category.${category}`)}</h2>
            <ul className="service-grid">
              {services.map((service) => (
                <li key={service.slug}>
                  <PortalLink href={`/services/${service.slug}`} className="service-card">
                    <span className="service-card__title">{t(`service.${service.slug}.title`)}</span>
                    <span className="service-card__summary">{t(`service.${service.slug}.summary`)}</span>
                  </PortalLink>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
