import { createRoot } from 'react-dom/client';
import '../styles/tokens.css';
import '../styles/base.css';
import '../styles/buttons.css';
import '../styles/fields.css';
import '../styles/overlays.css';
import '../styles/table.css';
import '../styles/feedback.css';
import '../styles/app-shell.css';
import '../styles/app-pages.css';
import { APP_LOCALES, DEFAULT_LOCALE } from '../i18n/locales.ts';
import { resolvePageLocale, setActiveLocale } from '../i18n/preference.ts';
import { applyBrandColour } from '../lib/brand.ts';
import { cachedConfig } from '../lib/public-config.ts';
import { loadAppCatalog } from './app-catalogs.ts';
import { AppRoot } from './app-root.tsx';

// Before sign-in the app follows ?lang, the remembered choice or the browser (Dutch or English);
// after sign-in the user's profile language takes over (see the login page).
const locale = resolvePageLocale(APP_LOCALES, DEFAULT_LOCALE);
setActiveLocale(locale);
const config = cachedConfig();
applyBrandColour(config.brandColor);

const root = document.getElementById('root');
if (root) {
  loadAppCatalog(locale).then((catalog) => {
    createRoot(root).render(<AppRoot locale={locale} catalog={catalog} config={config} />);
  });
}
