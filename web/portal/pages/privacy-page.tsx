import { DEFAULT_CONTACT } from '../../lib/public-config.ts';
import { PageHeading } from '../page-heading.tsx';
import type { PortalMessageKey } from '../portal-catalogs.ts';
import { usePortalConfig, usePortalI18n } from '../use-portal.ts';

const SECTIONS = ['who', 'what', 'why', 'howLong', 'rights', 'cookies'] as const;

export function PrivacyPage() {
  const { t } = usePortalI18n();
  const { brandName, contact = DEFAULT_CONTACT } = usePortalConfig();
  const values = { brand: brandName, email: contact.privacyEmail };
  return (
    <>
      <PageHeading title={t('portal.privacy.heading')} />
      <p className="lead">{t('portal.privacy.intro', values)}</p>
      {SECTIONS.map((section) => {
        const title: PortalMessageKey = `portal.privacy.${section}Title`;
        const body: PortalMessageKey = `portal.privacy.${section}`;
        return (
          <section key={section} aria-labelledby={`privacy-${section}`}>
            <h2 id={`privacy-${section}`}>{t(title)}</h2>
            <p>{t(body, values)}</p>
          </section>
        );
      })}
    </>
  );
}
