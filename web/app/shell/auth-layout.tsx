import { Outlet } from '@tanstack/react-router';
import { useAppI18n } from '../app-catalogs.ts';
import { AppLanguageSwitch } from './app-language-switch.tsx';
import { useBrand } from './brand-context.tsx';

/** The frame of the sign-in and password pages: brand, language, one card. */
export function AuthLayout() {
  const { t } = useAppI18n();
  const { brandName } = useBrand();
  return (
    <div className="auth-layout">
      <a className="skip-link" href="#main">
        {t('ui.skipToContent')}
      </a>
      <header className="auth-layout__header">
        <a href="/" className="brand">
          {brandName}
        </a>
        <AppLanguageSwitch />
      </header>
      <main id="main" className="auth-layout__card">
        <Outlet />
      </main>
    </div>
  );
}
