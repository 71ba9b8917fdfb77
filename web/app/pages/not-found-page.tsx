import { Link } from '@tanstack/react-router';
import { useAppI18n } from '../app-catalogs.ts';
import { PageHeader } from '../shell/page-header.tsx';

export function NotFoundPage() {
  const { t } = useAppI18n();
  return (
    <div className="standalone-page">
      <PageHeader title={t('notFound.title')} />
      <p>{t('notFound.body')}</p>
      <Link to="/">{t('nav.home')}</Link>
    </div>
  );
}

export function ForbiddenPage() {
  const { t } = useAppI18n();
  return (
    <>
      <PageHeader title={t('forbidden.title')} />
      <p>{t('forbidden.body')}</p>
      <Link to="/">{t('nav.home')}</Link>
    </>
  );
}
