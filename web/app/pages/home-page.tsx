import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { HomeFigure } from '../../../contracts/identity.ts';
import { ErrorState, Skeleton } from '../../components/ui/states.tsx';
import { intlTag } from '../../i18n/locales.ts';
import { getHomeFigures, queryKeys } from '../api/identity-api.ts';
import { useAppI18n } from '../app-catalogs.ts';
import { navFor } from '../nav/nav-registry.ts';
import { useMe } from '../session.tsx';
import { PageHeader } from '../shell/page-header.tsx';

/** "users.active" → "Users active" when the catalog has no name for a figure a module added. */
function fallbackLabel(key: string): string {
  const words = key.replace(/[._]/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function Figures() {
  const { t, maybe, locale } = useAppI18n();
  // Live: refetched every minute while the page is open, and when the window regains focus.
  const figures = useQuery({ queryKey: queryKeys.figures, queryFn: getHomeFigures, refetchInterval: 60_000 });
  const number = new Intl.NumberFormat(intlTag(locale));
  if (figures.error) return <ErrorState error={figures.error} onRetry={() => void figures.refetch()} />;
  const items: HomeFigure[] | undefined = figures.data?.figures;
  return (
    <section aria-labelledby="figures-heading" aria-busy={figures.isPending}>
      <h2 id="figures-heading">{t('home.figures')}</h2>
      {items === undefined ? (
        <div className="figures">
          {[0, 1, 2].map((i) => (
            <div key={i} className="figure">
              <Skeleton lines={2} />
            </div>
          ))}
        </div>
      ) : items.length === 0 ? (
        <p>{t('home.noFigures')}</p>
      ) : (
        <dl className="figures">
          {items.map((figure) => (
            <div key={figure.key} className="figure" data-figure={figure.key}>
              <dt className="figure__label">{maybe(`figure.${figure.key}`) ?? fallbackLabel(figure.key)}</dt>
              <dd className="figure__value">{number.format(figure.value)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

export function HomePage() {
  const { t } = useAppI18n();
  const me = useMe();
  const shortcuts = [...navFor(me.roles).work, ...navFor(me.roles).admin].filter((e) => e.to !== '/');
  return (
    <>
      <PageHeader title={t('home.title', { name: me.name })}>
        <p className="page-header__sub">{me.roles.map((role) => t(`role.${role}`)).join(' · ')}</p>
      </PageHeader>
      <Figures />
      {shortcuts.length > 0 ? (
        <section aria-labelledby="shortcuts-heading">
          <h2 id="shortcuts-heading">{t('home.shortcuts')}</h2>
          <ul className="shortcut-list">
            {shortcuts.map((entry) => (
              <li key={entry.id}>
                <Link to={entry.to} className="shortcut">
                  {t(entry.label)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
