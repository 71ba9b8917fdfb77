import { lazy, Suspense, useEffect, useState } from 'react';
import { I18nProvider } from '../i18n/i18n-context.tsx';
import { PORTAL_LOCALES, type PortalLocale } from '../i18n/locales.ts';
import type { Catalog } from '../i18n/translator.ts';
import { useLocaleState } from '../i18n/use-locale-state.ts';
import { loadPublicConfig, type PublicConfig } from '../lib/public-config.ts';
import { loadCasesPage } from './cases/load-page.ts';
import { LanguageSwitcher } from './language-switcher.tsx';
import { loadOfferfeestPage } from './offerfeest/load-page.ts';
import { ContactPage } from './pages/contact-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { PrivacyPage } from './pages/privacy-page.tsx';
import { ServicePage } from './pages/service-page.tsx';
import { loadPortalCatalog } from './portal-catalogs.ts';
import { matchRoute, PortalLink, usePathname } from './portal-router.tsx';
import { PortalConfigContext, usePortalConfig, usePortalI18n } from './use-portal.ts';

// The library is its own chunk: it weighs nothing on the portal's first load.
const LibraryPage = lazy(() => import('./library/library-page.tsx'));
// The public forms and the status page, likewise (web/portal/cases/).
const CasesPage = lazy(loadCasesPage);
// The Offerfeest pages (web/portal/offerfeest/), likewise.
const OfferfeestPage = lazy(loadOfferfeestPage);

function Page({ pathname }: { pathname: string }) {
  const route = matchRoute(pathname);
  switch (route.name) {
    case 'home':
      return <HomePage />;
    case 'service':
      return <ServicePage slug={route.slug} />;
    case 'contact':
      return <ContactPage />;
    case 'privacy':
      return <PrivacyPage />;
    case 'library':
      return (
        <Suspense fallback={<div className="skeleton skeleton--block" aria-busy="true" />}>
          <LibraryPage id={route.id} />
        </Suspense>
      );
    case 'cases':
      return (
        <Suspense fallback={<div className="skeleton skeleton--block" aria-busy="true" />}>
          <CasesPage route={route} />
        </Suspense>
      );
    case 'offerfeest':
      return (
        <Suspense fallback={<div className="skeleton skeleton--block" aria-busy="true" />}>
          <OfferfeestPage route={route} />
        </Suspense>
      );
    default:
      return <NotFoundPage />;
  }
}

function Layout() {
  const { t } = usePortalI18n();
  const { brandName } = usePortalConfig();
  const pathname = usePathname();
  const current = (href: string) => (pathname === href ? 'page' : undefined);
  return (
    <>
      <a className="skip-link" href="#main">
        {t('ui.skipToContent')}
      </a>
      <header className="portal-header">
        <div className="portal-header__inner">
          <PortalLink href="/" className="brand">
            {brandName}
          </PortalLink>
          <LanguageSwitcher />
        </div>
        <p className="portal-header__tagline">{t('portal.tagline')}</p>
        <nav aria-label={t('portal.nav.label')} className="portal-nav">
          <ul>
            <li>
              <PortalLink href="/" aria-current={current('/')}>
                {t('portal.nav.home')}
              </PortalLink>
            </li>
            <li>
              <PortalLink href="/library" aria-current={current('/library')}>
                {t('portal.nav.library')}
              </PortalLink>
            </li>
            <li>
              <PortalLink href="/contact" aria-current={current('/contact')}>
                {t('portal.nav.contact')}
              </PortalLink>
            </li>
            <li>
              <PortalLink href="/privacy" aria-current={current('/privacy')}>
                {t('portal.nav.privacy')}
              </PortalLink>
            </li>
            <li className="portal-nav__sign-in">
              <a href="/app/login">{t('portal.nav.signIn')}</a>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" className="portal-main">
        <Page key={pathname} pathname={pathname} />
      </main>
      <footer className="portal-footer">
        <nav aria-label={t('portal.footer.label')}>
          <PortalLink href="/contact">{t('portal.nav.contact')}</PortalLink>
          <PortalLink href="/privacy">{t('portal.nav.privacy')}</PortalLink>
        </nav>
        <p>{brandName}</p>
      </footer>
    </>
  );
}

export function PortalApp(props: { locale: PortalLocale; catalog: Catalog; config: PublicConfig }) {
  const [config, setConfig] = useState(props.config);
  const i18n = useLocaleState({
    initial: { locale: props.locale, catalog: props.catalog },
    available: PORTAL_LOCALES,
    load: loadPortalCatalog,
  });
  useEffect(() => {
    loadPublicConfig().then(setConfig, () => {
      // The portal works with the cached or default configuration when the API is unreachable.
    });
  }, []);
  return (
    <PortalConfigContext.Provider value={config}>
      <I18nProvider value={i18n}>
        <Layout />
      </I18nProvider>
    </PortalConfigContext.Provider>
  );
}
