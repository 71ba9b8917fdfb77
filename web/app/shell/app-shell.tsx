import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import type { Me } from '../../../contracts/identity.ts';
import { Button } from '../../components/ui/button.tsx';
import { logout } from '../api/identity-api.ts';
import { useAppI18n } from '../app-catalogs.ts';
import { mayOpen, NAV_SECTIONS, navFor, navRegistry } from '../nav/nav-registry.ts';
import { ForbiddenPage } from '../pages/not-found-page.tsx';
import { MeProvider, meQuery } from '../session.tsx';
import { useBrand } from './brand-context.tsx';

/** The app path without the /app prefix, as nav entries and routes spell it. */
function appPath(pathname: string): string {
  return pathname.replace(/^\/app(?=\/|$)/, '') || '/';
}

function Navigation({ me, id }: { me: Me; id: string }) {
  const { t } = useAppI18n();
  const sections = navFor(me.roles);
  return (
    <nav id={id} aria-label={t('shell.nav')} className="app-nav">
      {NAV_SECTIONS.filter((s) => sections[s].length > 0).map((section) => (
        <div key={section} className="app-nav__section">
          <h2 className="app-nav__heading" id={`nav-${section}`}>
            {t(`nav.section.${section}`)}
          </h2>
          <ul aria-labelledby={`nav-${section}`}>
            {sections[section].map((entry) => (
              <li key={entry.id}>
                <Link
                  to={entry.to}
                  className="app-nav__link"
                  data-nav={entry.id}
                  activeOptions={{ exact: entry.to === '/' }}
                  activeProps={{ 'aria-current': 'page' }}
                >
                  {t(entry.label)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}

/** Header, role-based navigation and the page; pages the user's roles do not open show "no access". */
export function AppShell() {
  const { t } = useAppI18n();
  const { brandName } = useBrand();
  const { data: me } = useQuery(meQuery);
  const client = useQueryClient();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const [menuOpen, setMenuOpen] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: close the small-screen menu on every navigation
  useEffect(() => setMenuOpen(false), [pathname]);
  if (!me) return null;

  const entry = navRegistry.find((e) => e.to === appPath(pathname));
  const allowed = !entry || mayOpen(entry, me.roles);
  const signOut = async () => {
    await logout().catch(() => undefined);
    client.setQueryData(meQuery.queryKey, null);
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== meQuery.queryKey[0] });
    await navigate({ to: '/login' });
  };

  return (
    <MeProvider me={me}>
      <a className="skip-link" href="#main">
        {t('ui.skipToContent')}
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          {brandName}
        </Link>
        <button
          type="button"
          className="btn btn--quiet app-header__menu"
          aria-expanded={menuOpen}
          aria-controls="app-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t('shell.menu')}
        </button>
        <div className="app-header__user">
          <span className="app-header__name">{me.name}</span>
          <Button variant="quiet" onPress={signOut} className="app-header__logout">
            {t('shell.signOut')}
          </Button>
        </div>
      </header>
      <div className={`app-layout${menuOpen ? ' app-layout--menu-open' : ''}`}>
        <Navigation me={me} id="app-nav" />
        <main id="main" className="app-main">
          {allowed ? <Outlet /> : <ForbiddenPage />}
        </main>
      </div>
    </MeProvider>
  );
}
