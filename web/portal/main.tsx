import { createRoot } from 'react-dom/client';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/portal.css';
import { DEFAULT_LOCALE, PORTAL_LOCALES, type PortalLocale } from '../i18n/locales.ts';
import { resolvePageLocale, setActiveLocale } from '../i18n/preference.ts';
import { applyBrandColour } from '../lib/brand.ts';
import { cachedConfig } from '../lib/public-config.ts';
import { PortalApp } from './portal-app.tsx';
import { loadPortalCatalog } from './portal-catalogs.ts';

// Decide the language before anything renders, so <html lang dir> is right from the first paint.
const locale: PortalLocale = resolvePageLocale(PORTAL_LOCALES, DEFAULT_LOCALE);
setActiveLocale(locale);
const config = cachedConfig();
applyBrandColour(config.brandColor);

const root = document.getElementById('root');
if (root) {
  loadPortalCatalog(locale).then((catalog) => {
    createRoot(root).render(<PortalApp locale={locale} catalog={catalog} config={config} />);
  });
}
